// "Do not match" pairs: a participant and a peer supporter who must never be suggested to each
// other (known to each other, same household, another reason). A pair only shapes future
// suggestions; a match already open stays as it is.
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { todayIso } from '../../../shared/api/fields';
import type { DoNotMatchPair, DoNotMatchReason, doNotMatchAddInput } from '../../../shared/api/matching';
import { AppError } from '../errors';
import { insertRow } from '../people/person-columns';
import { matchPeople, matchPeopleSql } from './match-view';

type Row = Record<string, unknown>;

const pairSql = `SELECT m.*, ${matchPeopleSql.columns} FROM do_not_match m ${matchPeopleSql.joins}`;

function toPair(row: Row): DoNotMatchPair {
  return {
    id: row.id as number,
    ...matchPeople(row),
    reason: row.reason as DoNotMatchReason,
    note: (row.note as string | null) ?? null,
    recordedOn: row.recorded_on as string,
  };
}

export async function getPair(manager: EntityManager, id: number): Promise<DoNotMatchPair> {
  const [row] = await manager.query<Row[]>(`${pairSql} WHERE m.id = ?`, [id]);
  if (!row) {
    throw new AppError('VALIDATION', 'That "do not match" pair does not exist.', {
      fieldErrors: { id: ['Not found.'] },
    });
  }
  return toPair(row);
}

/** The pairs recorded on one participant or one peer supporter. */
export async function listPairs(
  manager: EntityManager,
  input: { participantId: number | null; peerSupporterId: number | null },
): Promise<DoNotMatchPair[]> {
  const [column, id] =
    input.participantId !== null
      ? ['participant_id', input.participantId]
      : ['peer_supporter_id', input.peerSupporterId];
  const rows = await manager.query<Row[]>(`${pairSql} WHERE m.${column} = ? ORDER BY m.recorded_on DESC, m.id DESC`, [
    id,
  ]);
  return rows.map(toPair);
}

export async function addPair(
  manager: EntityManager,
  input: z.output<typeof doNotMatchAddInput>,
  now: Date,
): Promise<number> {
  const exists = async (table: string, id: number) =>
    (await manager.query<unknown[]>(`SELECT 1 FROM ${table} WHERE id = ?`, [id])).length > 0;
  if (!(await exists('participant', input.participantId))) {
    throw new AppError('VALIDATION', 'That participant does not exist.', {
      fieldErrors: { participantId: ['Not found.'] },
    });
  }
  if (!(await exists('peer_supporter', input.peerSupporterId))) {
    throw new AppError('VALIDATION', 'That peer supporter does not exist.', {
      fieldErrors: { peerSupporterId: ['Not found.'] },
    });
  }
  const [already] = await manager.query<{ id: number }[]>(
    `SELECT id FROM do_not_match WHERE participant_id = ? AND peer_supporter_id = ?`,
    [input.participantId, input.peerSupporterId],
  );
  if (already) {
    const pair = await getPair(manager, already.id);
    const message = `${pair.participant.name} and ${pair.peerSupporter.name} are already recorded as not to be matched.`;
    throw new AppError('VALIDATION', message, { fieldErrors: { peerSupporterId: [message] } });
  }
  return insertRow(manager, 'do_not_match', {
    participant_id: input.participantId,
    peer_supporter_id: input.peerSupporterId,
    reason: input.reason,
    note: input.note,
    recorded_on: todayIso(now),
  });
}

/** Removes a pair and answers what it was. */
export async function removePair(manager: EntityManager, id: number): Promise<DoNotMatchPair> {
  const pair = await getPair(manager, id);
  await manager.query(`DELETE FROM do_not_match WHERE id = ?`, [id]);
  return pair;
}
