// Between a resource and its form.
import type { Resource, ResourceFieldsInput } from '../../../shared/api/resources';

export function emptyResourceValues(): Partial<ResourceFieldsInput> {
  // No type until one is chosen (the select's empty option): the schema then says "Choose the
  // type." It must be given as '' so that a reset after adding clears the select too.
  const noType = '' as ResourceFieldsInput['type'];
  return { name: '', type: noType, contactName: '', phone: '', email: '', website: '', address: '', notes: '' };
}

export function resourceValues(resource: Resource): ResourceFieldsInput {
  const text = (value: string | null) => value ?? '';
  return {
    name: resource.name,
    type: resource.type,
    contactName: text(resource.contactName),
    phone: text(resource.phone),
    email: text(resource.email),
    website: text(resource.website),
    address: text(resource.address),
    notes: text(resource.notes),
  };
}

export const resourceFieldNames = {
  name: 'name',
  type: 'type',
  contactName: 'contactName',
  phone: 'phone',
  email: 'email',
  website: 'website',
  address: 'address',
  notes: 'notes',
} as const;
