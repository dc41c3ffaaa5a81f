// Revoking a consent: when, how, and who recorded it. The consent itself is kept as it was.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { consentRevokeInput, type Consent } from '../../../shared/api/consents';
import { todayIso } from '../../../shared/api/fields';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { useRevokeConsent } from './useConsents';

export function RevokeConsentForm({ consent, recordedBy }: { consent: Consent; recordedBy: string }) {
  const revoke = useRevokeConsent();
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: zodResolver(consentRevokeInput),
    defaultValues: { id: consent.id, revokedOn: todayIso(), revokedHow: '', recordedBy },
  });
  const errors = formState.errors;
  const submit = handleSubmit((values) =>
    revoke.mutate(values, {
      onError: (error) =>
        applyFieldErrors(error, setError, {
          revokedOn: 'revokedOn',
          revokedHow: 'revokedHow',
          recordedBy: 'recordedBy',
        }),
    }),
  );
  const serverFieldError = Object.values(errors).some((error) => error?.type === 'server');
  return (
    <form noValidate aria-label="Revoke consent" onSubmit={(event) => void submit(event)}>
      <h3>Revoke this consent</h3>
      <p className="field-hint">From the date given, the consent no longer allows anything.</p>
      {revoke.isError && !serverFieldError ? <Alert tone="error">{errorMessage(revoke.error)}</Alert> : null}
      <div className="field-row">
        <TextField label="Revoked on" type="date" error={errors.revokedOn?.message} {...register('revokedOn')} />
        <TextField
          label="How it was revoked"
          hint="Such as “in writing” or “by phone”."
          error={errors.revokedHow?.message}
          {...register('revokedHow')}
        />
        <TextField label="Recorded by" error={errors.recordedBy?.message} {...register('recordedBy')} />
      </div>
      <div className="actions actions-start">
        <button type="submit" disabled={revoke.isPending}>
          {revoke.isPending ? 'Revoking…' : 'Revoke consent'}
        </button>
      </div>
    </form>
  );
}
