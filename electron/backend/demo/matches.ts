// Demo matches: each time a participant's history says they were matched, a peer supporter who
// was active then and had a place free, taken in date order so that no peer is ever over
// capacity. Some matches end as not a fit and are replaced by a linked re-match, some end when
// the peer goes on leave or stops; the rest end with the participant's closure. When no peer had
// a place, the participant waited longer (their history is moved to match). A few waiting
// participants have a match proposed, and a few pairs are recorded as not to be matched.
import type { EntityManager } from 'typeorm';
import type { DoNotMatchReason, MatchEndReason } from '../../../shared/api/matching';
import { changeParticipantStatus } from '../people/participants';
import { addDays, daysBetween, recordedOn } from './dates';
import { insertRows } from './insert-rows';
import type { DemoContext } from './participants';

/** A match as the contacts and follow-ups need it. */
export interface DemoMatch {
  id: number;
  participantId: number;
  peerSupporterId: number;
  status: 'proposed' | 'active' | 'ended';
  startedOn: string | null;
  endedOn: string | null;
  endReason: MatchEndReason | null;
}

interface Episode {
  participantId: number;
  matchedChangeId: number;
  waitingOn: string;
  start: string;
  /** The day the participant's support closed, or null while it goes on. */
  end: string | null;
  closure: string | null;
  nextChangeId: number | null;
  placedOn: string | null;
  unplacedFrom: string | null;
}

interface Request {
  episode: Episode;
  /** The day a peer was first looked for, and the day one is looked for now (a week later each time). */
  since: string;
  on: string;
  previousMatchId: number | null;
  avoidPeerId: number | null;
}

interface Peer {
  id: number;
  capacity: number;
  spans: Array<{ from: string; until: string }>;
  /** End days (FOREVER while active) of the matches taken so far that may still be running. */
  openEnds: string[];
}

const FOREVER = '9999-12-31';

const closureReasons: Record<string, [MatchEndReason, string | null]> = {
  'Goals met': ['goals-met', null],
  'No longer wants support': ['participant-withdrew', null],
  'Could not be reached': ['lost-contact', null],
  'Moved away': ['other', 'Moved out of the area.'],
  Died: ['other', 'The participant died.'],
};
const notAFitNotes = [
  'Different ideas about how often to talk.',
  'The participant felt their experiences were too different.',
  'Could not find times that suited both.',
  null,
];
const choiceReasons = [
  'Met at a group session and asked to be matched.',
  'Lives close by; the participant has no car.',
  'The participant knew them from the clinic and asked for them.',
  'The suggested peers were about to go on leave.',
];
const doNotMatchNotes: Record<DoNotMatchReason, string[]> = {
  'known-to-each-other': ['Neighbours.', 'Worked together for years.', 'Their children are in the same class.'],
  'same-household': ['Live at the same address.'],
  other: ['Asked not to be matched with this peer again.', 'Previous conflict at the clinic.'],
};

async function loadEpisodes(manager: EntityManager, context: DemoContext): Promise<Episode[]> {
  const closures = new Map(context.vocabulary.terms('closure-reason').map((term) => [term.id, term.label]));
  const rows = await manager.query<
    Array<{ id: number; participant_id: number; to_status: string; on_date: string; reason_id: number | null }>
  >(
    `SELECT id, participant_id, to_status, on_date, reason_id FROM participant_status_change
     ORDER BY participant_id, id`,
  );
  const episodes: Episode[] = [];
  rows.forEach((row, index) => {
    if (row.to_status !== 'matched') return;
    const before = rows[index - 1];
    const after = rows[index + 1]?.participant_id === row.participant_id ? rows[index + 1] : undefined;
    episodes.push({
      participantId: row.participant_id,
      matchedChangeId: row.id,
      waitingOn: before.on_date,
      start: row.on_date,
      end: after?.on_date ?? null,
      closure: after?.reason_id ? (closures.get(after.reason_id) ?? null) : null,
      nextChangeId: after?.id ?? null,
      placedOn: null,
      unplacedFrom: null,
    });
  });
  return episodes;
}

/** The peers who have been active, with the spans of days they were. */
export async function loadPeers(manager: EntityManager): Promise<Peer[]> {
  const peers = new Map<number, Peer>();
  for (const row of await manager.query<Array<{ id: number; capacity: number }>>(
    `SELECT id, capacity FROM peer_supporter ORDER BY id`,
  )) {
    peers.set(row.id, { id: row.id, capacity: row.capacity, spans: [], openEnds: [] });
  }
  const changes = await manager.query<Array<{ peer: number; to_status: string; on_date: string }>>(
    `SELECT peer_supporter_id AS peer, to_status, on_date FROM peer_status_change ORDER BY peer_supporter_id, id`,
  );
  changes.forEach((change, index) => {
    if (change.to_status !== 'active') return;
    const next = changes[index + 1]?.peer === change.peer ? changes[index + 1] : undefined;
    peers.get(change.peer)?.spans.push({ from: change.on_date, until: next?.on_date ?? FOREVER });
  });
  return [...peers.values()].filter((peer) => peer.spans.length > 0 && peer.capacity > 0);
}

