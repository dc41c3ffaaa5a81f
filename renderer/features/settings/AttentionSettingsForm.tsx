// When a consent counts as expiring soon, and how often each active peer supporter is due for
// supervision: the two numbers behind what the dashboard flags.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { consentExpiringDaysSchema, supervisionCadenceDaysSchema } from '../../../shared/api/schemas';
import type { Settings } from '../../../shared/api/types';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { useSettings } from './useSettings';
import { useUpdateSettings } from './useUpdateSettings';

export function AttentionSettingsForm() {
  const settings = useSettings();
  return (
    <section className="panel" aria-labelledby="attention-settings-title">
      <h2 id="attention-settings-title">Consents and supervision</h2>
      {settings.isPending ? <p role="status">Loading…</p> : null}
      {settings.isError ? <Alert tone="error">{errorMessage(settings.error)}</Alert> : null}
      {settings.data ? <AttentionFields current={settings.data} /> : null}
    </section>
  );
}

const attentionSettings = z.object({
  consentExpiringDays: consentExpiringDaysSchema,
  supervisionCadenceDays: supervisionCadenceDaysSchema,
});

function AttentionFields({ current }: { current: Settings }) {
  const update = useUpdateSettings();
  const values = {
    consentExpiringDays: current.consentExpiringDays,
    supervisionCadenceDays: current.supervisionCadenceDays,
  };
  const { register, handleSubmit, formState, setError, reset } = useForm({
    resolver: zodResolver(attentionSettings),
    defaultValues: values,
  });
  useEffect(
    () =>
      reset({
        consentExpiringDays: current.consentExpiringDays,
        supervisionCadenceDays: current.supervisionCadenceDays,
      }),
    [current.consentExpiringDays, current.supervisionCadenceDays, reset],
  );
  const submit = handleSubmit((input) =>
    update.mutate(input, {
      onError: (error) =>
        applyFieldErrors(error, setError, {
          consentExpiringDays: 'consentExpiringDays',
          supervisionCadenceDays: 'supervisionCadenceDays',
        }),
    }),
  );
  const errors = formState.errors;
  const serverFieldError = Object.values(errors).some((error) => error?.type === 'server');
  return (
    <form noValidate aria-label="Consents and supervision" onSubmit={(event) => void submit(event)}>
      {update.isSuccess && !formState.isDirty ? <Alert tone="success">Saved.</Alert> : null}
      {update.isError && !serverFieldError ? <Alert tone="error">{errorMessage(update.error)}</Alert> : null}
      <div className="field-row">
        <TextField
          label="A consent is expiring soon within (days)"
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          step={1}
          error={errors.consentExpiringDays?.message}
          {...register('consentExpiringDays', { valueAsNumber: true })}
        />
        <TextField
          label="Supervise each active peer supporter every (days)"
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          step={1}
          error={errors.supervisionCadenceDays?.message}
          {...register('supervisionCadenceDays', { valueAsNumber: true })}
        />
      </div>
      <div className="actions actions-start">
        <button type="submit" className="button-primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
