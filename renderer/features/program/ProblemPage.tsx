// Full-page explanations for a program folder that cannot be opened. None offers to start over
// (a new empty program would hide the real one); each offers to restore a backup.
import { useState } from 'react';
import type { ProgramState } from '../../../shared/api/types';
import { FullPageMessage } from '../../components/FullPageMessage';
import { RestoreScreen } from '../backup/RestoreScreen';

type ProblemState = Extract<ProgramState, 'keyslots-missing' | 'keyslots-unreadable' | 'database-missing'>;

const RESTORE =
  'Restore the program from your newest backup: PeerDesk keeps what is in the folder now aside, in a folder of its own, and deletes nothing.';

const problems: Record<ProblemState, { title: string; cause: string }> = {
  'keyslots-missing': {
    title: 'The program’s key file is missing',
    cause:
      'The key file (keyslots.json) that sits beside the program’s database is missing. Without it the database cannot be opened, even with the right passphrase or recovery key.',
  },
  'keyslots-unreadable': {
    title: 'The program’s key file is damaged',
    cause:
      'The key file (keyslots.json) that sits beside the program’s database cannot be read: it is damaged or was edited. Without it the database cannot be opened.',
  },
  'database-missing': {
    title: 'The program’s database is missing',
    cause: 'The key file is there, but the program’s database (peerdesk.db) is not in the program folder.',
  },
};

export function ProblemPage({ state }: { state: ProblemState }) {
  const problem = problems[state];
  const [restoring, setRestoring] = useState(false);
  if (restoring) return <RestoreScreen replacing onBack={() => setRestoring(false)} />;
  return (
    <FullPageMessage title={problem.title}>
      <p>{problem.cause}</p>
      <p>
        <strong>Nothing was changed or deleted.</strong> PeerDesk has left the program folder exactly as it found it.
      </p>
      <h2>What to do</h2>
      <p>{RESTORE}</p>
      <div className="actions actions-start">
        <button type="button" className="button-primary" onClick={() => setRestoring(true)}>
          Restore from a backup
        </button>
      </div>
      <p>
        If you are not sure where the backup is, ask whoever set up backups for this computer before trying anything
        else.
      </p>
    </FullPageMessage>
  );
}

export function isProblemState(state: ProgramState): state is ProblemState {
  return state in problems;
}
