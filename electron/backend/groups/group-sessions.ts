// Group sessions: facilitators (peer supporters), named attendance and a count of those who came
// without giving a name.
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { Modality } from '../../../shared/api/fields';
import type {
  GroupSession,
  GroupSessionFields,
  GroupSessionList,
  groupSessionListInput,
} from '../../../shared/api/groups';
import { AppError } from '../errors';
import { displayNameOfRow } from '../people/person-columns';

type Row = Record<string, unknown>;

function invalid(field: string, message: string): AppError {
  return new AppError('VALIDATION', message, { fieldErrors: { [field]: [message] } });
}

const named = (row: Row) => ({ id: row.id as number, name: displayNameOfRow(row) });

export async function getGroupSession(manager: EntityManager, id: number): Promise<GroupSession> {
  const [row] = await manager.query<Row[]>(`SELECT * FROM group_session WHERE id = ?`, [id]);
  if (!row) throw invalid('id', 'That group session does not exist.');
  const facilitators = (
    await manager.query<Row[]>(
      `SELECT p.id, p.first_name, p.last_name, p.preferred_name FROM group_facilitator f
       JOIN peer_supporter p ON p.id = f.peer_supporter_id WHERE f.session_id = ?
       ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE`,
      [id],
    )
  ).map(named);
  const attendees = (
    await manager.query<Row[]>(
      `SELECT p.id, p.first_name, p.last_name, p.preferred_name FROM group_attendance a
       JOIN participant p ON p.id = a.participant_id WHERE a.session_id = ?
       ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE`,
      [id],
    )
  ).map(named);
  return {
    id,
    title: row.title as string,
    heldOn: row.held_on as string,
    durationMinutes: row.duration_minutes as number,
    facilitatorIds: facilitators.map((f) => f.id),
    modality: row.modality as Modality,
    topics: JSON.parse(row.topics as string) as string[],
    attendeeIds: attendees.map((a) => a.id),
    anonymousAttendees: row.anonymous_attendees as number,
    notes: (row.notes as string | null) ?? null,
    facilitators,
    attendees,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
  };
}

/** Facilitators are peer supporters on the roster (one archived since may stay); attendees exist. */
async function checkPeople(manager: EntityManager, fields: GroupSessionFields, sessionId: number | null) {
  const peers = await manager.query<Row[]>(
    `SELECT p.id, p.archived_at,
       EXISTS (SELECT 1 FROM group_facilitator f WHERE f.session_id = ? AND f.peer_supporter_id = p.id) AS kept
     FROM peer_supporter p WHERE p.id IN (SELECT value FROM json_each(?))`,
    [sessionId ?? 0, JSON.stringify(fields.facilitatorIds)],
  );
  const found = new Map(peers.map((row) => [row.id as number, row]));
  for (const id of fields.facilitatorIds) {
    const row = found.get(id);
    if (!row) throw invalid('facilitatorIds', 'A facilitator is not a peer supporter of this program.');
    if (row.archived_at !== null && row.kept !== 1) {
      throw invalid('facilitatorIds', 'An archived peer supporter cannot facilitate a new session.');
    }
  }
  const [{ n }] = await manager.query<{ n: number }[]>(
    `SELECT count(*) AS n FROM participant WHERE id IN (SELECT value FROM json_each(?))`,
    [JSON.stringify([...new Set(fields.attendeeIds)])],
  );
  if (n !== new Set(fields.attendeeIds).size) {
    throw invalid('attendeeIds', 'An attendee is not a participant of this program.');
  }
}

async function writePeople(manager: EntityManager, id: number, fields: GroupSessionFields) {
  await manager.query(`DELETE FROM group_facilitator WHERE session_id = ?`, [id]);
  await manager.query(`DELETE FROM group_attendance WHERE session_id = ?`, [id]);
  await manager.query(
    `INSERT INTO group_facilitator (session_id, peer_supporter_id) SELECT DISTINCT ?, value FROM json_each(?)`,
    [id, JSON.stringify(fields.facilitatorIds)],
  );
  await manager.query(
    `INSERT INTO group_attendance (session_id, participant_id) SELECT DISTINCT ?, value FROM json_each(?)`,
    [id, JSON.stringify(fields.attendeeIds)],
  );
}

