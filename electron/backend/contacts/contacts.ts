// The contact log: contacts and attempts on a match (or with a participant who has none), the
// referrals each made to the resource directory, and concerns raised to a supervisor. A match's
// timeline reads its rows through the contact_by_match index, then their referrals in one query.
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type {
  Contact,
  ContactFields,
  ContactInitiator,
  ContactTimeline,
  ContactTotals,
  FidelityItem,
  KeyFunction,
  RaisedConcern,
  concernResolveInput,
  contactListInput,
} from '../../../shared/api/contacts';
import type { Modality } from '../../../shared/api/fields';
import { AppError } from '../errors';
import { displayNameOfRow } from '../people/person-columns';

type Row = Record<string, unknown>;

function invalid(field: string, message: string): AppError {
  return new AppError('VALIDATION', message, { fieldErrors: { [field]: [message] } });
}

const peopleColumns = `pa.first_name AS pa_first_name, pa.last_name AS pa_last_name,
  pa.preferred_name AS pa_preferred_name, ps.first_name AS ps_first_name, ps.last_name AS ps_last_name,
  ps.preferred_name AS ps_preferred_name`;
const peopleJoins = `JOIN participant pa ON pa.id = c.participant_id
  LEFT JOIN peer_supporter ps ON ps.id = c.peer_supporter_id`;

const nameOf = (row: Row, prefix: 'pa' | 'ps') =>
  displayNameOfRow({
    first_name: row[`${prefix}_first_name`],
    last_name: row[`${prefix}_last_name`],
    preferred_name: row[`${prefix}_preferred_name`],
  });

function toContact(row: Row, referrals: Contact['referrals']): Contact {
  const peerId = (row.peer_supporter_id as number | null) ?? null;
  return {
    id: row.id as number,
    matchId: (row.match_id as number | null) ?? null,
    participantId: row.participant_id as number,
    peerSupporterId: peerId,
    peerSupporter: peerId === null ? null : { id: peerId, name: nameOf(row, 'ps') },
    occurredAt: row.occurred_at as string,
    isAttempt: row.is_attempt === 1,
    durationMinutes: (row.duration_minutes as number | null) ?? null,
    modality: row.modality as Modality,
    initiatedBy: row.initiated_by as ContactInitiator,
    functions: JSON.parse(row.functions as string) as KeyFunction[],
    fidelityItems: JSON.parse(row.fidelity_items as string) as FidelityItem[],
    referrals,
    concernRaised: row.concern_raised === 1,
    concern: (row.concern as string | null) ?? null,
    concernResolvedOn: (row.concern_resolved_on as string | null) ?? null,
    concernResolution: (row.concern_resolution as string | null) ?? null,
    privateNotes: (row.private_notes as string | null) ?? null,
    nextContactOn: (row.next_contact_on as string | null) ?? null,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
  };
}

/** The referrals of these contacts, by contact id, in one query. */
async function referralsOf(manager: EntityManager, contactIds: number[]): Promise<Map<number, Contact['referrals']>> {
  const byContact = new Map<number, Contact['referrals']>();
  if (contactIds.length === 0) return byContact;
  const rows = await manager.query<Row[]>(
    `SELECT r.contact_id, r.resource_id, r.note, s.name FROM contact_referral r JOIN resource s ON s.id = r.resource_id
     WHERE r.contact_id IN (SELECT value FROM json_each(?)) ORDER BY r.id`,
    [JSON.stringify(contactIds)],
  );
  for (const row of rows) {
    const list = byContact.get(row.contact_id as number) ?? [];
    list.push({
      resourceId: row.resource_id as number,
      resource: row.name as string,
      note: (row.note as string | null) ?? null,
    });
    byContact.set(row.contact_id as number, list);
  }
  return byContact;
}

async function contactRows(manager: EntityManager, where: string, parameters: unknown[]): Promise<Contact[]> {
  const rows = await manager.query<Row[]>(
    `SELECT c.*, ${peopleColumns} FROM contact c ${peopleJoins} WHERE ${where}
     ORDER BY c.occurred_at DESC, c.id DESC`,
    parameters,
  );
  const referrals = await referralsOf(
    manager,
    rows.map((row) => row.id as number),
  );
  return rows.map((row) => toContact(row, referrals.get(row.id as number) ?? []));
}

export async function getContact(manager: EntityManager, id: number): Promise<Contact> {
  const [contact] = await contactRows(manager, 'c.id = ?', [id]);
  if (!contact) throw invalid('id', 'That contact does not exist.');
  return contact;
}

