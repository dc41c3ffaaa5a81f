// The steps participants and peer supporters take the same way on their own tables: reading the
// record's row and its status history, recording a status change, the language and experience
// links, and the columns and row of the lists.
import type { EntityManager } from 'typeorm';
import type { StatusChange } from '../../../shared/api/participants';
import { AppError } from '../errors';
import { displayName, insertRow, replaceTerms, updateRow, type TermLinks } from './person-columns';
import { languagesColumn, splitList } from './person-list';
import { assertTerms } from './vocabulary';

/** Where a kind of person is kept. */
export interface PersonTables {
  table: 'participant' | 'peer_supporter';
  /** In messages: "participant", "peer supporter". */
  who: string;
  links: TermLinks;
  statusChanges: 'participant_status_change' | 'peer_status_change';
}

export const participantTables: PersonTables = {
  table: 'participant',
  who: 'participant',
  links: { table: 'participant_term', personColumn: 'participant_id' },
  statusChanges: 'participant_status_change',
};

export const peerSupporterTables: PersonTables = {
  table: 'peer_supporter',
  who: 'peer supporter',
  links: { table: 'peer_supporter_term', personColumn: 'peer_supporter_id' },
  statusChanges: 'peer_status_change',
};

/** The person's row, or a validation error on `id` when there is none. */
export async function personRow(
  manager: EntityManager,
  tables: PersonTables,
  id: number,
): Promise<Record<string, unknown>> {
  const rows = await manager.query<Record<string, unknown>[]>(`SELECT * FROM ${tables.table} WHERE id = ?`, [id]);
  const row = rows[0];
  if (!row)
    throw new AppError('VALIDATION', `That ${tables.who} does not exist.`, { fieldErrors: { id: ['Not found.'] } });
  return row;
}

/** Every dated status change of the person, latest first. */
export async function statusHistory<S extends string>(
  manager: EntityManager,
  tables: PersonTables,
  id: number,
): Promise<StatusChange<S>[]> {
  const history = await manager.query<Record<string, unknown>[]>(
    `SELECT * FROM ${tables.statusChanges} WHERE ${tables.links.personColumn} = ? ORDER BY on_date DESC, id DESC`,
    [id],
  );
  return history.map((change) => ({
    id: change.id as number,
    from: change.from_status as S | null,
    to: change.to_status as S,
    on: change.on_date as string,
    // Peer supporters' changes have no reason column.
    reasonId: (change.reason_id as number | null | undefined) ?? null,
    note: (change.note as string | null) ?? null,
    recordedAt: change.recorded_at as string,
  }));
}

/** One dated status change; a reason is given only for participants, whose changes have one. */
export async function recordStatusChange(
  manager: EntityManager,
  tables: PersonTables,
  change: {
    personId: number;
    from: string | null;
    to: string;
    on: string;
    reasonId?: number | null;
    note?: string | null;
  },
  now: Date,
): Promise<void> {
  await insertRow(manager, tables.statusChanges, {
    [tables.links.personColumn]: change.personId,
    from_status: change.from,
    to_status: change.to,
    on_date: change.on,
    ...(change.reasonId === undefined ? {} : { reason_id: change.reasonId }),
    note: change.note ?? null,
    recorded_at: now.toISOString(),
  });
}

interface LinkedTerms {
  languageIds: number[];
  experienceTagIds: number[];
}

/**
 * Adds a person: their row (`values` and their first status), their languages and tags, and the
 * first entry of their status history.
 */
export async function insertPerson(
  manager: EntityManager,
  tables: PersonTables,
  person: { values: Record<string, unknown>; terms: LinkedTerms; status: string; since: string },
  now: Date,
): Promise<number> {
  const at = now.toISOString();
  const id = await insertRow(manager, tables.table, {
    ...person.values,
    status: person.status,
    status_since: person.since,
    created_at: at,
    updated_at: at,
  });
  await replaceLinkedTerms(manager, tables.links, id, person.terms);
  await recordStatusChange(manager, tables, { personId: id, from: null, to: person.status, on: person.since }, now);
  return id;
}

/** Saves a person's changed details: their row's `values`, their languages and tags. */
export async function updatePerson(
  manager: EntityManager,
  tables: PersonTables,
  id: number,
  person: { values: Record<string, unknown>; terms: LinkedTerms },
  now: Date,
): Promise<void> {
  await updateRow(manager, tables.table, id, { ...person.values, updated_at: now.toISOString() });
  await replaceLinkedTerms(manager, tables.links, id, person.terms);
}

/** The chosen languages and tags exist and may be chosen (a retired one may stay where it was). */
export async function assertLinkedTerms(
  manager: EntityManager,
  fields: LinkedTerms,
  current?: LinkedTerms,
): Promise<void> {
  await assertTerms(manager, 'language', 'languageIds', fields.languageIds, current?.languageIds);
  await assertTerms(manager, 'experience', 'experienceTagIds', fields.experienceTagIds, current?.experienceTagIds);
}

export async function replaceLinkedTerms(
  manager: EntityManager,
  links: TermLinks,
  personId: number,
  fields: LinkedTerms,
): Promise<void> {
  await replaceTerms(manager, links, personId, 'language', fields.languageIds);
  await replaceTerms(manager, links, personId, 'experience', fields.experienceTagIds);
}

/** The columns every list row reads, after which a kind adds its own. */
export function listColumns(links: TermLinks): string {
  return `p.id, p.first_name, p.last_name, p.preferred_name, p.status, p.region, p.archived_at, ${languagesColumn(links)}`;
}

/** What every list row shows, from the columns of `listColumns`. */
export function listRow<S extends string>(row: Record<string, unknown>) {
  return {
    id: row.id as number,
    displayName: displayName({
      firstName: row.first_name as string,
      lastName: row.last_name as string,
      preferredName: (row.preferred_name as string | null) ?? null,
    }),
    status: row.status as S,
    region: (row.region as string | null) ?? null,
    languages: splitList(row.languages),
    archived: row.archived_at !== null,
  };
}

/** The sorts both lists offer; `{dir}` is the direction asked for. */
export const personSortColumns = {
  name: 'p.last_name COLLATE NOCASE {dir}, p.first_name COLLATE NOCASE {dir}',
  status: 'p.status {dir}, p.last_name COLLATE NOCASE',
  region: 'p.region COLLATE NOCASE {dir}, p.last_name COLLATE NOCASE',
} as const;
