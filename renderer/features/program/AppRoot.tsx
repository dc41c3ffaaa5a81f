// Decides what the window shows from the program's status: setup, unlock, the app, or a
// problem that needs a backup restored.
import { errorMessage } from '../../api/api-error';
import { FullPageMessage } from '../../components/FullPageMessage';
import { LoadingPage } from '../../components/LoadingPage';
import { DemoLockedPage } from '../demo/DemoLockedPage';
import { SetupWizard } from '../setup/SetupWizard';
import { AppShell } from '../shell/AppShell';
import { UnlockPage } from '../unlock/UnlockPage';
import { ProblemPage, isProblemState } from './ProblemPage';
import { useLockedEvents } from './useLockedEvents';
import { useProgramStatus } from './useProgramStatus';

export function AppRoot() {
  useLockedEvents();
  const status = useProgramStatus();

  if (status.isPending) return <LoadingPage />;
  if (status.isError) {
    return (
      <FullPageMessage title="PeerDesk cannot reach its program">
        <p>{errorMessage(status.error)}</p>
        <div className="actions actions-start">
          <button type="button" className="button-primary" onClick={() => void status.refetch()}>
            Try again
          </button>
        </div>
      </FullPageMessage>
    );
  }

  const { state } = status.data;
  if (state === 'needs-setup') return <SetupWizard setupPending={status.data.setupPending} />;
  // The demo's folder, locked or in trouble: it opens again (or is built afresh) without a passphrase.
  if (status.data.demo && state !== 'unlocked') return <DemoLockedPage />;
  if (state === 'locked') {
    return <UnlockPage retryAfterMs={status.data.retryAfterMs} statusReadAt={status.dataUpdatedAt} />;
  }
  if (state === 'unlocked') {
    return <AppShell programName={status.data.programName ?? 'PeerDesk'} demo={status.data.demo} />;
  }
  if (isProblemState(state)) return <ProblemPage state={state} />;
  return <LoadingPage />;
}
