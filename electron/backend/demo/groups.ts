// Demo group sessions: a few recurring groups (weekly, fortnightly, monthly) over the program's
// history, each facilitated by one or two peers active that day, attended by participants being
// supported then (named) and a few who came without giving a name.
import type { EntityManager } from 'typeorm';
import type { Modality } from '../../../shared/api/fields';
import { addDays, recordedOn } from './dates';
import { insertRows } from './insert-rows';
import { loadPeers } from './matches';
import type { DemoContext } from './participants';

interface Series {
  title: string;
  everyDays: number;
  modality: Modality;
  minutes: number;
  topics: string[];
}

const series: Series[] = [
  {
    title: 'Newly diagnosed circle',
    everyDays: 7,
    modality: 'in-person',
    minutes: 90,
    topics: ['Talking to family', 'What to ask the doctor', 'Sleep', 'Fear of recurrence', 'Work and money'],
  },
  {
    title: 'Caregivers’ evening',
    everyDays: 14,
    modality: 'video',
    minutes: 60,
    topics: ['Caregiving', 'Asking for help', 'Respite', 'Looking after yourself', 'Grief'],
  },
  {
    title: 'Walk and talk',
    everyDays: 28,
    modality: 'in-person',
    minutes: 60,
    topics: ['Getting out of the house', 'Isolation', 'Small goals'],
  },
];

/** Writes the group sessions; returns how many. */
export async function generateGroups(manager: EntityManager, context: DemoContext): Promise<number> {
  const { faker, today, now, historyDays } = context;
  const peers = await loadPeers(manager);
  // When each participant was being supported (waiting or matched): from referral to closure.
  const changes = await manager.query<Array<{ participant_id: number; to_status: string; on_date: string }>>(
    `SELECT participant_id, to_status, on_date FROM participant_status_change ORDER BY participant_id, id`,
  );
  const supported: Array<{ id: number; from: string; until: string }> = [];
  changes.forEach((change, index) => {
    if (change.to_status !== 'waiting') return;
    let until = today;
    for (let next = index + 1; changes[next]?.participant_id === change.participant_id; next += 1) {
      if (changes[next].to_status !== 'closed') continue;
      until = changes[next].on_date;
      break;
    }
    supported.push({ id: change.participant_id, from: change.on_date, until });
  });
  const sessions: Array<Record<string, unknown>> = [];
  const facilitators: Array<Record<string, unknown>> = [];
  const attendance: Array<Record<string, unknown>> = [];
  for (const group of series) {
    let day = addDays(today, -historyDays + faker.number.int({ min: 30, max: 200 }));
    while (day < today) {
      const held = day;
      day = addDays(day, group.everyDays);
      // Holidays and cancelled evenings.
      if (faker.datatype.boolean({ probability: 0.08 })) continue;
      const active = peers.filter((peer) => peer.spans.some((span) => span.from <= held && held < span.until));
      if (active.length === 0) continue;
      const id = sessions.length + 1;
      const stamp = recordedOn(held, 18 * 60, now).toISOString();
      sessions.push({
        id,
        title: group.title,
        held_on: held,
        duration_minutes: group.minutes,
        modality: group.modality,
        topics: JSON.stringify(faker.helpers.arrayElements(group.topics, { min: 1, max: 2 })),
        anonymous_attendees: faker.number.int({ min: 0, max: 4 }),
        notes: faker.datatype.boolean({ probability: 0.1 }) ? 'Good turnout; two new faces.' : null,
        created_at: stamp,
        updated_at: stamp,
      });
      for (const peer of faker.helpers.arrayElements(active, { min: 1, max: 2 })) {
        facilitators.push({ session_id: id, peer_supporter_id: peer.id });
      }
      const named = new Set<number>();
      const wanted = faker.number.int({ min: 2, max: 10 });
      for (let attempt = 0; attempt < wanted * 20 && named.size < wanted && supported.length > 0; attempt += 1) {
        const person = faker.helpers.arrayElement(supported);
        if (person.from <= held && held <= person.until) named.add(person.id);
      }
      for (const participantId of named) attendance.push({ session_id: id, participant_id: participantId });
    }
  }
  await insertRows(manager, 'group_session', sessions);
  await insertRows(manager, 'group_facilitator', facilitators);
  await insertRows(manager, 'group_attendance', attendance);
  return sessions.length;
}