/** The active span of a peer on a day when they have a place free, if any. */
function placeOn(peer: Peer, day: string, excluded: number | null) {
  if (peer.id === excluded) return null;
  const span = peer.spans.find((s) => s.from <= day && day < s.until);
  if (!span) return null;
  // Requests come in date order, so matches ended by now never count again.
  peer.openEnds = peer.openEnds.filter((end) => end > day);
  return peer.openEnds.length < peer.capacity ? span : null;
}

export interface DemoMatches {
  matches: DemoMatch[];
  doNotMatch: number;
}

/** Writes the matches and the "do not match" pairs; call after the people's histories are written. */
export async function generateMatches(manager: EntityManager, context: DemoContext): Promise<DemoMatches> {
  const { faker, today, now } = context;
  const episodes = await loadEpisodes(manager, context);
  const peers = await loadPeers(manager);
  const findPeer = (day: string, excluded: number | null) => {
    for (let attempt = 0; attempt < 40; attempt += 1) {
      const peer = faker.helpers.arrayElement(peers);
      const span = placeOn(peer, day, excluded);
      if (span) return { peer, span };
    }
    const offset = faker.number.int(peers.length - 1);
    for (let index = 0; index < peers.length; index += 1) {
      const peer = peers[(offset + index) % peers.length];
      const span = placeOn(peer, day, excluded);
      if (span) return { peer, span };
    }
    return null;
  };

  // A queue in date order: the episodes' starts, and the re-matches they lead to.
  const queue: Request[] = episodes
    .map((episode) => ({ episode, since: episode.start, on: episode.start, previousMatchId: null, avoidPeerId: null }))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const enqueue = (request: Request) => {
    let low = 0;
    let high = queue.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (queue[middle].on <= request.on) low = middle + 1;
      else high = middle;
    }
    queue.splice(low, 0, request);
  };

  const rows: Array<Record<string, unknown>> = [];
  const matches: DemoMatch[] = [];
  const at = (day: string) => recordedOn(day, faker.number.int({ min: 8 * 60, max: 17 * 60 }), now).toISOString();
  const write = (
    match: DemoMatch,
    fields: { proposedOn: string; previousMatchId: number | null; note: string | null },
  ) => {
    const offSuggested = faker.datatype.boolean({ probability: 0.06 });
    const rank = offSuggested
      ? faker.number.int({ min: 6, max: 14 })
      : faker.helpers.weightedArrayElement([50, 20, 12, 6, 4].map((weight, index) => ({ weight, value: index + 1 })));
    matches.push(match);
    rows.push({
      id: match.id,
      participant_id: match.participantId,
      peer_supporter_id: match.peerSupporterId,
      status: match.status,
      proposed_on: fields.proposedOn,
      started_on: match.startedOn,
      ended_on: match.endedOn,
      end_reason: match.endReason,
      end_note: fields.note,
      chosen_rank: rank,
      choice_reason: offSuggested ? faker.helpers.arrayElement(choiceReasons) : null,
      previous_match_id: fields.previousMatchId,
      created_at: at(fields.proposedOn),
      updated_at: at(match.endedOn ?? match.startedOn ?? fields.proposedOn),
    });
  };

  while (queue.length > 0) {
    const request = queue.shift() as Request;
    const { episode, on } = request;
    const until = episode.end ?? addDays(today, 1);
    const found = findPeer(on, request.avoidPeerId);
    if (!found) {
      // No place free that day: the participant waits another week, or goes without.
      const later = addDays(on, 7);
      if (later < until) enqueue({ ...request, on: later });
      else if (episode.placedOn !== null) episode.unplacedFrom = request.since;
      continue;
    }
    if (episode.placedOn === null) episode.placedOn = on;
    const { peer, span } = found;
    const match: DemoMatch = {
      id: rows.length + 1,
      participantId: episode.participantId,
      peerSupporterId: peer.id,
      status: 'active',
      startedOn: on,
      endedOn: null,
      endReason: null,
    };
    let note: string | null = null;
    const notAFitOn = addDays(on, faker.number.int({ min: 8, max: 30 }));
    const isNotAFit = faker.datatype.boolean({ probability: 0.1 }) && notAFitOn < until && notAFitOn <= today;
    if (isNotAFit) {
      Object.assign(match, { status: 'ended', endedOn: notAFitOn, endReason: 'not-a-fit' });
      note = faker.helpers.arrayElement(notAFitNotes);
      enqueue({ episode, since: notAFitOn, on: notAFitOn, previousMatchId: match.id, avoidPeerId: peer.id });
    } else if (span.until < until && span.until <= today) {
      Object.assign(match, { status: 'ended', endedOn: span.until, endReason: 'peer-unavailable' });
      enqueue({ episode, since: span.until, on: span.until, previousMatchId: null, avoidPeerId: peer.id });
    } else if (episode.end !== null) {
      const [reason, closingNote] = closureReasons[episode.closure ?? ''] ?? ['other', null];
      Object.assign(match, { status: 'ended', endedOn: episode.end, endReason: reason });
      note = closingNote;
    }
    peer.openEnds.push(match.endedOn ?? FOREVER);
    // The first match of a support episode was proposed in the days before it started.
    const lead = on === episode.start ? Math.min(7, daysBetween(episode.waitingOn, on)) : 0;
    const proposedOn = addDays(on, -faker.number.int({ min: 0, max: lead }));
    write(match, { proposedOn, previousMatchId: request.previousMatchId, note });
  }

  await moveHistories(manager, context, episodes);
  // A few of those waiting today have a match proposed in the last days.
  const waiting = await manager.query<Array<{ id: number; status_since: string }>>(
    `SELECT id, status_since FROM participant WHERE status = 'waiting' AND archived_at IS NULL ORDER BY id`,
  );
  for (const participant of waiting) {
    if (participant.status_since > addDays(today, -3) || !faker.datatype.boolean({ probability: 0.2 })) continue;
    const found = findPeer(today, null);
    if (!found) continue;
    const proposedOn = addDays(today, -faker.number.int({ min: 0, max: 4 }));
    const match: DemoMatch = {
      id: rows.length + 1,
      participantId: participant.id,
      peerSupporterId: found.peer.id,
      status: 'proposed',
      startedOn: null,
      endedOn: null,
      endReason: null,
    };
    write(match, { proposedOn, previousMatchId: null, note: null });
  }
  await insertRows(manager, 'peer_match', rows);
  const doNotMatch = await generateDoNotMatch(manager, context, matches, peers);
  return { matches, doNotMatch };
}