/** Where a contact belongs: the match's participant and peer, and the days it may fall on. */
async function placeOf(manager: EntityManager, fields: ContactFields): Promise<{ peerSupporterId: number | null }> {
  const [participant] = await manager.query<Row[]>(`SELECT id FROM participant WHERE id = ?`, [fields.participantId]);
  if (!participant) throw invalid('participantId', 'That participant does not exist.');
  if (fields.matchId === null) {
    if (fields.peerSupporterId !== null) {
      const [peer] = await manager.query<Row[]>(`SELECT id FROM peer_supporter WHERE id = ?`, [fields.peerSupporterId]);
      if (!peer) throw invalid('peerSupporterId', 'That peer supporter does not exist.');
    }
    return { peerSupporterId: fields.peerSupporterId };
  }
  const [match] = await manager.query<Row[]>(`SELECT * FROM peer_match WHERE id = ?`, [fields.matchId]);
  if (!match) throw invalid('matchId', 'That match does not exist.');
  if (match.participant_id !== fields.participantId) {
    throw invalid('matchId', 'That match is with another participant.');
  }
  const peerSupporterId = match.peer_supporter_id as number;
  if (fields.peerSupporterId !== null && fields.peerSupporterId !== peerSupporterId) {
    throw invalid('peerSupporterId', "A contact on a match is with the match's peer supporter.");
  }
  const day = fields.occurredAt.slice(0, 10);
  const from = (match.started_on as string | null) ?? (match.proposed_on as string);
  if (day < from) {
    throw invalid('occurredAt', `The match ${match.started_on === null ? 'was proposed' : 'started'} on ${from}.`);
  }
  const endedOn = (match.ended_on as string | null) ?? null;
  if (endedOn !== null && day > endedOn) throw invalid('occurredAt', `The match ended on ${endedOn}.`);
  return { peerSupporterId };
}

/** Referrals name resources that exist and are in use; one already on the contact may stay. */
async function checkReferrals(manager: EntityManager, fields: ContactFields, contactId: number | null) {
  if (fields.referrals.length === 0) return;
  const ids = [...new Set(fields.referrals.map((r) => r.resourceId))];
  const rows = await manager.query<Row[]>(
    `SELECT s.id, s.name, s.retired_at,
       EXISTS (SELECT 1 FROM contact_referral r WHERE r.resource_id = s.id AND r.contact_id = ?) AS kept
     FROM resource s WHERE s.id IN (SELECT value FROM json_each(?))`,
    [contactId ?? 0, JSON.stringify(ids)],
  );
  const found = new Map(rows.map((row) => [row.id as number, row]));
  fields.referrals.forEach((referral, index) => {
    const row = found.get(referral.resourceId);
    const field = `referrals.${index}.resourceId`;
    if (!row) throw invalid(field, 'That resource is not in the directory.');
    if (row.retired_at !== null && row.kept !== 1) {
      throw invalid(field, `"${row.name as string}" is retired from the directory; choose another resource.`);
    }
  });
}

async function writeReferrals(manager: EntityManager, contactId: number, fields: ContactFields) {
  await manager.query(`DELETE FROM contact_referral WHERE contact_id = ?`, [contactId]);
  for (const referral of fields.referrals) {
    await manager.query(`INSERT INTO contact_referral (contact_id, resource_id, note) VALUES (?, ?, ?)`, [
      contactId,
      referral.resourceId,
      referral.note,
    ]);
  }
}

function columnValues(fields: ContactFields, peerSupporterId: number | null): unknown[] {
  return [
    fields.matchId,
    fields.participantId,
    peerSupporterId,
    fields.occurredAt,
    fields.isAttempt ? 1 : 0,
    fields.durationMinutes,
    fields.modality,
    fields.initiatedBy,
    JSON.stringify(fields.functions),
    JSON.stringify(fields.fidelityItems),
    fields.concernRaised ? 1 : 0,
    fields.concernRaised ? fields.concern : null,
    fields.privateNotes,
    fields.nextContactOn,
  ];
}

const columns = `match_id, participant_id, peer_supporter_id, occurred_at, is_attempt, duration_minutes, modality,
  initiated_by, functions, fidelity_items, concern_raised, concern, private_notes, next_contact_on`;

export async function createContact(manager: EntityManager, fields: ContactFields, now: Date): Promise<number> {
  const { peerSupporterId } = await placeOf(manager, fields);
  await checkReferrals(manager, fields, null);
  const stamp = now.toISOString();
  await manager.query(
    `INSERT INTO contact (${columns}, created_at, updated_at) VALUES (${Array(16).fill('?').join(', ')})`,
    [...columnValues(fields, peerSupporterId), stamp, stamp],
  );
  const [{ id }] = await manager.query<{ id: number }[]>('SELECT last_insert_rowid() AS id');
  await writeReferrals(manager, id, fields);
  return id;
}

