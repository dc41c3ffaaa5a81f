// The kinds of consent: PeerDesk's own (with a code the consent rules know, fixed) and those a
// program adds in Settings (renamed and retired freely, never deleted once used).
import type { EntityManager } from 'typeorm';
import type { ConsentKind, ConsentKindCode } from '../../../shared/api/consents';
import { AppError } from '../errors';
import { insertRow } from '../people/person-columns';

type Row = Record<string, unknown>;

function toKind(row: Row): ConsentKind {
  return {
    id: row.id as number,
    code: (row.code as ConsentKindCode | null) ?? null,
    label: row.label as string,
    retired: row.retired_at !== null,
    usage: row.usage as number,
  };
}

const SELECT_KIND = `SELECT k.*, (SELECT count(*) FROM consent c WHERE c.kind_id = k.id) AS usage FROM consent_kind k`;

export async function listKinds(manager: EntityManager): Promise<ConsentKind[]> {
  const rows = await manager.query<Row[]>(`${SELECT_KIND} ORDER BY k.code IS NULL, k.sort_order, lower(k.label)`);
  return rows.map(toKind);
}

export async function getKind(manager: EntityManager, id: number): Promise<ConsentKind> {
  const [row] = await manager.query<Row[]>(`${SELECT_KIND} WHERE k.id = ?`, [id]);
  if (!row) {
    throw new AppError('VALIDATION', 'That kind of consent does not exist.', {
      fieldErrors: { kindId: ['Choose a kind of consent.'] },
    });
  }
  return toKind(row);
}

async function assertLabelFree(manager: EntityManager, label: string, except: number | null): Promise<void> {
  const rows = await manager.query<Row[]>(`SELECT id FROM consent_kind WHERE lower(label) = lower(?) AND id IS NOT ?`, [
    label,
    except,
  ]);
  if (rows.length > 0) {
    throw new AppError('VALIDATION', `There is already a kind of consent called "${label}".`, {
      fieldErrors: { label: ['That name is taken.'] },
    });
  }
}

async function customKind(manager: EntityManager, id: number): Promise<ConsentKind> {
  const kind = await getKind(manager, id);
  if (kind.code !== null) {
    throw new AppError('VALIDATION', `"${kind.label}" is one of PeerDesk's own kinds of consent and stays as it is.`);
  }
  return kind;
}

export async function addKind(manager: EntityManager, label: string): Promise<number> {
  await assertLabelFree(manager, label, null);
  const [{ next }] = await manager.query<{ next: number }[]>(
    `SELECT coalesce(max(sort_order), 0) + 1 AS next FROM consent_kind`,
  );
  return insertRow(manager, 'consent_kind', { label, sort_order: next });
}

export async function renameKind(manager: EntityManager, id: number, label: string): Promise<void> {
  await customKind(manager, id);
  await assertLabelFree(manager, label, id);
  await manager.query(`UPDATE consent_kind SET label = ? WHERE id = ?`, [label, id]);
}

export async function setKindRetired(manager: EntityManager, id: number, retired: boolean, now: Date) {
  await customKind(manager, id);
  await manager.query(`UPDATE consent_kind SET retired_at = ? WHERE id = ?`, [retired ? now.toISOString() : null, id]);
}
