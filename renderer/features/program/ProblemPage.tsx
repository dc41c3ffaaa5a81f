// Full-page explanations for a program folder that cannot be opened. None offers to start over:
// a new empty program would hide the real one.
import type { ProgramState } from '../../../shared/api/types';
import { FullPageMessage } from '../../components/FullPageMessage';

type ProblemState = Extract<ProgramState, 'keyslots-missing' | 'keyslots-unreadable' | 'database-missing'>;

const problems: Record<ProblemState, { title: string; cause: string; restore: string }> = {
  'keyslots-missing': {
    title: 'The program’s key file is missing',
    cause:
      'The key file (keyslots.json) that sits beside the program’s database is missing. Without it the database cannot be opened, even with the right passphrase or recovery key.',
    restore: 'Restore keyslots.json from your latest backup into the program folder, then open PeerDesk again.',
  },
  'keyslots-unreadable': {
    title: 'The program’s key file is damaged',
    cause:
      'The key file (keyslots.json) that sits beside the program’s database cannot be read: it is damaged or was edited. Without it the database cannot be opened.',
    restore: 'Restore keyslots.json from your latest backup into the program folder, then open PeerDesk again.',
  },
  'database-missing': {
    title: 'The program’s database is missing',
    cause: 'The key file is there, but the program’s database (peerdesk.db) is not in the program folder.',
    restore: 'Restore peerdesk.db from your latest backup into the program folder, then open PeerDesk again.',
  },
};

export function ProblemPage({ state }: { state: ProblemState }) {
  const problem = problems[state];
  return (
    <FullPageMessage title={problem.title}>
      <p>{problem.cause}</p>
      <p>
        <strong>Nothing was changed or deleted.</strong> PeerDesk has left the program folder exactly as it found it.
      </p>
      <h2>What to do</h2>
      <p>{problem.restore}</p>
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
