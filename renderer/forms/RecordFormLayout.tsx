// The frame of a record's form: what went wrong, the record's sections, the save button and the
// question before leaving with unsaved changes.
import type { ReactNode } from 'react';
import { FormProvider, type FieldValues } from 'react-hook-form';
import { errorMessage } from '../api/api-error';
import { Alert } from '../components/Alert';
import { UnsavedChangesDialog } from '../components/UnsavedChangesDialog';
import type { RecordForm } from './useRecordForm';

interface RecordFormLayoutProps<Input extends FieldValues, Fields, Saved extends { id: number }> {
  record: RecordForm<Input, Fields, Saved>;
  /** The form's accessible name: "Participant details". */
  label: string;
  /** The save button of a new record: "Add participant", "Save consent". */
  addLabel: string;
  children: ReactNode;
}

export function RecordFormLayout<Input extends FieldValues, Fields, Saved extends { id: number }>({
  record,
  label,
  addLabel,
  children,
}: RecordFormLayoutProps<Input, Fields, Saved>) {
  const { form, submit, guard, save, saved } = record;
  const { formState } = form;
  const hasErrors = Object.keys(formState.errors).length > 0;
  const serverFieldErrors = Object.values(formState.errors).some((error) => error?.type === 'server');
  return (
    <FormProvider {...form}>
      <form noValidate className="record-form" aria-label={label} onSubmit={(event) => void submit(event)}>
        {hasErrors && formState.submitCount > 0 ? (
          <Alert tone="error">Nothing was saved. Check the fields marked below.</Alert>
        ) : null}
        {save.isError && !serverFieldErrors ? <Alert tone="error">{errorMessage(save.error)}</Alert> : null}
        {children}
        <div className="actions actions-start form-actions">
          <button type="submit" className="button-primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : record.isNew ? addLabel : 'Save changes'}
          </button>
          {saved && !formState.isDirty ? (
            <p role="status" className="saved-note">
              Changes saved.
            </p>
          ) : null}
        </div>
      </form>
      <UnsavedChangesDialog blocker={guard.blocker} />
    </FormProvider>
  );
}
