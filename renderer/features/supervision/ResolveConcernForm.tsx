// Marks a raised concern resolved: when, and a note on how. Opened from its own button so that a
// list of open concerns stays short.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { concernResolveInput } from '../../../shared/api/contacts';
import { todayIso } from '../../../shared/api/fields';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { useResolveConcern } from '../contacts/useContacts';

/** `name` tells the concerns apart on the buttons and the form: "Zoë Adams, Mar 3, 2025". */
export function ResolveConcernForm({ contactId, name }: { contactId: number; name: string }) {
  const [open, setOpen] = useState(false);
  const resolve = useResolveConcern();
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: zodResolver(concernResolveInput),
    defaultValues: { id: contactId, resolvedOn: todayIso(), note: '' },
  });
  if (!open) {
    return (
      <button
        type="button"
        className="button-small"
        aria-label={`Mark resolved: ${name}`}
        onClick={() => setOpen(true)}
      >
        Mark resolved
      </button>
    );
  }
  const submit = handleSubmit((values) =>
    resolve.mutate(values, {
      onError: (error) => applyFieldErrors(error, setError, { resolvedOn: 'resolvedOn', note: 'note' }),
    }),
  );
  const errors = formState.errors;
  const serverFieldError = Object.values(errors).some((error) => error?.type === 'server');
  return (
    <form noValidate aria-label={`Resolve concern: ${name}`} onSubmit={(event) => void submit(event)}>
      {resolve.isError && !serverFieldError ? <Alert tone="error">{errorMessage(resolve.error)}</Alert> : null}
      <div className="field-row">
        <TextField
          label="Resolved on"
          type="date"
          autoFocus
          error={errors.resolvedOn?.message}
          {...register('resolvedOn')}
        />
        <TextField label="How it was resolved" error={errors.note?.message} {...register('note')} />
      </div>
      <div className="actions actions-start">
        <button type="submit" className="button-small button-primary" disabled={resolve.isPending}>
          {resolve.isPending ? 'Saving…' : 'Save resolution'}
        </button>
        <button type="button" className="button-small" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
