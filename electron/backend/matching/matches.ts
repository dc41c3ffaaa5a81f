// The match lifecycle: proposed, active (from a start date), ended (a date and a reason), and the
// follow-ups an active match gets from the settings. Starting a match makes the participant
// matched; ending it frees the peer's place and leaves the participant waiting or closed.
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { addDays } from '../../../shared/api/days';
import { todayIso } from '../../../shared/api/fields';
import {
  SUGGESTED_COUNT,
  matchEndReasonLabels,
  type MatchSuggestions,
  type followUpCompleteInput,
  type matchCreateInput,
  type matchEndInput,
} from '../../../shared/api/matching';
import type { ParticipantStatus } from '../../../shared/api/participants';
import { AppError } from '../errors';
import { changeParticipantStatus, getParticipant } from '../people/participants';
import { displayName, displayNameOfRow, insertRow, updateRow } from '../people/person-columns';
import { getProgram, toSettings } from '../services/program-store';
import { matchNotFound, matchPeople, matchPeopleSql } from './match-view';
import { suggestPeers } from './suggestions';

type Row = Record<string, unknown>;

function invalid(field: string, message: string): AppError {
  return new AppError('VALIDATION', message, { fieldErrors: { [field]: [message] } });
}

async function matchRow(manager: EntityManager, id: number): Promise<Row> {
  const [row] = await manager.query<Row[]>(
    `SELECT m.*, ${matchPeopleSql.columns} FROM peer_match m ${matchPeopleSql.joins} WHERE m.id = ?`,
    [id],
  );
  if (!row) throw matchNotFound();
  return row;
}

/**
 * Moves the participant to a status as a match starts or ends, recorded in their status history
 * like any other change; `field` is where a date before their current status is reported.
 */
async function moveParticipant(
  manager: EntityManager,
  change: { id: number; status: ParticipantStatus; on: string; closureReasonId: number | null; note: string },
  field: string,
  now: Date,
): Promise<void> {
  const participant = await getParticipant(manager, change.id);
  if (participant.status === change.status) return;
  if (change.on < participant.statusSince) {
    throw invalid(
      field,
      `${displayName(participant)} has been ${participant.status} since ${participant.statusSince}: choose that date or later.`,
    );
  }
  await changeParticipantStatus(manager, change, now);
}

/** Where the peer supporter stands among the participant's suggestions; refuses one who cannot take them. */
async function rankOf(manager: EntityManager, suggestions: MatchSuggestions, peerId: number): Promise<number> {
  const ranked = suggestions.ranked.find((suggestion) => suggestion.peer.id === peerId);
  if (ranked) return ranked.rank;
  const excluded = suggestions.excluded.find((entry) => entry.peer.id === peerId);
  if (excluded) {
    throw invalid(
      'peerSupporterId',
      `${excluded.peer.name} cannot take this participant: ${excluded.reasons.join('; ')}.`,
    );
  }
  const [peer] = await manager.query<Row[]>(
    `SELECT first_name, last_name, preferred_name FROM peer_supporter WHERE id = ?`,
    [peerId],
  );
  throw invalid(
    'peerSupporterId',
    peer ? `${displayNameOfRow(peer)} is archived: restore them first.` : 'That peer supporter does not exist.',
  );
}

async function assertNoOpenMatch(manager: EntityManager, participantId: number): Promise<void> {
  const [open] = await manager.query<Row[]>(
    `SELECT m.*, ${matchPeopleSql.columns} FROM peer_match m ${matchPeopleSql.joins}
     WHERE m.participant_id = ? AND m.status <> 'ended'`,
    [participantId],
  );
  if (!open) return;
  const { participant, peerSupporter } = matchPeople(open);
  throw invalid(
    'participantId',
    `${participant.name} already has a ${open.status as string} match with ${peerSupporter.name}: end it first.`,
  );
}

async function assertPrevious(manager: EntityManager, participantId: number, previousId: number): Promise<void> {
  const [previous] = await manager.query<Row[]>(
    `SELECT participant_id, status, (SELECT count(*) FROM peer_match n WHERE n.previous_match_id = m.id) AS replaced
     FROM peer_match m WHERE id = ?`,
    [previousId],
  );
  if (!previous || previous.participant_id !== participantId) {
    throw invalid('previousMatchId', 'The match this one replaces must be an earlier match of the same participant.');
  }
  if (previous.status !== 'ended') throw invalid('previousMatchId', 'The match this one replaces has not ended.');
  if ((previous.replaced as number) > 0) throw invalid('previousMatchId', 'That match has already been replaced.');
}

/** The follow-ups of a match that has just started, counted from its start date. */
async function scheduleFollowUps(manager: EntityManager, matchId: number, startedOn: string): Promise<void> {
  const { followUps } = toSettings(await getProgram(manager));
  await insertRow(manager, 'match_follow_up', {
    match_id: matchId,
    kind: 'fit-check',
    due_from: addDays(startedOn, followUps.fitCheckFromDay),
    due_on: addDays(startedOn, followUps.fitCheckByDay),
  });
  const reminderOn = addDays(startedOn, followUps.contactReminderDay);
  await insertRow(manager, 'match_follow_up', {
    match_id: matchId,
    kind: 'contact-reminder',
    due_from: reminderOn,
    due_on: reminderOn,
  });
}

async function activate(
  manager: EntityManager,
  match: { id: number; participantId: number; startedOn: string },
  now: Date,
): Promise<void> {
  await updateRow(manager, 'peer_match', match.id, {
    status: 'active',
    started_on: match.startedOn,
    updated_at: now.toISOString(),
  });
  const change = { id: match.participantId, status: 'matched' as const, on: match.startedOn, closureReasonId: null };
  await moveParticipant(manager, { ...change, note: 'Match started.' }, 'startedOn', now);
  await scheduleFollowUps(manager, match.id, match.startedOn);
}

