// The participants' histories and the demo's matches, made to agree: each time a history says a
// participant was matched is a support episode that the matches fill, and the history is then
// rewritten as the app would have written it: matched on each match's start, waiting again when
// a match ends before the episode does (not a fit, the peer stopped), still waiting when no peer
// ever had a place.
import type { EntityManager } from 'typeorm';
import { matchEndReasonLabels, type MatchEndReason } from '../../../shared/api/matching';
import { recordedOn } from './dates';
import { insertRows } from './insert-rows';
import type { DemoContext } from './participants';

export interface EpisodeMatch {
  id: number;
  participantId: number;
  peerSupporterId: number;
  startedOn: string;
  endedOn: string | null;
  endReason: MatchEndReason | null;
}

export interface Episode {
  participantId: number;
  /** The change that matched them: replaced by the starts and ends of the episode's matches. */
  matchedChangeId: number;
  waitingOn: string;
  start: string;
  /** The day the participant's support closed, or null while it goes on. */
  end: string | null;
  closure: string | null;
  /** The matches that filled the episode, in date order. */
  matches: EpisodeMatch[];
}

interface StatusRow {
  id: number;
  participant_id: number;
  from_status: string | null;
  to_status: string;
  on_date: string;
  reason_id: number | null;
  note: string | null;
  recorded_at: string;
}

export interface Histories {
  rows: StatusRow[];
  episodes: Episode[];
}

export async function loadHistories(manager: EntityManager, context: DemoContext): Promise<Histories> {
  const closures = new Map(context.vocabulary.terms('closure-reason').map((term) => [term.id, term.label]));
  const rows = await manager.query<StatusRow[]>(
    `SELECT id, participant_id, from_status, to_status, on_date, reason_id, note, recorded_at
     FROM participant_status_change ORDER BY participant_id, id`,
  );
  const episodes: Episode[] = [];
  rows.forEach((row, index) => {
    if (row.to_status !== 'matched') return;
    const after = rows[index + 1]?.participant_id === row.participant_id ? rows[index + 1] : undefined;
    episodes.push({
      participantId: row.participant_id,
      matchedChangeId: row.id,
      // A participant is matched only after waiting: the change before is that.
      waitingOn: rows[index - 1].on_date,
      start: row.on_date,
      end: after?.on_date ?? null,
      closure: after?.reason_id ? (closures.get(after.reason_id) ?? null) : null,
      matches: [],
    });
  });
  return { rows, episodes };
}

/** Rewrites every participant's history to agree with the matches, and their current status with it. */
export async function rewriteHistories(manager: EntityManager, context: DemoContext, histories: Histories) {
  const { faker, now, vocabulary } = context;
  const byChange = new Map(histories.episodes.map((episode) => [episode.matchedChangeId, episode]));
  const goalsMet = vocabulary.id('closure-reason', 'Goals met');
  const withdrew = vocabulary.id('closure-reason', 'No longer wants support');
  const rows: Array<Omit<StatusRow, 'id'>> = [];
  const latest = new Map<number, Omit<StatusRow, 'id'>>();
  let status: string | null = null;
  const emit = (row: Omit<StatusRow, 'id' | 'from_status'>) => {
    const { participant_id, to_status, on_date, reason_id, note, recorded_at } = row;
    const written = { participant_id, from_status: status, to_status, on_date, reason_id, note, recorded_at };
    rows.push(written);
    latest.set(participant_id, written);
    status = to_status;
  };
  const change = (participantId: number, to: string, on: string, note: string) => ({
    participant_id: participantId,
    to_status: to,
    on_date: on,
    reason_id: null,
    note,
    recorded_at: recordedOn(on, faker.number.int({ min: 8 * 60, max: 17 * 60 }), now).toISOString(),
  });
  histories.rows.forEach((row, index) => {
    if (histories.rows[index - 1]?.participant_id !== row.participant_id) status = null;
    const episode = byChange.get(row.id);
    if (!episode) {
      // Someone still waiting for a peer when their file closed did not meet their goals with one.
      const gaveUp = status === 'waiting' && row.to_status === 'closed' && row.reason_id === goalsMet;
      emit(gaveUp ? { ...row, reason_id: withdrew, note: 'Waited too long; found support elsewhere.' } : row);
      return;
    }
    episode.matches.forEach((match, at) => {
      const started = change(row.participant_id, 'matched', match.startedOn, 'Match started.');
      // The episode's first start keeps its note (and its time, unless no peer had a place that day).
      const first = { ...row, on_date: started.on_date };
      emit(at > 0 ? started : row.on_date === started.on_date ? first : { ...first, recorded_at: started.recorded_at });
      if (match.endedOn !== null && match.endReason !== null && (episode.end === null || match.endedOn < episode.end)) {
        const reason = matchEndReasonLabels[match.endReason].toLowerCase();
        emit(change(row.participant_id, 'waiting', match.endedOn, `Match ended: ${reason}.`));
      }
    });
  });
  await manager.query(`DELETE FROM participant_status_change`);
  await insertRows(manager, 'participant_status_change', rows);
  const current = await manager.query<Array<{ id: number; status: string; status_since: string; reason: unknown }>>(
    `SELECT id, status, status_since, closure_reason_id AS reason FROM participant`,
  );
  for (const participant of current) {
    const last = latest.get(participant.id);
    const same = last?.to_status === participant.status && last.on_date === participant.status_since;
    if (!last || (same && last.reason_id === participant.reason)) continue;
    await manager.query(
      `UPDATE participant SET status = ?, status_since = ?, closure_reason_id = ?, updated_at = max(updated_at, ?)
       WHERE id = ?`,
      [last.to_status, last.on_date, last.reason_id, last.recorded_at, participant.id],
    );
  }
}
