import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { recoveryKeyInputSchema } from '../../../shared/api/schemas';
import { isApiError } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { NewPassphraseFields } from '../../forms/NewPassphraseFields';
import { RecoveryKeyField } from '../../forms/RecoveryKeyField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { mismatchIssue, newPassphraseFields, passphrasesMatch } from '../../forms/passphrase-rules';
import { describeUnlockError, retryDelayOf } from './unlock-messages';
import { useUnlockWithRecoveryKey } from './useUnlockWithRecoveryKey';

const recoveryFormSchema = z
  .object({ recoveryKey: recoveryKeyInputSchema, ...newPassphraseFields })
  .refine(passphrasesMatch, mismatchIssue);

interface RecoveryUnlockFormProps {
  throttled: boolean;
  onRetryDelay: (ms: number) => void;
}

export function RecoveryUnlockForm({ throttled, onRetryDelay }: RecoveryUnlockFormProps) {
  const unlock = useUnlockWithRecoveryKey();
  const { register, handleSubmit, formState, setError, control } = useForm({
    resolver: zodResolver(recoveryFormSchema),
    defaultValues: { recoveryKey: '', newPassphrase: '', confirmPassphrase: '' },
  });
  const newPassphrase = useWatch({ control, name: 'newPassphrase' });
  const { errors } = formState;
  const submit = handleSubmit(({ recoveryKey, newPassphrase }) =>
    unlock.mutate(
      { recoveryKey, newPassphrase },
      {
        onError: (error) => {
          const delay = retryDelayOf(error);
          if (delay > 0) onRetryDelay(delay);
          if (isApiError(error, 'WRONG_RECOVERY_KEY') || isApiError(error, 'RECOVERY_KEY_TYPO')) {
            const { text } = describeUnlockError(error);
            setError('recoveryKey', { type: 'server', message: text }, { shouldFocus: true });
          } else {
            applyFieldErrors(error, setError, { recoveryKey: 'recoveryKey', newPassphrase: 'newPassphrase' });
          }
        },
      },
    ),
  );
  const hasServerFieldError = Object.values(errors).some((e) => e?.type === 'server');
  const problem = unlock.isError && !hasServerFieldError ? describeUnlockError(unlock.error) : null;
  const busy = unlock.isPending;
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <p>
        Type the recovery key from the recovery sheet, then choose a new passphrase. The old passphrase will stop
        working.
      </p>
      {problem ? (
        <Alert tone="error" title={problem.title}>
          {problem.text}
        </Alert>
      ) : null}
      <RecoveryKeyField autoFocus error={errors.recoveryKey?.message} {...register('recoveryKey')} />
      <NewPassphraseFields
        passphrase={newPassphrase}
        userInputs={['peerdesk']}
        field={register('newPassphrase')}
        confirmField={register('confirmPassphrase')}
        error={errors.newPassphrase?.message}
        confirmError={errors.confirmPassphrase?.message}
      />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={throttled || busy}>
          {busy ? 'Unlocking…' : 'Unlock and set new passphrase'}
        </button>
      </div>
    </form>
  );
}