export async function updateContact(
  manager: EntityManager,
  id: number,
  fields: ContactFields,
  now: Date,
): Promise<void> {
  const current = await getContact(manager, id);
  if (current.participantId !== fields.participantId) {
    throw invalid('participantId', 'A contact stays with its participant: log a new one for someone else.');
  }
  if (current.matchId !== fields.matchId) {
    throw invalid('matchId', 'A contact stays on its match: log a new one on the other match.');
  }
  const { peerSupporterId } = await placeOf(manager, fields);
  await checkReferrals(manager, fields, id);
  // A resolved concern keeps its resolution while the concern stays raised.
  const keepResolution = fields.concernRaised && current.concernRaised;
  await manager.query(
    `UPDATE contact SET (${columns}, concern_resolved_on, concern_resolution, updated_at)
       = (${Array(17).fill('?').join(', ')}) WHERE id = ?`,
    [
      ...columnValues(fields, peerSupporterId),
      keepResolution ? current.concernResolvedOn : null,
      keepResolution ? current.concernResolution : null,
      now.toISOString(),
      id,
    ],
  );
  await writeReferrals(manager, id, fields);
}

export async function deleteContact(manager: EntityManager, id: number): Promise<Contact> {
  const contact = await getContact(manager, id);
  await manager.query(`DELETE FROM contact WHERE id = ?`, [id]);
  return contact;
}

export async function resolveConcern(
  manager: EntityManager,
  input: z.output<typeof concernResolveInput>,
): Promise<void> {
  const contact = await getContact(manager, input.id);
  if (!contact.concernRaised) throw invalid('id', 'No concern was raised in this contact.');
  if (contact.concernResolvedOn !== null) {
    throw invalid('resolvedOn', `This concern was resolved on ${contact.concernResolvedOn}.`);
  }
  if (input.resolvedOn < contact.occurredAt.slice(0, 10)) {
    throw invalid('resolvedOn', `The concern was raised on ${contact.occurredAt.slice(0, 10)}.`);
  }
  await manager.query(`UPDATE contact SET concern_resolved_on = ?, concern_resolution = ? WHERE id = ?`, [
    input.resolvedOn,
    input.note,
    input.id,
  ]);
}

function totalsOf(entries: Contact[]): ContactTotals {
  const totals: ContactTotals = {
    contacts: 0,
    attempts: 0,
    minutes: 0,
    byModality: {},
    byFunction: {},
    referrals: 0,
    lastContactAt: null,
  };
  for (const entry of entries) {
    if (entry.isAttempt) {
      totals.attempts += 1;
      continue;
    }
    totals.contacts += 1;
    totals.minutes += entry.durationMinutes ?? 0;
    totals.byModality[entry.modality] = (totals.byModality[entry.modality] ?? 0) + 1;
    for (const fn of entry.functions) totals.byFunction[fn] = (totals.byFunction[fn] ?? 0) + 1;
    totals.referrals += entry.referrals.length;
    if (totals.lastContactAt === null || entry.occurredAt > totals.lastContactAt) {
      totals.lastContactAt = entry.occurredAt;
    }
  }
  return totals;
}

/** A match's contacts and attempts (or all of a participant's), newest first, with totals. */
export async function contactTimeline(
  manager: EntityManager,
  input: z.output<typeof contactListInput>,
): Promise<ContactTimeline> {
  const entries =
    input.matchId !== null
      ? await contactRows(manager, 'c.match_id = ?', [input.matchId])
      : await contactRows(manager, 'c.participant_id = ?', [input.participantId]);
  return { totals: totalsOf(entries), entries };
}

/** The concerns raised in one peer supporter's contacts, newest first. */
export async function peerConcerns(manager: EntityManager, peerSupporterId: number): Promise<RaisedConcern[]> {
  const rows = await manager.query<Row[]>(
    `SELECT c.id, c.match_id, c.participant_id, c.occurred_at, c.concern, c.concern_resolved_on,
       c.concern_resolution, pa.first_name AS pa_first_name, pa.last_name AS pa_last_name,
       pa.preferred_name AS pa_preferred_name
     FROM contact c JOIN participant pa ON pa.id = c.participant_id
     WHERE c.peer_supporter_id = ? AND c.concern_raised = 1
     ORDER BY c.occurred_at DESC, c.id DESC`,
    [peerSupporterId],
  );
  return rows.map((row) => ({
    contactId: row.id as number,
    matchId: (row.match_id as number | null) ?? null,
    participant: { id: row.participant_id as number, name: nameOf(row, 'pa') },
    raisedAt: row.occurred_at as string,
    concern: row.concern as string,
    resolvedOn: (row.concern_resolved_on as string | null) ?? null,
    resolution: (row.concern_resolution as string | null) ?? null,
  }));
}
