import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import type { Settings } from '../../../shared/api/types';
import { AUTO_LOCK_MAX_MINUTES, AUTO_LOCK_MIN_MINUTES, updateSettingsInput } from '../../../shared/api/schemas';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { useSettings } from './useSettings';
import { useUpdateSettings } from './useUpdateSettings';

export function AutoLockForm() {
  const settings = useSettings();
  return (
    <section className="panel" aria-labelledby="auto-lock-title">
      <h2 id="auto-lock-title">Auto-lock</h2>
      <p>PeerDesk locks itself when nobody has used it for this long.</p>
      {settings.isPending ? <p role="status">Loading…</p> : null}
      {settings.isError ? <Alert tone="error">{errorMessage(settings.error)}</Alert> : null}
      {settings.data ? <AutoLockFields current={settings.data} /> : null}
    </section>
  );
}

function AutoLockFields({ current }: { current: Settings }) {
  const update = useUpdateSettings();
  const { register, handleSubmit, formState, setError, reset } = useForm({
    resolver: zodResolver(updateSettingsInput),
    defaultValues: { autoLockMinutes: current.autoLockMinutes },
  });
  useEffect(() => reset({ autoLockMinutes: current.autoLockMinutes }), [current, reset]);
  const submit = handleSubmit((values) =>
    update.mutate(values, {
      onError: (error) => applyFieldErrors(error, setError, { autoLockMinutes: 'autoLockMinutes' }),
    }),
  );
  const fieldError = formState.errors.autoLockMinutes;
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      {update.isSuccess && !formState.isDirty ? (
        <Alert tone="success">
          Saved. PeerDesk locks after {update.data.autoLockMinutes}{' '}
          {update.data.autoLockMinutes === 1 ? 'minute' : 'minutes'} without activity.
        </Alert>
      ) : null}
      {update.isError && fieldError?.type !== 'server' ? (
        <Alert tone="error">{errorMessage(update.error)}</Alert>
      ) : null}
      <TextField
        label="Auto-lock after (minutes)"
        type="number"
        inputMode="numeric"
        className="field-narrow"
        min={AUTO_LOCK_MIN_MINUTES}
        max={AUTO_LOCK_MAX_MINUTES}
        step={1}
        hint={`Between ${AUTO_LOCK_MIN_MINUTES} and ${AUTO_LOCK_MAX_MINUTES} minutes.`}
        error={fieldError?.message}
        {...register('autoLockMinutes', { valueAsNumber: true })}
      />
      <div className="actions actions-start">
        <button type="submit" className="button-primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save auto-lock'}
        </button>
      </div>
    </form>
  );
}
