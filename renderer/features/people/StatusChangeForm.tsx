// The frame of a status change, for any kind of person: the new status, its date, the kind's own
// fields, a note, and the backend's field errors on their fields. The kind makes the form (on its
// own schema) and passes it in with the values every status change has.
import type { ReactNode } from 'react';
import { FormProvider, useFormContext, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import type { SaveCommand } from '../../forms/useRecordForm';

/** What every status change form holds. */
interface StatusChangeValues {
  id: number;
  status: string;
  on: string;
  note: string | null;
}

interface StatusChangeFormProps<Values extends FieldValues, Parsed, S extends string> {
  form: UseFormReturn<Values, unknown, Parsed>;
  change: SaveCommand<Parsed, unknown>;
  /** The statuses the person can move to, first chosen. */
  statuses: readonly S[];
  labels: Record<S, string>;
  /** The date's label: "Date of the change" unless the kind says otherwise. */
  dateLabel?: string;
  /** Fields beside the date, such as the end of a leave. */
  besideDate?: ReactNode;
  /** Fields between the date and the note, such as the reason for closing. */
  children?: ReactNode;
  onDone: () => void;
}

export function StatusChangeForm<Values extends FieldValues, Parsed, S extends string>({
  form,
  change,
  onDone,
  ...fields
}: StatusChangeFormProps<Values, Parsed, S>) {
  const submit = form.handleSubmit((values) =>
    change.mutate(values, {
      onSuccess: onDone,
      onError: (error) => applyFieldErrors(error, form.setError, formFieldNames(form.getValues())),
    }),
  );
  const serverFieldError = Object.values(form.formState.errors).some((error) => error?.type === 'server');
  return (
    <FormProvider {...form}>
      <form noValidate className="status-form" aria-label="Change status" onSubmit={(event) => void submit(event)}>
        {change.isError && !serverFieldError ? <Alert tone="error">{errorMessage(change.error)}</Alert> : null}
        <StatusChangeFields {...fields} />
        <div className="actions actions-start">
          <button type="submit" className="button-primary" disabled={change.isPending}>
            {change.isPending ? 'Saving…' : 'Save status'}
          </button>
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        </div>
      </form>
    </FormProvider>
  );
}

/** The backend's field paths, mapped to the form's (the same names; the id is not a field). */
function formFieldNames<Values extends FieldValues>(values: Values): Record<string, Path<Values>> {
  const names = Object.keys(values).filter((name) => name !== 'id') as Path<Values>[];
  return Object.fromEntries(names.map((name) => [name, name]));
}

function StatusChangeFields<S extends string>({
  statuses,
  labels,
  dateLabel = 'Date of the change',
  besideDate,
  children,
}: Pick<
  StatusChangeFormProps<FieldValues, unknown, S>,
  'statuses' | 'labels' | 'dateLabel' | 'besideDate' | 'children'
>) {
  const { register, formState } = useFormContext<StatusChangeValues>();
  const errors = formState.errors;
  return (
    <>
      <div className="field-row">
        <SelectField label="New status" error={errors.status?.message} {...register('status')}>
          {statuses.map((option) => (
            <option key={option} value={option}>
              {labels[option]}
            </option>
          ))}
        </SelectField>
        <TextField label={dateLabel} type="date" error={errors.on?.message} {...register('on')} />
        {besideDate}
      </div>
      {children}
      <TextAreaField label="Note" rows={2} error={errors.note?.message} {...register('note')} />
    </>
  );
}
