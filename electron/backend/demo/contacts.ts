// Demo contacts: for every match that started, the peer's calls, visits and messages from its
// start to its end (or yesterday), with attempts that did not reach the person, the key
// functions served, fidelity items now and then, referrals to the resource directory, a few
// concerns raised (most resolved), and rare private notes. A handful of active matches have gone
// quiet for two to six weeks, and one never got going, so that Home has cadence alerts and a
// contact reminder to show. Then the follow-ups each started match was given, mostly answered.
import type { EntityManager } from 'typeorm';
import { fidelityItems, keyFunctions, type ContactInitiator, type KeyFunction } from '../../../shared/api/contacts';
import type { Modality } from '../../../shared/api/fields';
import { addDays, daysBetween, recordedOn } from './dates';
import { insertRows } from './insert-rows';
import type { DemoMatch } from './matches';
import type { DemoContext } from './participants';

const concerns: Array<[string, string]> = [
  [
    'Talked about not wanting to go on; we went through the safety plan and I called my supervisor.',
    'Supervisor called the participant the same day and linked them to the crisis line.',
  ],
  [
    'Sounds more and more low, not sleeping; suggested calling the clinic.',
    'Raised in supervision; counselling booked.',
  ],
  ['Has an eviction notice and nowhere to go.', 'The housing help desk took it on.'],
  ['Mentioned not feeling safe at home.', 'Supervisor followed up with the clinical team; participant is safe.'],
  [
    'Asked me about changing their medication; out of my depth.',
    'Supervisor reminded the participant to ask the nurse.',
  ],
];
const privateNotes = [
  'Prefers calls after the children are in bed.',
  'Anniversary of the diagnosis next week; check in.',
  'Her sister is the one to call in an emergency, not her husband.',
  'Does not want the family to know about the group.',
];
const referralNotes = ['Gave the number and offered to go along.', 'Will call them together next week.', null, null];
const fitNotes = ['Both happy with weekly calls.', 'A bit shy; check again next month.', 'Get on well.', null, null];

const durations: Record<Modality, [number, number]> = {
  phone: [10, 60],
  'in-person': [30, 120],
  video: [20, 60],
  text: [5, 20],
  group: [60, 120],
  'home-visit': [45, 120],
};

/** What Home should show for the active matches: chosen once, in match order. */
function quietMatches(context: DemoContext, matches: DemoMatch[]) {
  const { faker, today } = context;
  const eligible = matches.filter(
    (match) => match.status === 'active' && daysBetween(match.startedOn as string, today) >= 45,
  );
  const quiet = new Set(eligible.filter(() => faker.datatype.boolean({ probability: 0.05 })).map((m) => m.id));
  for (const match of eligible.slice(0, Math.max(0, 2 - quiet.size))) quiet.add(match.id);
  const unstarted = matches.find((match) => {
    const days = match.status === 'active' ? daysBetween(match.startedOn as string, today) : 0;
    return days >= 22 && days <= 40 && !quiet.has(match.id);
  });
  return { quiet, unstartedId: unstarted?.id ?? null };
}

export interface DemoContacts {
  contacts: number;
  attempts: number;
  referrals: number;
  followUps: number;
}

