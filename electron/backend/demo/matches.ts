// Demo matches: each support episode of a participant's history (see match-histories.ts) filled
// with matches, taken in date order so that no peer is ever over capacity, each with a peer who
// was active then, had a place free and suits the participant (see match-fit.ts). Some matches
// end as not a fit and are replaced by a linked re-match, some end when the peer goes on leave or
// stops; the rest end with the participant's closure. When no peer had a place, the participant
// waited longer. A few waiting participants have a match proposed, and a few pairs are recorded
// as not to be matched.
import type { EntityManager } from 'typeorm';
import type { MatchEndReason } from '../../../shared/api/matching';
import { addDays, daysBetween, recordedOn } from './dates';
import { generateDoNotMatch } from './do-not-match';
import { insertRows } from './insert-rows';
import { loadFit } from './match-fit';
import { loadHistories, rewriteHistories, type Episode } from './match-histories';
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

interface Request {
  episode: Episode;
  /** The day a peer is looked for (a week later each time none has a place). */
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
  Other: ['other', 'Started full-time work; no time for calls now.'],
  'Referred elsewhere': ['other', 'Moved to a program closer to home.'],
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
  const histories = await loadHistories(manager, context);
  const peers = await loadPeers(manager);
  const fit = await loadFit(manager, context.vocabulary);
  /** Of a few peers with a place free that day, the one who suits the participant best. */
  const findPeer = (participantId: number, day: string, excluded: number | null) => {
    let best: { peer: Peer; span: { from: string; until: string }; score: number } | null = null;
    for (let attempt = 0; attempt < 24; attempt += 1) {
      const peer = faker.helpers.arrayElement(peers);
      const score = fit.score(participantId, peer.id);
      if (score === null || (best !== null && score <= best.score)) continue;
      const span = placeOn(peer, day, excluded);
      if (span) best = { peer, span, score };
    }
    if (best) return best;
    const offset = faker.number.int(peers.length - 1);
    for (let index = 0; index < peers.length; index += 1) {
      const peer = peers[(offset + index) % peers.length];
      const span = fit.score(participantId, peer.id) === null ? null : placeOn(peer, day, excluded);
      if (span) return { peer, span };
    }
    return null;
  };

  // A queue in date order: the episodes' starts, and the re-matches they lead to.
  const queue: Request[] = histories.episodes
    .map((episode) => ({ episode, on: episode.start, previousMatchId: null, avoidPeerId: null }))
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
    const found = findPeer(episode.participantId, on, request.avoidPeerId);
    if (!found) {
      // No place free that day: the participant waits another week, or goes without.
      const later = addDays(on, 7);
      if (later < until) enqueue({ ...request, on: later });
      continue;
    }
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
      enqueue({ episode, on: notAFitOn, previousMatchId: match.id, avoidPeerId: peer.id });
    } else if (span.until < until && span.until <= today) {
      Object.assign(match, { status: 'ended', endedOn: span.until, endReason: 'peer-unavailable' });
      enqueue({ episode, on: span.until, previousMatchId: null, avoidPeerId: peer.id });
    } else if (episode.end !== null) {
      const [reason, closingNote] = closureReasons[episode.closure ?? ''] ?? closureReasons.Other;
      Object.assign(match, { status: 'ended', endedOn: episode.end, endReason: reason });
      note = closingNote;
    }
    peer.openEnds.push(match.endedOn ?? FOREVER);
    episode.matches.push({ ...match, startedOn: on });
    // The first match of a support episode was proposed in the days before it started.
    const lead = episode.matches.length === 1 ? Math.min(7, daysBetween(episode.waitingOn, on)) : 0;
    const proposedOn = addDays(on, -faker.number.int({ min: 0, max: lead }));
    write(match, { proposedOn, previousMatchId: request.previousMatchId, note });
  }
  await rewriteHistories(manager, context, histories);

  // Some of those waiting today have a match proposed in the last days, and so does anyone whose
  // last match was not a fit (the app offers new suggestions at once).
  const unreplaced = new Map(
    histories.episodes.flatMap((episode) => {
      const last = episode.matches.at(-1);
      return episode.end === null && last?.endReason === 'not-a-fit' ? [[last.participantId, last]] : [];
    }),
  );
  const waiting = await manager.query<Array<{ id: number; status_since: string }>>(
    `SELECT id, status_since FROM participant WHERE status = 'waiting' AND archived_at IS NULL ORDER BY id`,
  );
  for (const participant of waiting) {
    const previous = unreplaced.get(participant.id) ?? null;
    const recently = participant.status_since > addDays(today, -3);
    if (previous === null && (recently || !faker.datatype.boolean({ probability: 0.2 }))) continue;
    const found = findPeer(participant.id, today, previous?.peerSupporterId ?? null);
    if (!found) continue;
    const proposedOn = addDays(
      today,
      -faker.number.int({ min: 0, max: Math.min(4, daysBetween(participant.status_since, today)) }),
    );
    const match: DemoMatch = {
      id: rows.length + 1,
      participantId: participant.id,
      peerSupporterId: found.peer.id,
      status: 'proposed',
      startedOn: null,
      endedOn: null,
      endReason: null,
    };
    write(match, { proposedOn, previousMatchId: previous?.id ?? null, note: null });
  }
  await insertRows(manager, 'peer_match', rows);
  const peerIds = peers.map((peer) => peer.id);
  const doNotMatch = await generateDoNotMatch(manager, context, matches, peerIds);
  return { matches, doNotMatch };
}
