// Supervision notes: written about one peer supporter or a group, read back only on a peer
// supporter's page. Nothing here is ever read by a report or an export.
import type { EntityManager } from 'typeorm';
import { addDays } from '../../../shared/api/days';
import { todayIso } from '../../../shared/api/fields';
import type {
  ActionItem,
  PeerSupervision,
  SupervisionFormat,
  SupervisionNote,
  SupervisionNoteFields,
  SupervisionNoteSummary,
  SupervisionTopic,
} from '../../../shared/api/supervision';
import { AppError } from '../errors';
import { displayNameOfRow, insertRow, updateRow } from '../people/person-columns';
import { getSupervisor } from './supervisors';

type Row = Record<string, unknown>;

function notFound(): AppError {
  return new AppError('VALIDATION', 'That supervision note does not exist.', { fieldErrors: { id: ['Not found.'] } });
}

/** The people a note may name: existing, and (when newly named) not archived. */
async function assertPeople(
  manager: EntityManager,
  table: 'peer_supporter' | 'participant',
  ids: number[],
  alreadyNamed: number[],
  field: string,
) {
  const added = [...new Set(ids)].filter((id) => !alreadyNamed.includes(id));
  if (added.length === 0) return;
  const rows = await manager.query<{ id: number; archived_at: string | null }[]>(
    `SELECT id, archived_at FROM ${table} WHERE id IN (${added.map(() => '?').join(', ')})`,
    added,
  );
  const what = table === 'participant' ? 'participants' : 'peer supporters';
  if (rows.length !== added.length) {
    throw new AppError('VALIDATION', `One of the ${what} does not exist.`, {
      fieldErrors: { [field]: ['Not found.'] },
    });
  }
  if (rows.some((row) => row.archived_at !== null)) {
    throw new AppError('VALIDATION', `One of the ${what} is archived: restore them first.`, {
      fieldErrors: { [field]: ['Archived.'] },
    });
  }
}

interface NamedOnNote {
  supervisorId: number;
  peerSupporterIds: number[];
  caseReviewParticipantIds: number[];
}

async function checkReferences(manager: EntityManager, fields: SupervisionNoteFields, current: NamedOnNote | null) {
  const supervisor = await getSupervisor(manager, fields.supervisorId);
  if (supervisor.retired && supervisor.id !== current?.supervisorId) {
    throw new AppError('VALIDATION', `${supervisor.name} is no longer a supervisor here.`, {
      fieldErrors: { supervisorId: ['Choose a current supervisor.'] },
    });
  }
  await assertPeople(
    manager,
    'peer_supporter',
    fields.peerSupporterIds,
    current?.peerSupporterIds ?? [],
    'peerSupporterIds',
  );
  await assertPeople(
    manager,
    'participant',
    fields.caseReviewParticipantIds,
    current?.caseReviewParticipantIds ?? [],
    'caseReviewParticipantIds',
  );
}

function noteValues(fields: SupervisionNoteFields): Row {
  return {
    held_on: fields.heldOn,
    duration_minutes: fields.durationMinutes,
    supervisor_id: fields.supervisorId,
    format: fields.format,
    topics: JSON.stringify([...new Set(fields.topics)]),
    wellbeing: fields.wellbeing,
    wellbeing_concern: fields.wellbeingConcern ? 1 : 0,
    summary: fields.summary,
    next_supervision_on: fields.nextSupervisionOn,
  };
}

async function writeLinks(manager: EntityManager, noteId: number, fields: SupervisionNoteFields): Promise<void> {
  await manager.query(`DELETE FROM supervision_attendee WHERE note_id = ?`, [noteId]);
  for (const peerId of new Set(fields.peerSupporterIds)) {
    await manager.query(`INSERT INTO supervision_attendee (note_id, peer_supporter_id) VALUES (?, ?)`, [
      noteId,
      peerId,
    ]);
  }
  await manager.query(`DELETE FROM supervision_case_review WHERE note_id = ?`, [noteId]);
  for (const participantId of new Set(fields.caseReviewParticipantIds)) {
    await manager.query(`INSERT INTO supervision_case_review (note_id, participant_id) VALUES (?, ?)`, [
      noteId,
      participantId,
    ]);
  }
}

