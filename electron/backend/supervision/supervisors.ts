// The supervisors: the program leader (made one at setup) and whoever else the program names.
import type { EntityManager } from 'typeorm';
import type { Supervisor } from '../../../shared/api/supervision';
import { AppError } from '../errors';
import { insertRow } from '../people/person-columns';

type Row = Record<string, unknown>;

function toSupervisor(row: Row): Supervisor {
  return {
    id: row.id as number,
    name: row.name as string,
    role: (row.role as string | null) ?? null,
    credentials: (row.credentials as string | null) ?? null,
    isLeader: row.is_leader === 1,
    retired: row.retired_at !== null,
  };
}

export async function listSupervisors(manager: EntityManager): Promise<Supervisor[]> {
  const rows = await manager.query<Row[]>(`SELECT * FROM supervisor ORDER BY is_leader DESC, lower(name)`);
  return rows.map(toSupervisor);
}

export async function getSupervisor(manager: EntityManager, id: number): Promise<Supervisor> {
  const [row] = await manager.query<Row[]>(`SELECT * FROM supervisor WHERE id = ?`, [id]);
  if (!row) {
    throw new AppError('VALIDATION', 'That supervisor does not exist.', {
      fieldErrors: { supervisorId: ['Choose the supervisor.'] },
    });
  }
  return toSupervisor(row);
}

export async function addSupervisor(
  manager: EntityManager,
  fields: { name: string; role: string | null; credentials: string | null },
): Promise<number> {
  return insertRow(manager, 'supervisor', { ...fields, is_leader: 0 });
}

export async function updateSupervisor(
  manager: EntityManager,
  id: number,
  fields: { name: string; role: string | null; credentials: string | null },
): Promise<void> {
  await getSupervisor(manager, id);
  await manager.query(`UPDATE supervisor SET name = ?, role = ?, credentials = ? WHERE id = ?`, [
    fields.name,
    fields.role,
    fields.credentials,
    id,
  ]);
}

export async function setSupervisorRetired(manager: EntityManager, id: number, retired: boolean, now: Date) {
  const supervisor = await getSupervisor(manager, id);
  if (supervisor.isLeader && retired) {
    throw new AppError('VALIDATION', 'The program leader stays a supervisor.');
  }
  await manager.query(`UPDATE supervisor SET retired_at = ? WHERE id = ?`, [retired ? now.toISOString() : null, id]);
}