const columns = 'title, held_on, duration_minutes, modality, topics, anonymous_attendees, notes';
const values = (fields: GroupSessionFields) => [
  fields.title,
  fields.heldOn,
  fields.durationMinutes,
  fields.modality,
  JSON.stringify(fields.topics),
  fields.anonymousAttendees,
  fields.notes,
];

export async function createGroupSession(
  manager: EntityManager,
  fields: GroupSessionFields,
  now: Date,
): Promise<number> {
  await checkPeople(manager, fields, null);
  const stamp = now.toISOString();
  await manager.query(
    `INSERT INTO group_session (${columns}, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [...values(fields), stamp, stamp],
  );
  const [{ id }] = await manager.query<{ id: number }[]>('SELECT last_insert_rowid() AS id');
  await writePeople(manager, id, fields);
  return id;
}

export async function updateGroupSession(
  manager: EntityManager,
  id: number,
  fields: GroupSessionFields,
  now: Date,
): Promise<void> {
  await getGroupSession(manager, id);
  await checkPeople(manager, fields, id);
  await manager.query(`UPDATE group_session SET (${columns}, updated_at) = (?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?`, [
    ...values(fields),
    now.toISOString(),
    id,
  ]);
  await writePeople(manager, id, fields);
}

export async function deleteGroupSession(manager: EntityManager, id: number): Promise<GroupSession> {
  const session = await getGroupSession(manager, id);
  await manager.query(`DELETE FROM group_session WHERE id = ?`, [id]);
  return session;
}

/** Sessions newest first, optionally those one participant attended. */
export async function listGroupSessions(
  manager: EntityManager,
  input: z.output<typeof groupSessionListInput>,
): Promise<GroupSessionList> {
  const filter =
    input.participantId === null
      ? ''
      : 'WHERE g.id IN (SELECT session_id FROM group_attendance WHERE participant_id = ?)';
  const parameters = input.participantId === null ? [] : [input.participantId];
  const [{ total }] = await manager.query<{ total: number }[]>(
    `SELECT count(*) AS total FROM group_session g ${filter}`,
    parameters,
  );
  const rows = await manager.query<Row[]>(
    `SELECT g.id, g.title, g.held_on, g.duration_minutes, g.modality,
       g.anonymous_attendees + (SELECT count(*) FROM group_attendance a WHERE a.session_id = g.id) AS attendance
     FROM group_session g ${filter}
     ORDER BY g.held_on DESC, g.id DESC LIMIT ? OFFSET ?`,
    [...parameters, input.limit, input.offset],
  );
  // The page's facilitators in one query.
  const facilitators = new Map<number, string[]>();
  const facilitatorRows = await manager.query<Row[]>(
    `SELECT f.session_id, p.first_name, p.last_name, p.preferred_name FROM group_facilitator f
     JOIN peer_supporter p ON p.id = f.peer_supporter_id
     WHERE f.session_id IN (SELECT value FROM json_each(?))
     ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE`,
    [JSON.stringify(rows.map((row) => row.id))],
  );
  for (const row of facilitatorRows) {
    const id = row.session_id as number;
    facilitators.set(id, [...(facilitators.get(id) ?? []), displayNameOfRow(row)]);
  }
  return {
    total,
    rows: rows.map((row) => ({
      id: row.id as number,
      title: row.title as string,
      heldOn: row.held_on as string,
      durationMinutes: row.duration_minutes as number,
      modality: row.modality as Modality,
      facilitators: facilitators.get(row.id as number) ?? [],
      attendance: row.attendance as number,
    })),
  };
}
