// The create-or-update logic of a record's form (a person, a consent, a supervision note): the
// form on the record's schema; saving adds a new record (then opens it) or saves changes to this
// one; the backend's field errors land on their fields; leaving with unsaved changes asks first.
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { useUnsavedChangesGuard } from '../components/useUnsavedChangesGuard';
import { applyFieldErrors } from './apply-field-errors';

/** A save command as the form uses it (a TanStack mutation fits). */
export interface SaveCommand<Variables, Saved> {
  mutate: (
    variables: Variables,
    options: { onSuccess: (saved: Saved) => void; onError: (error: Error) => void },
  ) => void;
  isPending: boolean;
  isError: boolean;
  isSuccess: boolean;
  error: Error | null;
}

interface RecordFormOptions<Input extends FieldValues, Fields, Saved extends { id: number }> {
  /** The record to edit; none for a new one. */
  record: Saved | undefined;
  resolver: Resolver<Input, unknown, Fields>;
  values: (record: Saved) => DefaultValues<Input>;
  emptyValues: () => DefaultValues<Input>;
  /** The backend's field paths, mapped to the form's. */
  fieldNames: Record<string, Path<Input>>;
  create: SaveCommand<Fields, Saved>;
  update: SaveCommand<{ id: number; fields: Fields }, Saved>;
  /** Where a saved record opens, such as "/participants/12". */
  recordPath: (id: number) => string;
}

export function useRecordForm<Input extends FieldValues, Fields, Saved extends { id: number }>(
  options: RecordFormOptions<Input, Fields, Saved>,
) {
  const { record, values, create, update } = options;
  const navigate = useNavigate();
  const form = useForm<Input, unknown, Fields>({
    resolver: options.resolver,
    defaultValues: record ? values(record) : options.emptyValues(),
  });
  const { handleSubmit, formState, setError, reset } = form;
  const guard = useUnsavedChangesGuard(formState.isDirty);
  // Whether the last save of changes went through (shown until the next edit).
  const [saved, setSaved] = useState(false);

  const onError = (error: unknown) => applyFieldErrors(error, setError, options.fieldNames);
  const submit = handleSubmit((fields) => {
    if (record) {
      setSaved(false);
      update.mutate(
        { id: record.id, fields },
        {
          onSuccess: (answer) => {
            reset(values(answer));
            setSaved(true);
          },
          onError,
        },
      );
    } else {
      create.mutate(fields, {
        onSuccess: (saved) => {
          guard.allowNextNavigation();
          void navigate(options.recordPath(saved.id), { replace: true, state: { created: true } });
        },
        onError,
      });
    }
  });

  return { form, submit, guard, isNew: record === undefined, save: record ? update : create, saved };
}

export type RecordForm<Input extends FieldValues, Fields, Saved extends { id: number }> = ReturnType<
  typeof useRecordForm<Input, Fields, Saved>
>;
