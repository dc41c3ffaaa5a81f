import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { unlockInput } from '../../../shared/api/schemas';
import { isApiError } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { describeUnlockError, retryDelayOf, unlockProblems } from './unlock-messages';
import { useUnlock } from './useUnlock';

interface PassphraseUnlockFormProps {
  throttled: boolean;
  onRetryDelay: (ms: number) => void;
}

export function PassphraseUnlockForm({ throttled, onRetryDelay }: PassphraseUnlockFormProps) {
  const unlock = useUnlock();
  const { register, handleSubmit, formState, setError, setValue } = useForm({
    resolver: zodResolver(unlockInput),
    defaultValues: { passphrase: '' },
  });
  const submit = handleSubmit(({ passphrase }) =>
    unlock.mutate(passphrase, {
      onError: (error) => {
        const delay = retryDelayOf(error);
        if (delay > 0) onRetryDelay(delay);
        if (isApiError(error, 'WRONG_PASSPHRASE')) {
          setValue('passphrase', '');
          setError(
            'passphrase',
            { type: 'server', message: unlockProblems.WRONG_PASSPHRASE?.text ?? error.message },
            { shouldFocus: true },
          );
        }
      },
    }),
  );
  const fieldError = formState.errors.passphrase;
  const problem = unlock.isError && fieldError?.type !== 'server' ? describeUnlockError(unlock.error) : null;
  const busy = unlock.isPending;
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      {problem ? (
        <Alert tone="error" title={problem.title}>
          {problem.text}
        </Alert>
      ) : null}
      <TextField
        label="Passphrase"
        type="password"
        autoComplete="current-password"
        autoFocus
        error={fieldError?.message}
        {...register('passphrase')}
      />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={throttled || busy}>
          {busy ? 'Unlocking…' : 'Unlock'}
        </button>
      </div>
    </form>
  );
}
