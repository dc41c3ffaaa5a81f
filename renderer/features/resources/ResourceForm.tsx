// A resource's details: adds a new one to the directory, or saves changes to one. Validated with
// the backend's schema; the backend's field errors land on their fields.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import {
  resourceFieldsSchema,
  resourceTypeLabels,
  resourceTypes,
  type Resource,
  type ResourceFields,
  type ResourceFieldsInput,
} from '../../../shared/api/resources';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { emptyResourceValues, resourceFieldNames, resourceValues } from './resource-form-values';
import { useAddResource, useUpdateResource } from './useResources';

interface ResourceFormProps {
  /** The resource to edit; none to add one. */
  resource?: Resource;
  /** After a save of changes, or on Cancel. */
  onDone?: () => void;
}

export function ResourceForm({ resource, onDone }: ResourceFormProps) {
  const add = useAddResource();
  const update = useUpdateResource();
  const save = resource ? update : add;
  const { register, handleSubmit, formState, setError, reset } = useForm<ResourceFieldsInput, unknown, ResourceFields>({
    resolver: zodResolver(resourceFieldsSchema),
    defaultValues: resource ? resourceValues(resource) : emptyResourceValues(),
  });
  const onError = (error: Error) => applyFieldErrors(error, setError, resourceFieldNames);
  const submit = handleSubmit((fields) => {
    if (resource) update.mutate({ id: resource.id, fields }, { onSuccess: () => onDone?.(), onError });
    else add.mutate(fields, { onSuccess: () => reset(emptyResourceValues()), onError });
  });
  const errors = formState.errors;
  const serverFieldError = Object.values(errors).some((error) => error?.type === 'server');
  const label = resource ? `Edit ${resource.name}` : 'Add a resource';
  return (
    <form noValidate aria-label={label} className="resource-form" onSubmit={(event) => void submit(event)}>
      {add.isSuccess && !formState.isDirty ? <Alert tone="success">Added “{add.data.name}”.</Alert> : null}
      {save.isError && !serverFieldError ? <Alert tone="error">{errorMessage(save.error)}</Alert> : null}
      <div className="field-row">
        <TextField label="Name" error={errors.name?.message} {...register('name')} />
        <SelectField label="Type" error={errors.type?.message} {...register('type')}>
          <option value="">Choose the type</option>
          {resourceTypes.map((type) => (
            <option key={type} value={type}>
              {resourceTypeLabels[type]}
            </option>
          ))}
        </SelectField>
        <TextField label="Contact person" error={errors.contactName?.message} {...register('contactName')} />
      </div>
      <div className="field-row">
        <TextField label="Phone" type="tel" error={errors.phone?.message} {...register('phone')} />
        <TextField label="Email" type="email" error={errors.email?.message} {...register('email')} />
        <TextField label="Website" error={errors.website?.message} {...register('website')} />
      </div>
      <TextField label="Address" error={errors.address?.message} {...register('address')} />
      <TextAreaField
        label="Notes"
        hint="Hours, eligibility, how to refer."
        error={errors.notes?.message}
        {...register('notes')}
      />
      <div className="actions actions-start">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : resource ? 'Save changes' : 'Add resource'}
        </button>
        {resource ? (
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
