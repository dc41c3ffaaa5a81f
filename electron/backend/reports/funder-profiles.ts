// Saved funder profiles: a named choice of sections and period, so that a recurring report is
// one click. Names are unique, whatever their capitals.
import type { EntityManager } from 'typeorm';
import type { FunderProfile, FunderProfileFields, PeriodKind, ReportSectionKey } from '../../../shared/api/reports';
import { reportSections } from '../../../shared/api/reports';
import { AppError } from '../errors';
import type { Row } from './raw';

function toProfile(row: Row): FunderProfile {
  const stored = JSON.parse(row.sections as string) as string[];
  return {
    id: row.id as number,
    name: row.name as string,
    periodKind: row.period_kind as PeriodKind,
    // In the report's order; a section a later version drops is left out.
    sections: reportSections.filter((key): key is ReportSectionKey => stored.includes(key)),
  };
}

export async function listFunderProfiles(manager: EntityManager): Promise<FunderProfile[]> {
  const rows = await manager.query<Row[]>(`SELECT * FROM funder_profile ORDER BY name COLLATE NOCASE`);
  return rows.map(toProfile);
}

export async function getFunderProfile(manager: EntityManager, id: number): Promise<FunderProfile> {
  const [row] = await manager.query<Row[]>(`SELECT * FROM funder_profile WHERE id = ?`, [id]);
  if (!row)
    throw new AppError('VALIDATION', 'That funder profile does not exist.', { fieldErrors: { id: ['Not found.'] } });
  return toProfile(row);
}

async function assertNameFree(manager: EntityManager, name: string, except: number): Promise<void> {
  const [taken] = await manager.query<Row[]>(
    `SELECT name FROM funder_profile WHERE lower(name) = lower(?) AND id <> ?`,
    [name, except],
  );
  if (taken) {
    const message = `A profile named "${taken.name as string}" already exists.`;
    throw new AppError('VALIDATION', message, { fieldErrors: { name: [message] } });
  }
}

export async function addFunderProfile(
  manager: EntityManager,
  fields: FunderProfileFields,
  now: Date,
): Promise<number> {
  await assertNameFree(manager, fields.name, 0);
  const at = now.toISOString();
  const [row] = await manager.query<Row[]>(
    `INSERT INTO funder_profile (name, period_kind, sections, created_at, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id`,
    [fields.name, fields.periodKind, JSON.stringify(fields.sections), at, at],
  );
  return row?.id as number;
}

export async function updateFunderProfile(
  manager: EntityManager,
  id: number,
  fields: FunderProfileFields,
  now: Date,
): Promise<void> {
  await getFunderProfile(manager, id);
  await assertNameFree(manager, fields.name, id);
  await manager.query(
    `UPDATE funder_profile SET name = ?, period_kind = ?, sections = ?, updated_at = ? WHERE id = ?`,
    [fields.name, fields.periodKind, JSON.stringify(fields.sections), now.toISOString(), id],
  );
}

export async function deleteFunderProfile(manager: EntityManager, id: number): Promise<FunderProfile> {
  const profile = await getFunderProfile(manager, id);
  await manager.query(`DELETE FROM funder_profile WHERE id = ?`, [id]);
  return profile;
}
