// The identity and contact columns participants and peer supporters share, mapped between the
// shared field names and the database's, and the language and experience links of a person.
import type { EntityManager } from 'typeorm';
import { AppError } from '../errors';
import { searchKeyOf } from './search-key';

export interface IdentityContact {
  firstName: string;
  lastName: string;
  preferredName: string | null;
  pronouns: string | null;
  gender: string | null;
  culturalBackground: string | null;
  region: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  voicemailOk: boolean | null;
  textsOk: boolean | null;
  bestTimes: string | null;
}

export const identityColumns = {
  firstName: 'first_name',
  lastName: 'last_name',
  preferredName: 'preferred_name',
  pronouns: 'pronouns',
  gender: 'gender',
  culturalBackground: 'cultural_background',
  region: 'region',
  phone: 'phone',
  email: 'email',
  address: 'address',
  voicemailOk: 'voicemail_ok',
  textsOk: 'texts_ok',
  bestTimes: 'best_times',
} as const satisfies Record<keyof IdentityContact, string>;

const toDb = (value: unknown): unknown => (typeof value === 'boolean' ? (value ? 1 : 0) : value);
export const bool = (value: unknown): boolean | null => (value === null || value === undefined ? null : value === 1);

/** Column -> value for the identity part of an insert or update, with the search key. */
export function identityValues(fields: IdentityContact): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(identityColumns))
    values[column] = toDb(fields[field as keyof IdentityContact]);
  values.search_key = searchKeyOf(fields);
  return values;
}

export function identityFromRow(row: Record<string, unknown>): IdentityContact {
  const text = (column: string) => (row[column] as string | null) ?? null;
  return {
    firstName: row.first_name as string,
    lastName: row.last_name as string,
    preferredName: text('preferred_name'),
    pronouns: text('pronouns'),
    gender: text('gender'),
    culturalBackground: text('cultural_background'),
    region: text('region'),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    voicemailOk: bool(row.voicemail_ok),
    textsOk: bool(row.texts_ok),
    bestTimes: text('best_times'),
  };
}

export function displayName(person: { firstName: string; lastName: string; preferredName: string | null }): string {
  const first = person.preferredName ?? person.firstName;
  return `${first} ${person.lastName}`;
}

/** The name a row with first_name, last_name and preferred_name shows as. */
export function displayNameOfRow(row: Record<string, unknown>): string {
  return displayName({
    firstName: row.first_name as string,
    lastName: row.last_name as string,
    preferredName: (row.preferred_name as string | null) ?? null,
  });
}

export async function insertRow(
  manager: EntityManager,
  table: string,
  values: Record<string, unknown>,
): Promise<number> {
  const columns = Object.keys(values);
  await manager.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    columns.map((column) => values[column]),
  );
  const [{ id }] = await manager.query<{ id: number }[]>('SELECT last_insert_rowid() AS id');
  return id;
}

export async function updateRow(
  manager: EntityManager,
  table: string,
  id: number,
  values: Record<string, unknown>,
): Promise<void> {
  const columns = Object.keys(values);
  await manager.query(`UPDATE ${table} SET ${columns.map((column) => `${column} = ?`).join(', ')} WHERE id = ?`, [
    ...columns.map((column) => values[column]),
    id,
  ]);
}

/** The links table of a kind of person: (person, role, term). */
export interface TermLinks {
  table: 'participant_term' | 'peer_supporter_term';
  personColumn: 'participant_id' | 'peer_supporter_id';
}

export async function replaceTerms(
  manager: EntityManager,
  links: TermLinks,
  personId: number,
  role: 'language' | 'experience',
  termIds: number[],
): Promise<void> {
  await manager.query(`DELETE FROM ${links.table} WHERE ${links.personColumn} = ? AND role = ?`, [personId, role]);
  for (const termId of new Set(termIds)) {
    await manager.query(`INSERT INTO ${links.table} (${links.personColumn}, role, term_id) VALUES (?, ?, ?)`, [
      personId,
      role,
      termId,
    ]);
  }
}

export async function termsOf(
  manager: EntityManager,
  links: TermLinks,
  personId: number,
  role: 'language' | 'experience',
): Promise<number[]> {
  const rows = await manager.query<{ term_id: number }[]>(
    `SELECT l.term_id FROM ${links.table} l JOIN vocabulary_term t ON t.id = l.term_id
     WHERE l.${links.personColumn} = ? AND l.role = ? ORDER BY t.sort_order, t.label`,
    [personId, role],
  );
  return rows.map((row) => row.term_id);
}

/** A status change must change the status and may not be dated before the current one began. */
export function assertStatusChange(
  who: string,
  current: { status: string; statusSince: string },
  change: { status: string; on: string },
): void {
  if (current.status === change.status) {
    const message = `The ${who} already has this status.`;
    throw new AppError('VALIDATION', message, { fieldErrors: { status: [message] } });
  }
  if (change.on < current.statusSince) {
    const message = `The change cannot be dated before the current status began (${current.statusSince}).`;
    throw new AppError('VALIDATION', message, { fieldErrors: { on: [message] } });
  }
}

/** Archive instead of delete, and restore: the record stays, hidden from the lists. */
export async function setArchived(
  manager: EntityManager,
  target: { table: 'participant' | 'peer_supporter'; who: string; id: number; archivedAt: string | null },
  archived: boolean,
  now: Date,
): Promise<void> {
  if ((target.archivedAt !== null) === archived) {
    throw new AppError(
      'VALIDATION',
      archived ? `This ${target.who} is already archived.` : `This ${target.who} is not archived.`,
    );
  }
  await updateRow(manager, target.table, target.id, {
    archived_at: archived ? now.toISOString() : null,
    updated_at: now.toISOString(),
  });
}
