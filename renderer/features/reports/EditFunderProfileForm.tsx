// Changes a saved funder profile: its name, period kind and sections.
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { funderProfileFieldsSchema, type FunderProfile, type FunderProfileFields } from '../../../shared/api/reports';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { periodOptions, sectionGroups } from './report-choices';
import { inReportOrder } from './report-request-values';
import { useUpdateFunderProfile } from './useReports';

interface EditFunderProfileFormProps {
  profile: FunderProfile;
  /** After the changes are saved, or on Cancel. */
  onDone: () => void;
}

export function EditFunderProfileForm({ profile, onDone }: EditFunderProfileFormProps) {
  const update = useUpdateFunderProfile();
  const { register, control, handleSubmit, formState, setError } = useForm<FunderProfileFields>({
    resolver: zodResolver(funderProfileFieldsSchema),
    defaultValues: { name: profile.name, periodKind: profile.periodKind, sections: profile.sections },
  });
  const submit = handleSubmit((fields) =>
    update.mutate(
      { id: profile.id, fields: { ...fields, sections: inReportOrder(fields.sections) } },
      {
        onSuccess: onDone,
        onError: (error) =>
          applyFieldErrors(error, setError, {
            'fields.name': 'name',
            'fields.periodKind': 'periodKind',
            'fields.sections': 'sections',
          }),
      },
    ),
  );
  const errors = formState.errors;
  const serverFieldError = Object.values(errors).some((error) => error?.type === 'server');
  return (
    <form noValidate aria-label={`Edit ${profile.name}`} onSubmit={(event) => void submit(event)}>
      {update.isError && !serverFieldError ? <Alert tone="error">{errorMessage(update.error)}</Alert> : null}
      <TextField label="Profile name" error={errors.name?.message} {...register('name')} />
      <SelectField label="Period" error={errors.periodKind?.message} {...register('periodKind')}>
        {periodOptions.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </SelectField>
      <Controller
        control={control}
        name="sections"
        render={({ field }) => (
          <CheckboxGroup
            legend="Sections"
            groups={sectionGroups}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errors.sections?.message}
          />
        )}
      />
      <div className="actions actions-start">
        <button type="submit" className="button-primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
