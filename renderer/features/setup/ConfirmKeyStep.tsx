import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { ErrorCode } from '../../../shared/api/errors';
import { setupConfirmInput } from '../../../shared/api/schemas';
import { errorMessage, isApiError } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { RecoveryKeyField } from '../../forms/RecoveryKeyField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { useSetupConfirm } from './useSetupConfirm';
import { WizardStep } from './WizardStep';

const FIELD_MESSAGES: Partial<Record<ErrorCode, string>> = {
  RECOVERY_KEY_MISMATCH:
    'This is not the recovery key shown on the previous page. Go back to see it again, then type it here.',
  RECOVERY_KEY_TYPO:
    'This key has a typing mistake: a character is wrong, missing or extra. Check it against the key and try again.',
};

export function ConfirmKeyStep({ onBack }: { onBack: () => void }) {
  const confirm = useSetupConfirm();
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: zodResolver(setupConfirmInput),
    defaultValues: { recoveryKey: '' },
  });
  const submit = handleSubmit(({ recoveryKey }) =>
    confirm.mutate(recoveryKey, {
      onError: (error) => {
        const message = isApiError(error) ? FIELD_MESSAGES[error.code] : undefined;
        if (message) {
          setError('recoveryKey', { type: 'server', message }, { shouldFocus: true });
        } else {
          applyFieldErrors(error, setError, { recoveryKey: 'recoveryKey' });
        }
      },
    }),
  );
  const fieldError = formState.errors.recoveryKey;
  const showAlert = confirm.isError && fieldError?.type !== 'server';
  return (
    <WizardStep number={5} title="Type the recovery key back">
      <p>
        To be sure it was written down correctly, type the recovery key from your sheet or notes. Setup finishes when it
        matches.
      </p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        {showAlert ? <Alert tone="error">{errorMessage(confirm.error)}</Alert> : null}
        <RecoveryKeyField
          hint="Eight groups of four letters and digits, for example ABCD-EFGH-…"
          error={fieldError?.message}
          {...register('recoveryKey')}
        />
        <div className="actions">
          <button type="button" onClick={onBack} disabled={confirm.isPending}>
            Back
          </button>
          <button type="submit" className="button-primary" disabled={confirm.isPending}>
            {confirm.isPending ? 'Finishing…' : 'Finish setup'}
          </button>
        </div>
      </form>
    </WizardStep>
  );
}
