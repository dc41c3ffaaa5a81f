// Demo supervision: a second supervisor beside the leader, and for every peer supporter who has
// been active, notes at roughly the program's cadence over the last year (some group sessions,
// an occasional debrief after a crisis), with well-being checks that dip now and then, case
// reviews of participants, and action items (most done, a few overdue). A few active peers have
// gone too long without supervision.
import type { EntityManager } from 'typeorm';
import {
  supervisionNoteFieldsSchema,
  supervisionTopics,
  type SupervisionFormat,
  type SupervisionTopic,
} from '../../../shared/api/supervision';
import { completeAction, createNote } from '../supervision/supervision-notes';
import { addSupervisor } from '../supervision/supervisors';
import { addDays, daysBetween } from './dates';
import type { DemoContext } from './participants';

const summaries = [
  'Talked through how the last few calls went and what felt hard to hear.',
  'Went over keeping to the agreed call times, and saying no kindly.',
  'Reviewed referrals made this month and when to bring in the clinical team.',
  'Checked in on sleep and energy; agreed to take a lighter load for two weeks.',
  'Went over the documentation: short notes, facts only, no opinions.',
  'Debriefed a difficult conversation; the peer handled it well and felt heard.',
];
const actions = [
  'Send the self-care plan template',
  'Book a place on the boundaries refresher',
  'Call the clinic liaison about the referral',
  'Read the updated privacy guidance',
  'Set up a check-in call next week',
  'Update the availability notes',
];

interface DemoPeer {
  id: number;
  name: string;
  activeFrom: string;
  activeUntil: string;
}

async function peersWhoWereActive(manager: EntityManager, today: string): Promise<DemoPeer[]> {
  const rows = await manager.query<Record<string, unknown>[]>(
    `SELECT p.id, p.first_name, p.last_name, p.status, p.status_since,
       (SELECT min(c.on_date) FROM peer_status_change c WHERE c.peer_supporter_id = p.id AND c.to_status = 'active') AS active_from
     FROM peer_supporter p WHERE p.archived_at IS NULL ORDER BY p.id`,
  );
  return rows.flatMap((row) => {
    const activeFrom = row.active_from as string | null;
    if (activeFrom === null) return [];
    const status = row.status as string;
    const activeUntil = status === 'active' ? today : (row.status_since as string);
    return [
      { id: row.id as number, name: `${row.first_name as string} ${row.last_name as string}`, activeFrom, activeUntil },
    ];
  });
}

/** Writes the demo's supervision; returns how many notes were written. */
export async function generateSupervision(manager: EntityManager, context: DemoContext): Promise<number> {
  const { faker, today, now } = context;
  const [leader] = await manager.query<{ id: number }[]>(`SELECT id FROM supervisor WHERE is_leader = 1`);
  const clinical = await addSupervisor(manager, {
    name: 'Dr. Maya Chen',
    role: 'Clinical supervisor',
    credentials: 'LCSW',
  });
  const supervisorIds = [leader?.id ?? clinical, clinical];
  const peers = await peersWhoWereActive(manager, today);
  const participantIds = (
    await manager.query<{ id: number }[]>(`SELECT id FROM participant WHERE archived_at IS NULL ORDER BY id`)
  ).map((row) => row.id);
  const yearAgo = addDays(today, -365);
  let notes = 0;
  let longActive = 0;
  for (const peer of peers) {
    // One long-active peer in twelve has been left too long: the dashboard should show them.
    const eligible = peer.activeUntil === today && daysBetween(peer.activeFrom, today) > 100;
    if (eligible) longActive += 1;
    const neglected = eligible && longActive % 12 === 1;
    const end = neglected ? addDays(today, -faker.number.int({ min: 45, max: 80 })) : peer.activeUntil;
    let on = addDays(peer.activeFrom > yearAgo ? peer.activeFrom : yearAgo, faker.number.int({ min: 3, max: 20 }));
    let wellbeing = faker.number.int({ min: 3, max: 5 });
    while (on <= end) {
      const format = faker.helpers.weightedArrayElement<SupervisionFormat>([
        { weight: 12, value: 'individual' },
        { weight: 4, value: 'group' },
        { weight: 2, value: 'ad-hoc' },
        { weight: 1, value: 'crisis-debrief' },
      ]);
      const others =
        format === 'group'
          ? faker.helpers
              .arrayElements(peers, { min: 1, max: 4 })
              .filter((other) => other.id !== peer.id && other.activeFrom <= on && other.activeUntil >= on)
          : [];
      // Well-being drifts, dips now and then, and recovers with support.
      const step = wellbeing <= 2 ? [0, 1, 1] : wellbeing >= 5 ? [-1, 0, 0, 0] : [-1, 0, 0, 0, 1];
      wellbeing = Math.min(5, Math.max(1, wellbeing + faker.helpers.arrayElement(step)));
      const topics = faker.helpers.arrayElements<SupervisionTopic>([...supervisionTopics], { min: 1, max: 3 });
      const caseReviews =
        topics.includes('case-review') && participantIds.length > 0
          ? faker.helpers.arrayElements(participantIds, { min: 1, max: 2 })
          : [];
      const items = faker.helpers.maybe(
        () =>
          faker.helpers.arrayElements(actions, { min: 1, max: 2 }).map((description) => ({
            description,
            owner: faker.helpers.arrayElement([peer.name, 'Demo leader']),
            dueOn: addDays(on, faker.number.int({ min: 5, max: 21 })),
          })),
        { probability: 0.4 },
      );
      const next = addDays(on, faker.number.int({ min: 21, max: 35 }));
      const fields = supervisionNoteFieldsSchema.parse({
        heldOn: on,
        durationMinutes: faker.helpers.arrayElement([30, 45, 60, 60, 90]),
        supervisorId: faker.helpers.arrayElement(supervisorIds),
        format,
        peerSupporterIds: [peer.id, ...others.map((other) => other.id)],
        topics,
        // Well-being is checked one to one, never in a group.
        wellbeing: others.length === 0 && faker.datatype.boolean({ probability: 0.9 }) ? wellbeing : null,
        wellbeingConcern: others.length === 0 && wellbeing <= 2,
        summary: faker.helpers.arrayElement(summaries),
        caseReviewParticipantIds: caseReviews,
        actionItems: items ?? [],
        nextSupervisionOn: next <= addDays(today, 40) ? next : null,
      });
      const noteId = await createNote(manager, fields, now);
      notes += 1;
      // Most action items get done; those due in the last weeks are still open, some overdue.
      const saved = await manager.query<{ id: number; due_on: string }[]>(
        `SELECT id, due_on FROM supervision_action WHERE note_id = ?`,
        [noteId],
      );
      for (const action of saved) {
        if (daysBetween(action.due_on, today) > 10 || faker.datatype.boolean({ probability: 0.3 })) {
          const doneOn = addDays(action.due_on, -faker.number.int({ min: 0, max: 4 }));
          await completeAction(manager, { id: action.id, completedOn: doneOn < today ? doneOn : today });
        }
      }
      on = next;
    }
  }
  return notes;
}