/** Keeps the items still listed (and whether they were done), adds the new ones, drops the rest. */
async function writeActions(manager: EntityManager, noteId: number, fields: SupervisionNoteFields): Promise<void> {
  const existing = await manager.query<{ id: number }[]>(`SELECT id FROM supervision_action WHERE note_id = ?`, [
    noteId,
  ]);
  const kept = new Set(fields.actionItems.flatMap((item) => (item.id === undefined ? [] : [item.id])));
  for (const { id } of existing) {
    if (!kept.has(id)) await manager.query(`DELETE FROM supervision_action WHERE id = ?`, [id]);
  }
  const known = new Set(existing.map((row) => row.id));
  for (const item of fields.actionItems) {
    const values = { description: item.description, owner: item.owner, due_on: item.dueOn };
    if (item.id === undefined) {
      await insertRow(manager, 'supervision_action', { note_id: noteId, ...values });
    } else if (known.has(item.id)) {
      await updateRow(manager, 'supervision_action', item.id, values);
    } else {
      throw new AppError('VALIDATION', 'An action item does not belong to this note.', {
        fieldErrors: { actionItems: ['Not found.'] },
      });
    }
  }
}

export async function createNote(manager: EntityManager, fields: SupervisionNoteFields, now: Date): Promise<number> {
  await checkReferences(manager, fields, null);
  if (fields.actionItems.some((item) => item.id !== undefined)) {
    throw new AppError('VALIDATION', 'A new note has no saved action items yet.');
  }
  const at = now.toISOString();
  const id = await insertRow(manager, 'supervision_note', { ...noteValues(fields), created_at: at, updated_at: at });
  await writeLinks(manager, id, fields);
  await writeActions(manager, id, fields);
  return id;
}

export async function updateNote(manager: EntityManager, id: number, fields: SupervisionNoteFields, now: Date) {
  await checkReferences(manager, fields, await getNote(manager, id));
  await updateRow(manager, 'supervision_note', id, { ...noteValues(fields), updated_at: now.toISOString() });
  await writeLinks(manager, id, fields);
  await writeActions(manager, id, fields);
}

function toAction(row: Row): ActionItem {
  return {
    id: row.id as number,
    noteId: row.note_id as number,
    description: row.description as string,
    owner: row.owner as string,
    dueOn: row.due_on as string,
    completedOn: (row.completed_on as string | null) ?? null,
  };
}

export async function getNote(manager: EntityManager, id: number): Promise<SupervisionNote> {
  const [row] = await manager.query<Row[]>(
    `SELECT n.*, s.name AS supervisor_name FROM supervision_note n JOIN supervisor s ON s.id = n.supervisor_id WHERE n.id = ?`,
    [id],
  );
  if (!row) throw notFound();
  const peers = await manager.query<Row[]>(
    `SELECT p.id, p.first_name, p.last_name, p.preferred_name FROM supervision_attendee a
     JOIN peer_supporter p ON p.id = a.peer_supporter_id WHERE a.note_id = ? ORDER BY p.last_name, p.first_name`,
    [id],
  );
  const reviewed = await manager.query<Row[]>(
    `SELECT p.id, p.first_name, p.last_name, p.preferred_name FROM supervision_case_review r
     JOIN participant p ON p.id = r.participant_id WHERE r.note_id = ? ORDER BY p.last_name, p.first_name`,
    [id],
  );
  const actions = (
    await manager.query<Row[]>(`SELECT * FROM supervision_action WHERE note_id = ? ORDER BY due_on, id`, [id])
  ).map(toAction);
  return {
    id,
    heldOn: row.held_on as string,
    durationMinutes: row.duration_minutes as number,
    supervisorId: row.supervisor_id as number,
    supervisor: row.supervisor_name as string,
    format: row.format as SupervisionFormat,
    peerSupporterIds: peers.map((peer) => peer.id as number),
    peerSupporters: peers.map((peer) => ({ id: peer.id as number, name: displayNameOfRow(peer) })),
    topics: JSON.parse(row.topics as string) as SupervisionTopic[],
    wellbeing: (row.wellbeing as number | null) ?? null,
    wellbeingConcern: row.wellbeing_concern === 1,
    summary: (row.summary as string | null) ?? null,
    caseReviewParticipantIds: reviewed.map((participant) => participant.id as number),
    caseReviews: reviewed.map((participant) => ({
      participantId: participant.id as number,
      name: displayNameOfRow(participant),
    })),
    actionItems: actions.map(({ id: actionId, description, owner, dueOn }) => ({
      id: actionId,
      description,
      owner,
      dueOn,
    })),
    actions,
    nextSupervisionOn: (row.next_supervision_on as string | null) ?? null,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
  };
}