/**
 * Brings the participants' histories in line with the matches: a match that began later than
 * planned moves the day they were matched; a participant no peer could take stays waiting.
 */
async function moveHistories(manager: EntityManager, context: DemoContext, episodes: Episode[]): Promise<void> {
  for (const episode of episodes) {
    const current = episode.end === null;
    if (episode.placedOn === null) {
      await manager.query(`DELETE FROM participant_status_change WHERE id = ?`, [episode.matchedChangeId]);
      if (episode.nextChangeId !== null) {
        await manager.query(`UPDATE participant_status_change SET from_status = 'waiting' WHERE id = ?`, [
          episode.nextChangeId,
        ]);
      } else {
        await manager.query(`UPDATE participant SET status = 'waiting', status_since = ? WHERE id = ?`, [
          episode.waitingOn,
          episode.participantId,
        ]);
      }
      continue;
    }
    if (episode.placedOn !== episode.start) {
      await manager.query(`UPDATE participant_status_change SET on_date = ? WHERE id = ?`, [
        episode.placedOn,
        episode.matchedChangeId,
      ]);
      if (current) {
        await manager.query(`UPDATE participant SET status_since = ? WHERE id = ?`, [
          episode.placedOn,
          episode.participantId,
        ]);
      }
    }
    if (current && episode.unplacedFrom !== null) {
      // Their peer stopped and no other had a place: back on the waiting list, as the app does.
      const on = episode.unplacedFrom;
      const change = { id: episode.participantId, status: 'waiting' as const, on, closureReasonId: null };
      await changeParticipantStatus(
        manager,
        { ...change, note: 'Waiting for a new peer supporter.' },
        recordedOn(on, 600, context.now),
      );
    }
  }
}

/** A few pairs that must not be matched, never a pair that was. */
async function generateDoNotMatch(
  manager: EntityManager,
  context: DemoContext,
  matches: DemoMatch[],
  peers: Peer[],
): Promise<number> {
  const { faker, today } = context;
  const participants = await manager.query<Array<{ id: number; referral_date: string }>>(
    `SELECT id, referral_date FROM participant WHERE archived_at IS NULL ORDER BY id`,
  );
  const matched = new Set(matches.map((match) => `${match.participantId}:${match.peerSupporterId}`));
  const pairs = new Map<string, Record<string, unknown>>();
  const count = Math.max(4, Math.round(participants.length / 100));
  for (let attempt = 0; attempt < count * 3 && pairs.size < count; attempt += 1) {
    const participant = faker.helpers.arrayElement(participants);
    const peer = faker.helpers.arrayElement(peers);
    const key = `${participant.id}:${peer.id}`;
    if (matched.has(key) || pairs.has(key)) continue;
    const reason = faker.helpers.weightedArrayElement<DoNotMatchReason>([
      { weight: 6, value: 'known-to-each-other' },
      { weight: 1, value: 'same-household' },
      { weight: 2, value: 'other' },
    ]);
    const after = Math.max(0, daysBetween(participant.referral_date, today));
    pairs.set(key, {
      participant_id: participant.id,
      peer_supporter_id: peer.id,
      reason,
      note: faker.datatype.boolean({ probability: 0.7 }) ? faker.helpers.arrayElement(doNotMatchNotes[reason]) : null,
      recorded_on: addDays(participant.referral_date, faker.number.int({ min: 0, max: Math.min(after, 30) })),
    });
  }
  await insertRows(manager, 'do_not_match', [...pairs.values()]);
  return pairs.size;
}
