// "Save as profile": the report's choices on screen (period kind and sections) under a name.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { funderProfileFieldsSchema } from '../../../shared/api/reports';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { inReportOrder, type ReportRequestValues } from './report-request-values';
import { useAddFunderProfile } from './useReports';

const nameOnly = funderProfileFieldsSchema.pick({ name: true });

export function SaveFunderProfileForm({ currentChoices }: { currentChoices: () => ReportRequestValues }) {
  const add = useAddFunderProfile();
  const { register, handleSubmit, formState, setError, reset } = useForm({
    resolver: zodResolver(nameOnly),
    defaultValues: { name: '' },
  });
  const submit = handleSubmit(({ name }) => {
    const { kind, sections } = currentChoices();
    add.mutate(
      { name, periodKind: kind, sections: inReportOrder(sections) },
      {
        onSuccess: () => reset({ name: '' }),
        onError: (error) => applyFieldErrors(error, setError, { name: 'name' }),
      },
    );
  });
  const nameError = formState.errors.name;
  return (
    <form
      noValidate
      aria-label="Save as profile"
      className="report-save-profile"
      onSubmit={(event) => void submit(event)}
    >
      {add.isSuccess && !formState.isDirty ? <Alert tone="success">Saved “{add.data.name}”.</Alert> : null}
      {add.isError && nameError?.type !== 'server' ? <Alert tone="error">{errorMessage(add.error)}</Alert> : null}
      <TextField
        label="Profile name"
        hint="Saves the period and sections chosen above, such as “Quarterly report for the county”."
        error={nameError?.message}
        {...register('name')}
      />
      <div className="actions actions-start">
        <button type="submit" disabled={add.isPending}>
          {add.isPending ? 'Saving…' : 'Save as profile'}
        </button>
      </div>
    </form>
  );
}
