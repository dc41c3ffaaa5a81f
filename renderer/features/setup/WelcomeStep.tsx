import { WizardStep } from './WizardStep';

export function WelcomeStep({ onNext }: { onNext: () => void }) {
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
        <button type="button" className="button-primary" onClick={onNext}>
          Get started
        </button>
      </div>
    </WizardStep>
  );
}
