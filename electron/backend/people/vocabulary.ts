// The vocabulary lists: reading them with their usage, adding, renaming, retiring, and deleting
// only what nothing uses. Also the check that a record refers only to terms of the right list.
import type { EntityManager } from 'typeorm';
import type { VocabularyKind, VocabularyTerm } from '../../../shared/api/vocabulary';
import { AppError } from '../errors';

/** Every place a term can be used; a term used anywhere can be retired but not deleted. */
const usageSql = `
  SELECT term_id AS id FROM participant_term
  UNION ALL SELECT term_id FROM peer_supporter_term
  UNION ALL SELECT referral_source_id FROM participant WHERE referral_source_id IS NOT NULL
  UNION ALL SELECT closure_reason_id FROM participant WHERE closure_reason_id IS NOT NULL
  UNION ALL SELECT pref_language_id FROM participant WHERE pref_language_id IS NOT NULL
  UNION ALL SELECT reason_id FROM participant_status_change WHERE reason_id IS NOT NULL
  UNION ALL SELECT topic_id FROM training_record
  UNION ALL SELECT parent_id FROM vocabulary_term WHERE parent_id IS NOT NULL`;

interface TermRow {
  id: number;
  kind: VocabularyKind;
  parent_id: number | null;
  label: string;
  retired_at: string | null;
  is_need: number;
  usage: number;
}

function toTerm(row: TermRow): VocabularyTerm {
  return {
    id: row.id,
    kind: row.kind,
    parentId: row.parent_id,
    label: row.label,
    isNeed: row.is_need === 1,
    retired: row.retired_at !== null,
    usage: row.usage,
  };
}

export async function listTerms(manager: EntityManager, kind: VocabularyKind): Promise<VocabularyTerm[]> {
  const rows = await manager.query<TermRow[]>(
    `WITH used AS (SELECT id, count(*) AS n FROM (${usageSql}) GROUP BY id)
     SELECT t.id, t.kind, t.parent_id, t.label, t.retired_at, t.is_need, ifnull(used.n, 0) AS usage
     FROM vocabulary_term t LEFT JOIN used ON used.id = t.id
     WHERE t.kind = ? ORDER BY t.sort_order, t.label COLLATE NOCASE`,
    [kind],
  );
  return rows.map(toTerm);
}

async function getTerm(manager: EntityManager, id: number): Promise<TermRow> {
  const rows = await manager.query<TermRow[]>(
    `SELECT t.*, (SELECT count(*) FROM (${usageSql}) u WHERE u.id = t.id) AS usage FROM vocabulary_term t WHERE t.id = ?`,
    [id],
  );
  if (rows.length === 0)
    throw new AppError('VALIDATION', 'That list entry does not exist.', { fieldErrors: { id: ['Not found.'] } });
  return rows[0];
}

async function assertLabelFree(
  manager: EntityManager,
  kind: VocabularyKind,
  parentId: number | null,
  label: string,
  except = 0,
) {
  const clash = await manager.query<unknown[]>(
    `SELECT 1 FROM vocabulary_term WHERE kind = ? AND ifnull(parent_id, 0) = ? AND lower(label) = lower(?) AND id != ?`,
    [kind, parentId ?? 0, label, except],
  );
  if (clash.length > 0) {
    const message = `"${label}" is already in the list.`;
    throw new AppError('VALIDATION', message, { fieldErrors: { label: [message] } });
  }
}

