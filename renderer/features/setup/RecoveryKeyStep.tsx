import type { SetupStarted } from '../../../shared/api/types';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { RecoverySheet } from './RecoverySheet';
import { useSetupCancel } from './useSetupCancel';
import { WizardStep } from './WizardStep';

interface RecoveryKeyStepProps {
  started: SetupStarted;
  onCancelled: () => void;
  onNext: () => void;
}

export function RecoveryKeyStep({ started, onCancelled, onNext }: RecoveryKeyStepProps) {
  const cancel = useSetupCancel();
  return (
    <WizardStep number={4} title="Your recovery key" wide>
      <p>
        This is the only way into the program if the passphrase is forgotten. Write it down or print the recovery sheet
        now: it is shown only during setup.{' '}
        <strong>If both the passphrase and this key are lost, the records are lost too.</strong>
      </p>
      <figure className="key-display">
        <figcaption>Recovery key</figcaption>
        <p className="recovery-key recovery-key-large">{started.recoveryKey}</p>
      </figure>
      <div className="actions actions-start">
        <button type="button" onClick={() => window.print()}>
          Print recovery sheet
        </button>
      </div>
      <RecoverySheet started={started} />
      {cancel.isError ? <Alert tone="error">{errorMessage(cancel.error)}</Alert> : null}
      <div className="actions">
        <button
          type="button"
          disabled={cancel.isPending}
          onClick={() => cancel.mutate(undefined, { onSuccess: onCancelled })}
        >
          Back
        </button>
        <button type="button" className="button-primary" onClick={onNext}>
          Next
        </button>
      </div>
    </WizardStep>
  );
}