export async function createMatch(
  manager: EntityManager,
  input: z.output<typeof matchCreateInput>,
  now: Date,
): Promise<number> {
  const suggestions = await suggestPeers(manager, input.participantId, now);
  await assertNoOpenMatch(manager, input.participantId);
  if (input.previousMatchId !== null) await assertPrevious(manager, input.participantId, input.previousMatchId);
  const rank = await rankOf(manager, suggestions, input.peerSupporterId);
  if (rank > SUGGESTED_COUNT && input.choiceReason === null) {
    throw invalid('choiceReason', 'Say why you chose a peer supporter who was not suggested.');
  }
  const today = todayIso(now);
  const at = now.toISOString();
  const id = await insertRow(manager, 'peer_match', {
    participant_id: input.participantId,
    peer_supporter_id: input.peerSupporterId,
    status: 'proposed',
    // A match recorded after it began was proposed by its start at the latest.
    proposed_on: input.startedOn !== null && input.startedOn < today ? input.startedOn : today,
    chosen_rank: rank,
    choice_reason: input.choiceReason,
    previous_match_id: input.previousMatchId,
    created_at: at,
    updated_at: at,
  });
  if (input.startedOn !== null) {
    await activate(manager, { id, participantId: input.participantId, startedOn: input.startedOn }, now);
  }
  return id;
}

export async function startMatch(manager: EntityManager, input: { id: number; startedOn: string }, now: Date) {
  const row = await matchRow(manager, input.id);
  if (row.status !== 'proposed') {
    throw invalid('id', row.status === 'active' ? 'This match has already started.' : 'This match has ended.');
  }
  const proposedOn = row.proposed_on as string;
  if (input.startedOn < proposedOn) {
    throw invalid('startedOn', `The match cannot start before it was proposed (${proposedOn}).`);
  }
  const participantId = row.participant_id as number;
  // The peer may have gone on leave or filled their places since the match was proposed.
  await rankOf(manager, await suggestPeers(manager, participantId, now), row.peer_supporter_id as number);
  await activate(manager, { id: input.id, participantId, startedOn: input.startedOn }, now);
}

export async function endMatch(manager: EntityManager, input: z.output<typeof matchEndInput>, now: Date) {
  const row = await matchRow(manager, input.id);
  if (row.status === 'ended') throw invalid('id', 'This match has already ended.');
  const from = (row.started_on as string | null) ?? (row.proposed_on as string);
  if (input.endedOn < from) throw invalid('endedOn', `The match cannot end before it began (${from}).`);
  await updateRow(manager, 'peer_match', input.id, {
    status: 'ended',
    ended_on: input.endedOn,
    end_reason: input.reason,
    end_note: input.note,
    updated_at: now.toISOString(),
  });
  // The participant has no other open match (one at a time, by the unique index): they wait for
  // the next one, or their file is closed.
  const closing = input.then === 'close';
  await moveParticipant(
    manager,
    {
      id: row.participant_id as number,
      status: closing ? 'closed' : 'waiting',
      on: input.endedOn,
      closureReasonId: closing ? input.closureReasonId : null,
      note: `Match ended: ${matchEndReasonLabels[input.reason].toLowerCase()}.`,
    },
    'endedOn',
    now,
  );
}

/** Records a follow-up's answer; a fit check answered "not a fit" ends the match there and then. */
export async function completeFollowUp(
  manager: EntityManager,
  input: z.output<typeof followUpCompleteInput>,
  now: Date,
): Promise<number> {
  const [row] = await manager.query<Row[]>(
    `SELECT f.*, m.status, m.started_on FROM match_follow_up f JOIN peer_match m ON m.id = f.match_id WHERE f.id = ?`,
    [input.id],
  );
  if (!row) throw invalid('id', 'That follow-up does not exist.');
  const matchId = row.match_id as number;
  if (row.completed_on !== null) throw invalid('id', `This follow-up was completed on ${row.completed_on as string}.`);
  if (row.status !== 'active') throw invalid('id', 'This match has ended: its follow-ups are closed.');
  if (input.completedOn < (row.started_on as string)) {
    throw invalid('completedOn', `The match started on ${row.started_on as string}: choose that date or later.`);
  }
  if (row.kind === 'fit-check') {
    const fieldErrors: Record<string, string[]> = {};
    if (input.firstContactHappened === null)
      fieldErrors.firstContactHappened = ['Say whether the first contact happened.'];
    if (input.fitAnswer === null) fieldErrors.fitAnswer = ['Choose how the participant feels about the match.'];
    if (Object.keys(fieldErrors).length > 0) {
      throw new AppError('VALIDATION', 'Answer both questions of the fit check.', { fieldErrors });
    }
  } else if (input.fitAnswer !== null || input.firstContactHappened !== null) {
    throw invalid('fitAnswer', 'A reminder has no fit answer: only the fit check asks.');
  }
  await updateRow(manager, 'match_follow_up', input.id, {
    completed_on: input.completedOn,
    first_contact_happened: input.firstContactHappened === null ? null : input.firstContactHappened ? 1 : 0,
    fit_answer: input.fitAnswer,
    note: input.note,
  });
  if (input.fitAnswer === 'not-a-fit') {
    const end = { id: matchId, endedOn: input.completedOn, reason: 'not-a-fit' as const, note: null };
    await endMatch(manager, { ...end, then: 'wait', closureReasonId: null }, now);
  }
  return matchId;
}
