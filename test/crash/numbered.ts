// One numbered transaction of the crash suite, shared by the child that is killed and the torn-WAL
// test. No test-runner imports: the child runs outside Vitest.
import { createParticipant } from '../../electron/backend/people/participants';
import { write } from '../../electron/backend/services/people-handlers';
import type { ProgramSession } from '../../electron/backend/services/program-session';
import { participantFieldsSchema } from '../../shared/api/participants';

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
