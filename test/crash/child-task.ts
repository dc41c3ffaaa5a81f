// What the crash suite's child is told, and the numbered transaction it commits: shared by the child
// that is killed and the tests. No test-runner imports here: the child runs outside Vitest.
import { createParticipant } from '../../electron/backend/people/participants';
import { write } from '../../electron/backend/services/people-handlers';
import type { ProgramSession } from '../../electron/backend/services/program-session';
import { participantFieldsSchema } from '../../shared/api/participants';

export type CrashMode = 'commits' | 'backup' | 'passphrase' | 'migration';

/** What the child is told to do (its argv[2], as JSON). */
export interface ChildTask {
  mode: CrashMode;
  dir: string;
  /** The passphrase that opens the program now. */
  passphrase: string;
  /** The passphrase mode: the number of the passphrase that opens it now (see crashPassphrase). */
  passphraseNumber?: number;
  /** The child's clock starts here and moves a second per reading. */
  clockStart: number;
  backupFolder?: string;
  /** The child's temporary folder (a killed backup leaves its snapshot there). */
  tmpDir?: string;
}

/** The passphrase mode moves from passphrase n to n + 1; every program starts with number 0. */
export const crashPassphrase = (n: number) => `crash suite passphrase ${n}`;
export const PASSPHRASE = crashPassphrase(0);

/**
 * Transaction `number`, as the app writes a participant (record and audit entry in one transaction),
 * with the counter moved in the same transaction.
 */
export async function commitNumbered(session: ProgramSession, number: number): Promise<void> {
  await write(session, 'participant.create', async (manager, now) => {
    const fields = participantFieldsSchema.parse({
      firstName: 'Crash',
      lastName: String(number),
      referralDate: '2026-01-05',
      preferences: {},
    });
    const id = await createParticipant(manager, fields, now);
    await manager.query('UPDATE crash_counter SET n = ? WHERE id = 1', [number]);
    return { id, value: null };
  });
}
