// The first-run wizard: welcome, program details, passphrase, recovery key, key typed back; or,
// on a new computer, a restore from a backup.
// The passphrase and recovery key live only in this component's state while it is on screen.
import { useEffect, useRef, useState } from 'react';
import type { SetupStarted } from '../../../shared/api/types';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { LoadingPage } from '../../components/LoadingPage';
import { RestoreScreen } from '../backup/RestoreScreen';
import { ConfirmKeyStep } from './ConfirmKeyStep';
import { DetailsStep, type ProgramDetails } from './DetailsStep';
import { PassphraseStep } from './PassphraseStep';
import { RecoveryKeyStep } from './RecoveryKeyStep';
import { useSetupCancel } from './useSetupCancel';
import { WelcomeStep } from './WelcomeStep';

type Step = 'welcome' | 'restore' | 'details' | 'passphrase' | 'recovery-key' | 'confirm-key';

interface SetupWizardProps {
  /** A setup was begun earlier (e.g. the page reloaded) and its key is no longer on screen. */
  setupPending: boolean;
}

export function SetupWizard({ setupPending }: SetupWizardProps) {
  const [step, setStep] = useState<Step>('welcome');
  const [details, setDetails] = useState<ProgramDetails>({ programName: '', leaderName: '' });
  const [started, setStarted] = useState<SetupStarted | null>(null);
  // Only the status seen on arrival counts: later, a pending setup is this wizard's own.
  const [staleAtStart] = useState(setupPending);
  const cancelStale = useSetupCancel();
  const { mutate: cancelSetup } = cancelStale;
  const staleHandled = useRef(false);

  // A half-finished setup whose recovery key nobody can see any more must start again.
  useEffect(() => {
    if (!staleAtStart || staleHandled.current) return;
    staleHandled.current = true;
    cancelSetup();
  }, [staleAtStart, cancelSetup]);

  if (cancelStale.isPending) return <LoadingPage label="Starting setup again…" />;
  if (cancelStale.isError) {
    return (
      <main className="centered-page">
        <Alert tone="error" title="Setup could not start again">
          {errorMessage(cancelStale.error)}
        </Alert>
      </main>
    );
  }

  switch (step) {
    case 'welcome':
      return <WelcomeStep onNext={() => setStep('details')} onRestore={() => setStep('restore')} />;
    case 'restore':
      return <RestoreScreen replacing={false} onBack={() => setStep('welcome')} />;
    case 'details':
      return (
        <DetailsStep
          initial={details}
          onBack={() => setStep('welcome')}
          onNext={(next) => {
            setDetails(next);
            setStep('passphrase');
          }}
        />
      );
    case 'passphrase':
      return (
        <PassphraseStep
          details={details}
          onBack={() => setStep('details')}
          onStarted={(next) => {
            setStarted(next);
            setStep('recovery-key');
          }}
        />
      );
    case 'recovery-key':
    case 'confirm-key':
      if (!started) return null;
      return step === 'recovery-key' ? (
        <RecoveryKeyStep
          started={started}
          onCancelled={() => {
            setStarted(null);
            setStep('passphrase');
          }}
          onNext={() => setStep('confirm-key')}
        />
      ) : (
        <ConfirmKeyStep onBack={() => setStep('recovery-key')} />
      );
  }
}
