// The program the backup and restore tests back up: one participant and one peer supporter.
import { routedProgram } from '../helpers/routed-program';

export async function programWithRecords() {
  const test = await routedProgram();
  await test.call('participants.create', {
    firstName: 'Zoë',
    lastName: "O'Brien",
    referralDate: '2026-01-15',
    preferences: {},
  });
  await test.call('peerSupporters.create', { firstName: 'Ana', lastName: 'Silva', capacity: 2 });
  return test;
}
