// The resource directory: clinics, services and organisations that peer supporters refer
// participants to. Peers are not clinicians: they refer.
import { z } from 'zod';
import { idSchema, optionalEmail, optionalPhone, optionalText, requiredText } from './fields';

export const resourceTypes = [
  'clinical-care',
  'mental-health',
  'housing',
  'food',
  'transport',
  'financial',
  'legal',
  'other',
] as const;
export type ResourceType = (typeof resourceTypes)[number];
export const resourceTypeLabels: Record<ResourceType, string> = {
  'clinical-care': 'Clinical care',
  'mental-health': 'Mental health',
  housing: 'Housing',
  food: 'Food',
  transport: 'Transport',
  financial: 'Financial',
  legal: 'Legal',
  other: 'Other',
};

export const resourceFieldsSchema = z
  .object({
    name: requiredText(160, 'Enter the name of the resource.'),
    type: z.enum(resourceTypes, { error: 'Choose the type.' }),
    contactName: optionalText(120),
    phone: optionalPhone,
    email: optionalEmail,
    website: optionalText(300),
    address: optionalText(300),
    notes: optionalText(1000),
  })
  .strict();
export type ResourceFields = z.output<typeof resourceFieldsSchema>;
export type ResourceFieldsInput = z.input<typeof resourceFieldsSchema>;

export const resourceUpdateInput = z.object({ id: idSchema, fields: resourceFieldsSchema }).strict();
export const resourceRetireInput = z.object({ id: idSchema, retired: z.boolean() }).strict();
export const resourceListInput = z.object({ includeRetired: z.boolean().default(false) }).strict();

export interface Resource extends ResourceFields {
  id: number;
  retired: boolean;
  /** How many referrals name it. */
  referrals: number;
}