export async function completeAction(
  manager: EntityManager,
  input: { id: number; completedOn: string | null },
): Promise<number> {
  const [row] = await manager.query<Row[]>(`SELECT note_id FROM supervision_action WHERE id = ?`, [input.id]);
  if (!row)
    throw new AppError('VALIDATION', 'That action item does not exist.', { fieldErrors: { id: ['Not found.'] } });
  await manager.query(`UPDATE supervision_action SET completed_on = ? WHERE id = ?`, [input.completedOn, input.id]);
  return row.note_id as number;
}

export async function supervisionCadenceDays(manager: EntityManager): Promise<number> {
  const [row] = await manager.query<{ days: number }[]>(
    `SELECT supervision_cadence_days AS days FROM program WHERE id = 1`,
  );
  return row?.days ?? 30;
}

/**
 * When an active peer supporter is next due for supervision: the date the last note set, else
 * the cadence after the last supervision, else the cadence after they became active.
 */
export function nextDue(
  peer: { status: string; statusSince: string },
  last: { heldOn: string; nextSupervisionOn: string | null } | null,
  cadenceDays: number,
): string | null {
  if (peer.status !== 'active') return null;
  const sinceActive = addDays(peer.statusSince, cadenceDays);
  if (last === null) return sinceActive;
  const fromNote = last.nextSupervisionOn ?? addDays(last.heldOn, cadenceDays);
  if (last.heldOn >= peer.statusSince) return fromNote;
  // Back from leave since the last supervision: a full cadence from the return, not overdue on
  // the first day back.
  return fromNote > sinceActive ? fromNote : sinceActive;
}

export async function peerSupervision(manager: EntityManager, peerId: number, now: Date): Promise<PeerSupervision> {
  const [peer] = await manager.query<Row[]>(`SELECT status, status_since FROM peer_supporter WHERE id = ?`, [peerId]);
  if (!peer) {
    throw new AppError('VALIDATION', 'That peer supporter does not exist.', {
      fieldErrors: { peerSupporterId: ['Not found.'] },
    });
  }
  const rows = await manager.query<Row[]>(
    `SELECT n.id, n.held_on, n.duration_minutes, n.format, n.topics, n.wellbeing, n.wellbeing_concern,
       n.next_supervision_on, s.name AS supervisor_name,
       (SELECT count(*) FROM supervision_action x WHERE x.note_id = n.id AND x.completed_on IS NULL) AS open_actions,
       (SELECT count(*) FROM supervision_attendee g WHERE g.note_id = n.id) AS group_size
     FROM supervision_attendee a
     JOIN supervision_note n ON n.id = a.note_id
     JOIN supervisor s ON s.id = n.supervisor_id
     WHERE a.peer_supporter_id = ?
     ORDER BY n.held_on DESC, n.id DESC`,
    [peerId],
  );
  const notes: SupervisionNoteSummary[] = rows.map((row) => ({
    id: row.id as number,
    heldOn: row.held_on as string,
    durationMinutes: row.duration_minutes as number,
    supervisor: row.supervisor_name as string,
    format: row.format as SupervisionFormat,
    topics: JSON.parse(row.topics as string) as SupervisionTopic[],
    wellbeing: (row.wellbeing as number | null) ?? null,
    wellbeingConcern: row.wellbeing_concern === 1,
    openActions: row.open_actions as number,
    groupSize: row.group_size as number,
  }));
  const last = rows[0]
    ? { heldOn: rows[0].held_on as string, nextSupervisionOn: (rows[0].next_supervision_on as string | null) ?? null }
    : null;
  const nextDueOn = nextDue(
    { status: peer.status as string, statusSince: peer.status_since as string },
    last,
    await supervisionCadenceDays(manager),
  );
  return {
    lastSupervisedOn: last?.heldOn ?? null,
    nextDueOn,
    overdue: nextDueOn !== null && nextDueOn < todayIso(now),
    wellbeingTrend: notes
      .filter((note) => note.wellbeing !== null)
      .map((note) => ({
        noteId: note.id,
        heldOn: note.heldOn,
        wellbeing: note.wellbeing as number,
        concern: note.wellbeingConcern,
      }))
      .reverse(),
    notes,
  };
}