export async function addTerm(
  manager: EntityManager,
  input: { kind: VocabularyKind; label: string; parentId: number | null; isNeed: boolean },
): Promise<VocabularyTerm> {
  if (input.isNeed && input.kind !== 'experience') {
    const message = 'Only lived-experience tags can be needs or issues.';
    throw new AppError('VALIDATION', message, { fieldErrors: { isNeed: [message] } });
  }
  if (input.parentId !== null) {
    const parent = await getTerm(manager, input.parentId);
    if (parent.kind !== 'experience' || input.kind !== 'experience' || parent.parent_id !== null) {
      const message = 'Only lived-experience tags have sub-types, one level deep.';
      throw new AppError('VALIDATION', message, { fieldErrors: { parentId: [message] } });
    }
  }
  await assertLabelFree(manager, input.kind, input.parentId, input.label);
  const [{ next }] = await manager.query<{ next: number }[]>(
    `SELECT ifnull(max(sort_order), 0) + 1 AS next FROM vocabulary_term WHERE kind = ?`,
    [input.kind],
  );
  await manager.query(
    `INSERT INTO vocabulary_term (kind, parent_id, label, sort_order, is_need) VALUES (?, ?, ?, ?, ?)`,
    [input.kind, input.parentId, input.label, next, input.isNeed ? 1 : 0],
  );
  const [{ id }] = await manager.query<{ id: number }[]>('SELECT last_insert_rowid() AS id');
  return toTerm(await getTerm(manager, id));
}

export async function renameTerm(manager: EntityManager, id: number, label: string): Promise<VocabularyTerm> {
  const term = await getTerm(manager, id);
  await assertLabelFree(manager, term.kind, term.parent_id, label, id);
  await manager.query(`UPDATE vocabulary_term SET label = ? WHERE id = ?`, [label, id]);
  return toTerm(await getTerm(manager, id));
}

export async function setTermRetired(
  manager: EntityManager,
  id: number,
  retired: boolean,
  now: Date,
): Promise<VocabularyTerm> {
  await getTerm(manager, id);
  await manager.query(`UPDATE vocabulary_term SET retired_at = ? WHERE id = ?`, [
    retired ? now.toISOString() : null,
    id,
  ]);
  return toTerm(await getTerm(manager, id));
}

/** Marks an experience tag as a need or issue (or a condition again); sub-types follow their parent. */
export async function setTermNeed(manager: EntityManager, id: number, isNeed: boolean): Promise<VocabularyTerm> {
  const term = await getTerm(manager, id);
  if (term.kind !== 'experience') {
    const message = 'Only lived-experience tags can be needs or issues.';
    throw new AppError('VALIDATION', message, { fieldErrors: { isNeed: [message] } });
  }
  await manager.query(`UPDATE vocabulary_term SET is_need = ? WHERE id = ? OR parent_id = ?`, [isNeed ? 1 : 0, id, id]);
  return toTerm(await getTerm(manager, id));
}

export async function deleteTerm(manager: EntityManager, id: number): Promise<VocabularyTerm> {
  const term = await getTerm(manager, id);
  if (term.usage > 0) {
    throw new AppError(
      'VALIDATION',
      `"${term.label}" is in use (${term.usage}), so it can only be retired, not deleted.`,
    );
  }
  await manager.query(`DELETE FROM vocabulary_term WHERE id = ?`, [id]);
  return toTerm(term);
}

/**
 * A record may refer only to terms of the right list, and to retired ones only if it had them
 * already (retiring a term must not make old records impossible to save).
 */
export async function assertTerms(
  manager: EntityManager,
  kind: VocabularyKind,
  field: string,
  ids: Array<number | null>,
  alreadyUsed: number[] = [],
): Promise<void> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0) return;
  const rows = await manager.query<{ id: number; kind: string; retired_at: string | null; label: string }[]>(
    `SELECT id, kind, retired_at, label FROM vocabulary_term WHERE id IN (${wanted.map(() => '?').join(', ')})`,
    wanted,
  );
  const found = new Map(rows.map((row) => [row.id, row]));
  for (const id of wanted) {
    const row = found.get(id);
    const problem =
      !row || row.kind !== kind
        ? 'Choose an entry from the list.'
        : row.retired_at !== null && !alreadyUsed.includes(id)
          ? `"${row.label}" is retired; choose another entry.`
          : null;
    if (problem) throw new AppError('VALIDATION', `${field}: ${problem}`, { fieldErrors: { [field]: [problem] } });
  }
}
