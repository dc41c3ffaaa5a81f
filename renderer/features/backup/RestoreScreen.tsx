// Restore from a backup before the program is open: on a new computer (from the first-run
// screen), or when the program here cannot be opened (damaged, missing, its key file lost).
import { RestoreBackup } from './RestoreBackup';

interface RestoreScreenProps {
  /** A program (or what is left of one) is in the folder: restoring replaces it, kept aside. */
  replacing: boolean;
  onBack: () => void;
}

export function RestoreScreen({ replacing, onBack }: RestoreScreenProps) {
  return (
    <main className="centered-page">
      <section className="card card-wide" aria-labelledby="restore-title">
        <p className="eyebrow">PeerDesk</p>
        <h1 id="restore-title">Restore from a backup</h1>
        <p>
          Choose a PeerDesk backup (a .pdbackup file, usually on a USB drive). PeerDesk checks it and shows what it
          holds before anything changes.
        </p>
        <RestoreBackup replacing={replacing} />
        <div className="alternate">
          <button type="button" className="button-link" onClick={onBack}>
            Back
          </button>
        </div>
      </section>
    </main>
  );
}
