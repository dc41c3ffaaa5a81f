import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { useOpenDemo } from '../demo/useSwitchDemo';
import { WizardStep } from './WizardStep';

export function WelcomeStep({ onNext, onRestore }: { onNext: () => void; onRestore: () => void }) {
  const openDemo = useOpenDemo();
  return (
    <WizardStep number={1} title="Welcome to PeerDesk">
      <p>
        PeerDesk keeps your program’s records on this computer, in an encrypted file that only opens with your
        passphrase.
      </p>
      <p>Setting up takes a few minutes. You will:</p>
      <ol className="steps-list">
        <li>name the program and yourself as its leader,</li>
        <li>choose a passphrase,</li>
        <li>write down or print a recovery key, and type it back.</li>
      </ol>
      <div className="actions">
        <button type="button" className="button-primary" onClick={onNext} disabled={openDemo.isPending}>
          Get started
        </button>
      </div>
      <section className="demo-offer" aria-labelledby="demo-offer-title">
        <h2 id="demo-offer-title">Not ready yet?</h2>
        <p>
          Look around a demo program first: invented peer supporters and participants, kept apart from your own program.
          You can leave it at any time and set up yours.
        </p>
        {openDemo.isError ? <Alert tone="error">{errorMessage(openDemo.error)}</Alert> : null}
        <button type="button" disabled={openDemo.isPending} onClick={() => openDemo.mutate()}>
          {openDemo.isPending ? 'Opening the demo…' : 'Explore a demo program'}
        </button>
      </section>
      <section className="demo-offer" aria-labelledby="restore-offer-title">
        <h2 id="restore-offer-title">Moving to a new computer?</h2>
        <p>Bring your program back from a PeerDesk backup file, usually on a USB drive.</p>
        <button type="button" disabled={openDemo.isPending} onClick={onRestore}>
          Restore from a backup
        </button>
      </section>
    </WizardStep>
  );
}
