// Demo "do not match" pairs: a few participants and peer supporters who know each other, share a
// household or asked not to be matched, never a pair that was matched.
import type { EntityManager } from 'typeorm';
import type { DoNotMatchReason } from '../../../shared/api/matching';
import { addDays, daysBetween } from './dates';
import { insertRows } from './insert-rows';
import type { DemoContext } from './participants';

const notes: Record<DoNotMatchReason, string[]> = {
  'known-to-each-other': ['Neighbours.', 'Worked together for years.', 'Their children are in the same class.'],
  'same-household': ['Live at the same address.'],
  other: ['Asked not to be matched with this peer again.', 'Previous conflict at the clinic.'],
};

/** Writes the pairs, about one per hundred participants; returns how many. */
export async function generateDoNotMatch(
  manager: EntityManager,
  context: DemoContext,
  matched: Array<{ participantId: number; peerSupporterId: number }>,
  peerIds: number[],
): Promise<number> {
  const { faker, today } = context;
  const participants = await manager.query<Array<{ id: number; referral_date: string }>>(
    `SELECT id, referral_date FROM participant WHERE archived_at IS NULL ORDER BY id`,
  );
  const taken = new Set(matched.map((match) => `${match.participantId}:${match.peerSupporterId}`));
  const pairs = new Map<string, Record<string, unknown>>();
  const count = Math.max(4, Math.round(participants.length / 100));
  for (let attempt = 0; attempt < count * 3 && pairs.size < count; attempt += 1) {
    const participant = faker.helpers.arrayElement(participants);
    const peerId = faker.helpers.arrayElement(peerIds);
    const key = `${participant.id}:${peerId}`;
    if (taken.has(key) || pairs.has(key)) continue;
    const reason = faker.helpers.weightedArrayElement<DoNotMatchReason>([
      { weight: 6, value: 'known-to-each-other' },
      { weight: 1, value: 'same-household' },
      { weight: 2, value: 'other' },
    ]);
    const after = Math.max(0, daysBetween(participant.referral_date, today));
    pairs.set(key, {
      participant_id: participant.id,
      peer_supporter_id: peerId,
      reason,
      // The app asks why for "another reason"; the others often go without a note.
      note:
        reason === 'other' || faker.datatype.boolean({ probability: 0.7 })
          ? faker.helpers.arrayElement(notes[reason])
          : null,
      recorded_on: addDays(participant.referral_date, faker.number.int({ min: 0, max: Math.min(after, 30) })),
    });
  }
  await insertRows(manager, 'do_not_match', [...pairs.values()]);
  return pairs.size;
}