/** Writes the contacts with their referrals, then the matches' follow-ups. */
export async function generateContacts(
  manager: EntityManager,
  context: DemoContext,
  matches: DemoMatch[],
  resourceIds: number[],
): Promise<DemoContacts> {
  const { faker, today, now } = context;
  const yesterday = addDays(today, -1);
  const { quiet, unstartedId } = quietMatches(context, matches);
  const firstContact = new Map<number, string>();
  let contacts: Array<Record<string, unknown>> = [];
  let referrals: Array<Record<string, unknown>> = [];
  const totals = { contacts: 0, attempts: 0, referrals: 0, followUps: 0 };
  const openConcerns: number[] = [];
  const flush = async () => {
    await insertRows(manager, 'contact', contacts);
    await insertRows(manager, 'contact_referral', referrals);
    contacts = [];
    referrals = [];
  };

  const write = (match: DemoMatch | null, participantId: number, day: string, attempt: boolean) => {
    const id = totals.contacts + totals.attempts + 1;
    const minute = faker.number.int({ min: 8 * 12, max: 20 * 12 }) * 5;
    const occurredAt = `${day}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    const stamp = recordedOn(day, minute + faker.number.int({ min: 5, max: 240 }), now).toISOString();
    const row: Record<string, unknown> = {
      id,
      match_id: match?.id ?? null,
      participant_id: participantId,
      peer_supporter_id: match?.peerSupporterId ?? null,
      occurred_at: occurredAt,
      is_attempt: attempt ? 1 : 0,
      duration_minutes: null,
      modality: 'phone',
      initiated_by: match ? 'peer-supporter' : 'staff',
      functions: '[]',
      fidelity_items: '[]',
      concern_raised: 0,
      concern: null,
      concern_resolved_on: null,
      concern_resolution: null,
      private_notes: null,
      next_contact_on: null,
      created_at: stamp,
      updated_at: stamp,
    };
    contacts.push(row);
    if (attempt) {
      totals.attempts += 1;
      row.modality = faker.helpers.weightedArrayElement<Modality>([
        { weight: 7, value: 'phone' },
        { weight: 3, value: 'text' },
      ]);
      return;
    }
    totals.contacts += 1;
    if (match && !firstContact.has(match.id)) firstContact.set(match.id, day);
    const modality = !match
      ? 'phone'
      : faker.helpers.weightedArrayElement<Modality>([
          { weight: 40, value: 'phone' },
          { weight: 25, value: 'in-person' },
          { weight: 15, value: 'text' },
          { weight: 12, value: 'video' },
          { weight: 8, value: 'home-visit' },
        ]);
    const [shortest, longest] = durations[modality];
    const functions = new Set<KeyFunction>(faker.helpers.arrayElements([...keyFunctions], { min: 1, max: 3 }));
    const referred = match !== null && faker.datatype.boolean({ probability: 0.05 });
    if (referred) {
      functions.add('linkage');
      for (const resourceId of faker.helpers.arrayElements(resourceIds, faker.helpers.arrayElement([1, 1, 1, 2]))) {
        referrals.push({ contact_id: id, resource_id: resourceId, note: faker.helpers.arrayElement(referralNotes) });
        totals.referrals += 1;
      }
    }
    Object.assign(row, {
      modality,
      duration_minutes: faker.number.int({ min: shortest / 5, max: longest / 5 }) * 5,
      initiated_by: !match
        ? 'staff'
        : faker.helpers.weightedArrayElement<ContactInitiator>([
            { weight: 65, value: 'peer-supporter' },
            { weight: 30, value: 'participant' },
            { weight: 5, value: 'staff' },
          ]),
      functions: JSON.stringify(keyFunctions.filter((key) => functions.has(key))),
      fidelity_items: faker.datatype.boolean({ probability: 0.3 })
        ? JSON.stringify(faker.helpers.arrayElements([...fidelityItems], { min: 1, max: 4 }))
        : '[]',
      private_notes: faker.datatype.boolean({ probability: 0.02 }) ? faker.helpers.arrayElement(privateNotes) : null,
      next_contact_on: faker.datatype.boolean({ probability: 0.5 })
        ? addDays(day, faker.number.int({ min: 3, max: 21 }))
        : null,
    });
    if (match && faker.datatype.boolean({ probability: 0.008 })) {
      const [concern, resolution] = faker.helpers.arrayElement(concerns);
      // Older concerns were all dealt with; some of the last month's are still open.
      const open = daysBetween(day, today) <= 30 && faker.datatype.boolean({ probability: 0.5 });
      const resolvedOn = addDays(day, faker.number.int({ min: 0, max: 10 }));
      Object.assign(row, {
        concern_raised: 1,
        concern,
        concern_resolved_on: open ? null : resolvedOn < today ? resolvedOn : today,
        concern_resolution: open ? null : resolution,
      });
      if (open) openConcerns.push(id);
    }
  };

  for (const match of matches) {
    if (match.startedOn === null) continue;
    const start = match.startedOn;
    let stop = match.endedOn !== null && match.endedOn < yesterday ? match.endedOn : yesterday;
    if (quiet.has(match.id)) stop = addDays(today, -faker.number.int({ min: 15, max: 40 }));
    // Each pair finds its own rhythm: weekly, every other week, or monthly.
    const gap = faker.helpers.weightedArrayElement([
      { weight: 20, value: [5, 12] },
      { weight: 45, value: [10, 24] },
      { weight: 35, value: [20, 45] },
    ]);
    let day = addDays(start, faker.number.int({ min: 0, max: 4 }));
    let last: string | null = null;
    while (day <= stop) {
      const attempt = match.id === unstartedId || faker.datatype.boolean({ probability: 0.15 });
      write(match, match.participantId, day, attempt);
      if (!attempt) last = day;
      const retry = attempt && match.id !== unstartedId;
      day = addDays(day, faker.number.int(retry ? { min: 1, max: 3 } : { min: gap[0], max: gap[1] }));
    }
    // The quiet ones were last in touch on the day they went quiet.
    if (quiet.has(match.id) && last !== stop) write(match, match.participantId, stop, false);
    // Active matches not chosen to go quiet have been in touch within the cadence.
    const recent = addDays(today, -faker.number.int({ min: 1, max: 10 }));
    if (match.status === 'active' && !quiet.has(match.id) && match.id !== unstartedId) {
      if ((last ?? start) < addDays(today, -13) && recent >= start) write(match, match.participantId, recent, false);
    }
    if (contacts.length >= 20_000) await flush();
  }
  // Staff call people on the waiting list to see how they are.
  const waiting = await manager.query<Array<{ id: number; status_since: string }>>(
    `SELECT id, status_since FROM participant WHERE status = 'waiting' AND archived_at IS NULL ORDER BY id`,
  );
  for (const participant of waiting) {
    const day = addDays(participant.status_since, faker.number.int({ min: 2, max: 20 }));
    if (day <= yesterday && faker.datatype.boolean({ probability: 0.3 })) write(null, participant.id, day, false);
  }
  // Home always has a concern to show: the latest one stays open if none does.
  const latestConcern = contacts.findLast((row) => row.concern_raised === 1);
  if (openConcerns.length === 0 && latestConcern) {
    Object.assign(latestConcern, { concern_resolved_on: null, concern_resolution: null });
  }
  await flush();
  totals.followUps = await generateFollowUps(manager, context, matches, firstContact, unstartedId);
  return totals;
}

/** The fit check (day 7 to 14) and contact reminder (day 21) of every started match. */
async function generateFollowUps(
  manager: EntityManager,
  context: DemoContext,
  matches: DemoMatch[],
  firstContact: Map<number, string>,
  unstartedId: number | null,
): Promise<number> {
  const { faker, today } = context;
  const rows: Array<Record<string, unknown>> = [];
  const started = matches.filter((match) => match.startedOn !== null);
  // Home shows the fit checks of the last two weeks' matches, at least one.
  const due = started.filter((m) => m.status === 'active' && addDays(m.startedOn as string, 7) <= today);
  const openFitChecks = new Set(
    due
      .filter((m) => daysBetween(addDays(m.startedOn as string, 7), today) <= 14)
      .filter(() => faker.datatype.boolean({ probability: 0.5 }))
      .map((m) => m.id),
  );
  const latest = due.at(-1);
  if (openFitChecks.size === 0 && latest) openFitChecks.add(latest.id);
  for (const match of started) {
    const start = match.startedOn as string;
    const last = match.endedOn ?? today;
    const dueFrom = addDays(start, 7);
    const dueOn = addDays(start, 14);
    const fitCheck: Record<string, unknown> = {
      match_id: match.id,
      kind: 'fit-check',
      due_from: dueFrom,
      due_on: dueOn,
      completed_on: null,
      first_contact_happened: null,
      fit_answer: null,
      note: null,
    };
    const first = firstContact.get(match.id);
    if (match.endReason === 'not-a-fit' && last <= dueOn) {
      Object.assign(fitCheck, { completed_on: last, first_contact_happened: first ? 1 : 0, fit_answer: 'not-a-fit' });
    } else if (dueFrom <= last && !openFitChecks.has(match.id)) {
      const latestDay = [dueOn, last, today].sort()[0];
      const on = addDays(dueFrom, faker.number.int({ min: 0, max: daysBetween(dueFrom, latestDay) }));
      const reached = first !== undefined && first <= on;
      const answer =
        match.endReason === 'not-a-fit'
          ? 'unsure'
          : faker.helpers.weightedArrayElement([
              { weight: 85, value: 'good-fit' },
              { weight: 15, value: 'unsure' },
            ]);
      // The app asks both questions: before a first contact, the participant cannot say yet.
      Object.assign(fitCheck, {
        completed_on: on,
        first_contact_happened: reached ? 1 : 0,
        fit_answer: reached ? answer : 'unsure',
        note: reached ? faker.helpers.arrayElement(fitNotes) : 'No first contact yet; the peer will try again.',
      });
    }
    const reminderOn = addDays(start, 21);
    const reminder: Record<string, unknown> = {
      match_id: match.id,
      kind: 'contact-reminder',
      due_from: reminderOn,
      due_on: reminderOn,
      completed_on: null,
      first_contact_happened: null,
      fit_answer: null,
      note: null,
    };
    // A contact logged by then settles the reminder (the app shows it so, nothing to answer); the
    // leader called the peer on the day for the others, except the match that never got going.
    const settled = first !== undefined && first <= reminderOn;
    if (reminderOn <= last && !settled && match.id !== unstartedId) {
      Object.assign(reminder, { completed_on: reminderOn, note: 'Called the peer: the first call is booked.' });
    }
    rows.push(fitCheck, reminder);
  }
  await insertRows(manager, 'match_follow_up', rows);
  return rows.length;
}
