// Reading matches: one match with its follow-ups and its contact cadence, and the filtered list.
// The last contact of a match comes from the contact_by_match index, never a scan.
import type { EntityManager } from 'typeorm';
import { daysBetween } from '../../../shared/api/days';
import { todayIso } from '../../../shared/api/fields';
import type {
  CadenceState,
  FitAnswer,
  FollowUp,
  FollowUpKind,
  FollowUpSchedule,
  Match,
  MatchEndReason,
  MatchList,
  MatchRow,
  MatchStatus,
  matchListInput,
} from '../../../shared/api/matching';
import type { z } from 'zod';
import { AppError } from '../errors';
import { displayNameOfRow } from '../people/person-columns';
import { getProgram, toSettings } from '../services/program-store';

type Row = Record<string, unknown>;

/** The newest contact (not attempt) of the match `m`, as YYYY-MM-DDTHH:MM. */
export const lastContactSql = `(SELECT c.occurred_at FROM contact c WHERE c.match_id = m.id AND c.is_attempt = 0
  ORDER BY c.occurred_at DESC LIMIT 1)`;

/** Both people of a match `m`, as pa_* and ps_* columns. */
export const matchPeopleSql = {
  columns: `pa.first_name AS pa_first_name, pa.last_name AS pa_last_name, pa.preferred_name AS pa_preferred_name,
    ps.first_name AS ps_first_name, ps.last_name AS ps_last_name, ps.preferred_name AS ps_preferred_name`,
  joins: `JOIN participant pa ON pa.id = m.participant_id JOIN peer_supporter ps ON ps.id = m.peer_supporter_id`,
};

export function matchPeople(row: Row) {
  const named = (prefix: string) =>
    displayNameOfRow({
      first_name: row[`${prefix}_first_name`],
      last_name: row[`${prefix}_last_name`],
      preferred_name: row[`${prefix}_preferred_name`],
    });
  return {
    participant: { id: row.participant_id as number, name: named('pa') },
    peerSupporter: { id: row.peer_supporter_id as number, name: named('ps') },
  };
}

/** Days since the last contact, or since the start when there was none after it. */
export function cadenceOf(
  startedOn: string,
  lastContactAt: string | null,
  today: string,
  schedule: FollowUpSchedule,
): { days: number; state: CadenceState } {
  const lastDay = lastContactAt?.slice(0, 10) ?? null;
  const since = lastDay !== null && lastDay > startedOn ? lastDay : startedOn;
  const days = Math.max(0, daysBetween(since, today));
  const state = days >= schedule.cadenceEscalateDays ? 'escalated' : days >= schedule.cadenceAlertDays ? 'alert' : 'ok';
  return { days, state };
}

export function matchNotFound(): AppError {
  return new AppError('VALIDATION', 'That match does not exist.', { fieldErrors: { id: ['Not found.'] } });
}

export async function getMatch(manager: EntityManager, id: number, now: Date): Promise<Match> {
  const [row] = await manager.query<Row[]>(
    `SELECT m.*, ${matchPeopleSql.columns},
       (SELECT n.id FROM peer_match n WHERE n.previous_match_id = m.id ORDER BY n.id LIMIT 1) AS next_id,
       ${lastContactSql} AS last_contact,
       (SELECT c.occurred_at FROM contact c WHERE c.match_id = m.id AND c.is_attempt = 0
        ORDER BY c.occurred_at LIMIT 1) AS first_contact
     FROM peer_match m ${matchPeopleSql.joins} WHERE m.id = ?`,
    [id],
  );
  if (!row) throw matchNotFound();
  const firstContactDay = (row.first_contact as string | null)?.slice(0, 10) ?? null;
  const followUps = (
    await manager.query<Row[]>(`SELECT * FROM match_follow_up WHERE match_id = ? ORDER BY due_from, id`, [id])
  ).map((f): FollowUp => ({
    id: f.id as number,
    matchId: id,
    kind: f.kind as FollowUpKind,
    dueFrom: f.due_from as string,
    dueOn: f.due_on as string,
    completedOn: (f.completed_on as string | null) ?? null,
    firstContactHappened: f.first_contact_happened === null ? null : f.first_contact_happened === 1,
    fitAnswer: (f.fit_answer as FitAnswer | null) ?? null,
    note: (f.note as string | null) ?? null,
    settled: f.kind === 'contact-reminder' && firstContactDay !== null && firstContactDay <= (f.due_on as string),
  }));
  const status = row.status as MatchStatus;
  const startedOn = (row.started_on as string | null) ?? null;
  const cadence =
    status === 'active' && startedOn !== null
      ? cadenceOf(
          startedOn,
          (row.last_contact as string | null) ?? null,
          todayIso(now),
          toSettings(await getProgram(manager)).followUps,
        )
      : null;
  return {
    id,
    status,
    ...matchPeople(row),
    proposedOn: row.proposed_on as string,
    startedOn,
    endedOn: (row.ended_on as string | null) ?? null,
    endReason: (row.end_reason as MatchEndReason | null) ?? null,
    endNote: (row.end_note as string | null) ?? null,
    chosenRank: (row.chosen_rank as number | null) ?? null,
    choiceReason: (row.choice_reason as string | null) ?? null,
    previousMatchId: (row.previous_match_id as number | null) ?? null,
    nextMatchId: (row.next_id as number | null) ?? null,
    followUps,
    daysWithoutContact: cadence?.days ?? null,
    cadence: cadence?.state ?? 'ok',
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
  };
}

/** The matches of a participant or a peer supporter (or all), open ones first, newest first. */
export async function listMatches(manager: EntityManager, input: z.output<typeof matchListInput>): Promise<MatchList> {
  const where: string[] = [];
  const parameters: unknown[] = [];
  if (input.participantId !== null) {
    where.push('m.participant_id = ?');
    parameters.push(input.participantId);
  }
  if (input.peerSupporterId !== null) {
    where.push('m.peer_supporter_id = ?');
    parameters.push(input.peerSupporterId);
  }
  const statuses = [...new Set(input.statuses)];
  if (statuses.length > 0) {
    where.push(`m.status IN (${statuses.map(() => '?').join(', ')})`);
    parameters.push(...statuses);
  }
  const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const [{ total }] = await manager.query<{ total: number }[]>(
    `SELECT count(*) AS total FROM peer_match m ${filter}`,
    parameters,
  );
  const rows = await manager.query<Row[]>(
    `SELECT m.id, m.status, m.participant_id, m.peer_supporter_id, m.proposed_on, m.started_on, m.ended_on,
       m.end_reason, ${matchPeopleSql.columns}, ${lastContactSql} AS last_contact
     FROM peer_match m ${matchPeopleSql.joins} ${filter}
     ORDER BY m.status = 'ended', ifnull(m.started_on, m.proposed_on) DESC, m.id DESC
     LIMIT ? OFFSET ?`,
    [...parameters, input.limit, input.offset],
  );
  return {
    total,
    rows: rows.map((row): MatchRow => ({
      id: row.id as number,
      status: row.status as MatchStatus,
      ...matchPeople(row),
      proposedOn: row.proposed_on as string,
      startedOn: (row.started_on as string | null) ?? null,
      endedOn: (row.ended_on as string | null) ?? null,
      endReason: (row.end_reason as MatchEndReason | null) ?? null,
      lastContactAt: (row.last_contact as string | null) ?? null,
    })),
  };
}
