// The resource directory: read with how many referrals name each entry; a resource in use is
// retired, never deleted, so past referrals keep their name.
import type { EntityManager } from 'typeorm';
import type { Resource, ResourceFields, ResourceType } from '../../../shared/api/resources';
import { AppError } from '../errors';

type Row = Record<string, unknown>;

const select = `SELECT s.*, (SELECT count(*) FROM contact_referral r WHERE r.resource_id = s.id) AS referrals
  FROM resource s`;

function toResource(row: Row): Resource {
  const text = (name: string) => (row[name] as string | null) ?? null;
  return {
    id: row.id as number,
    name: row.name as string,
    type: row.type as ResourceType,
    contactName: text('contact_name'),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    address: text('address'),
    notes: text('notes'),
    retired: row.retired_at !== null,
    referrals: row.referrals as number,
  };
}

export async function listResources(manager: EntityManager, includeRetired: boolean): Promise<Resource[]> {
  const rows = await manager.query<Row[]>(
    `${select} ${includeRetired ? '' : 'WHERE s.retired_at IS NULL'} ORDER BY s.name COLLATE NOCASE`,
  );
  return rows.map(toResource);
}

export async function getResource(manager: EntityManager, id: number): Promise<Resource> {
  const [row] = await manager.query<Row[]>(`${select} WHERE s.id = ?`, [id]);
  if (!row) {
    throw new AppError('VALIDATION', 'That resource does not exist.', { fieldErrors: { id: ['Not found.'] } });
  }
  return toResource(row);
}

async function assertNameFree(manager: EntityManager, name: string, except: number): Promise<void> {
  const [taken] = await manager.query<Row[]>(`SELECT name FROM resource WHERE lower(name) = lower(?) AND id <> ?`, [
    name,
    except,
  ]);
  if (taken) {
    const message = `"${taken.name as string}" is already in the directory.`;
    throw new AppError('VALIDATION', message, { fieldErrors: { name: [message] } });
  }
}

const values = (fields: ResourceFields) => [
  fields.name,
  fields.type,
  fields.contactName,
  fields.phone,
  fields.email,
  fields.website,
  fields.address,
  fields.notes,
];
const columns = 'name, type, contact_name, phone, email, website, address, notes';

export async function addResource(manager: EntityManager, fields: ResourceFields, now: Date): Promise<number> {
  await assertNameFree(manager, fields.name, 0);
  const stamp = now.toISOString();
  await manager.query(
    `INSERT INTO resource (${columns}, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [...values(fields), stamp, stamp],
  );
  const [{ id }] = await manager.query<{ id: number }[]>('SELECT last_insert_rowid() AS id');
  return id;
}

export async function updateResource(
  manager: EntityManager,
  id: number,
  fields: ResourceFields,
  now: Date,
): Promise<void> {
  await getResource(manager, id);
  await assertNameFree(manager, fields.name, id);
  await manager.query(`UPDATE resource SET (${columns}, updated_at) = (?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?`, [
    ...values(fields),
    now.toISOString(),
    id,
  ]);
}

export async function setResourceRetired(manager: EntityManager, id: number, retired: boolean, now: Date) {
  await getResource(manager, id);
  await manager.query(`UPDATE resource SET retired_at = ?, updated_at = ? WHERE id = ?`, [
    retired ? now.toISOString() : null,
    now.toISOString(),
    id,
  ]);
}
