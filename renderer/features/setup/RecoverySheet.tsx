// The recovery sheet: shown on screen as a preview and, through print.css, the only thing that
// prints while it is on screen.
import type { SetupStarted } from '../../../shared/api/types';
import { formatDate } from '../../components/format-date';

export function RecoverySheet({ started }: { started: SetupStarted }) {
  return (
    <section className="recovery-sheet" aria-labelledby="recovery-sheet-title">
      <h2 id="recovery-sheet-title" className="visually-hidden">
        Recovery sheet
      </h2>
      <p className="sheet-brand">PeerDesk recovery sheet</p>
      <dl className="sheet-facts">
        <dt>Program</dt>
        <dd>{started.programName}</dd>
        <dt>Date</dt>
        <dd>{formatDate(started.createdAt)}</dd>
      </dl>
      <p className="sheet-key-label">Recovery key</p>
      <p className="recovery-key sheet-key">{started.recoveryKey}</p>
      <h3>What this key is for</h3>
      <p>
        If the passphrase is forgotten, this key is the only way into the program’s records. If both the passphrase and
        this key are lost, the records cannot be opened by anyone, ever.
      </p>
      <h3>Keep it safe</h3>
      <ul>
        <li>
          Keep this sheet in a locked place, away from the computer (for example a locked drawer or safe in another
          room).
        </li>
        <li>
          Anyone who has this key and the computer can read all of the records. Do not photograph it, email it or store
          it on the computer.
        </li>
      </ul>
      <h3>How to use it</h3>
      <ol>
        <li>Open PeerDesk and choose “Use recovery key” on the unlock screen.</li>
        <li>Type the key as it is written here (capitals, spaces and dashes do not matter).</li>
        <li>Choose a new passphrase. The records stay as they were.</li>
      </ol>
    </section>
  );
}
