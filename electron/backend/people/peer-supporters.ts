// Peer supporters: create, change, status (with leave), archive and restore, training records
// and certifications, the record page and the list behind the peer supporters table.
import type { EntityManager } from 'typeorm';
import { addDays } from '../../../shared/api/days';
import type { z } from 'zod';
import type { Gender, Modality } from '../../../shared/api/fields';
import {
  CERTIFICATION_WARNING_DAYS,
  type Certification,
  type PeerStatus,
  type PeerSupporter,
  type PeerSupporterFields,
  type PeerSupporterList,
  type PeerSupporterRow,
  type peerSupporterListInput,
  type TrainingRecord,
} from '../../../shared/api/peer-supporters';
import { todayIso } from '../../../shared/api/fields';
import { AppError } from '../errors';
import {
  identityFromRow,
  identityValues,
  insertRow,
  setArchived,
  assertStatusChange,
  termsOf,
  updateRow,
} from './person-columns';
import { personPage, personWhere } from './person-list';
import {
  assertLinkedTerms,
  insertPerson,
  listColumns,
  listRow,
  peerSupporterTables,
  personRow,
  personSortColumns,
  recordStatusChange,
  statusHistory,
  updatePerson,
} from './person-records';
import { assertTerms } from './vocabulary';

const tables = peerSupporterTables;
const links = tables.links;

function peerValues(fields: PeerSupporterFields): Record<string, unknown> {
  return {
    ...identityValues(fields),
    birth_year: fields.birthYear,
    modalities: JSON.stringify([...new Set(fields.modalities)]),
    capacity: fields.capacity,
    availability: fields.availability,
    engagement: fields.engagement,
    start_date: fields.startDate,
    code_of_conduct_signed_on: fields.codeOfConductSignedOn,
    wellness_agreement_on: fields.wellnessAgreementOn,
    reference_check_on: fields.referenceCheckOn,
    background_check_on: fields.backgroundCheckOn,
  };
}

export async function createPeerSupporter(
  manager: EntityManager,
  fields: PeerSupporterFields,
  now: Date,
): Promise<number> {
  await assertLinkedTerms(manager, fields);
  const person = { values: peerValues(fields), terms: fields, status: 'applicant', since: todayIso(now) };
  return insertPerson(manager, tables, person, now);
}

export async function updatePeerSupporter(
  manager: EntityManager,
  id: number,
  fields: PeerSupporterFields,
  now: Date,
): Promise<void> {
  const current = await getPeerSupporter(manager, id, now);
  await assertLinkedTerms(manager, fields, current);
  await updatePerson(manager, tables, id, { values: peerValues(fields), terms: fields }, now);
}

export async function changePeerStatus(
  manager: EntityManager,
  change: {
    id: number;
    status: PeerStatus;
    on: string;
    leaveUntil: string | null;
    leaveReason: string | null;
    note: string | null;
  },
  now: Date,
): Promise<void> {
  const current = await getPeerSupporter(manager, change.id, now);
  assertStatusChange('peer supporter', current, change);
  const onLeave = change.status === 'on-leave';
  await updateRow(manager, 'peer_supporter', change.id, {
    status: change.status,
    status_since: change.on,
    leave_until: onLeave ? change.leaveUntil : null,
    leave_reason: onLeave ? change.leaveReason : null,
    updated_at: now.toISOString(),
  });
  await recordStatusChange(
    manager,
    tables,
    { personId: change.id, from: current.status, to: change.status, on: change.on, note: change.note },
    now,
  );
}

export async function setPeerArchived(manager: EntityManager, id: number, archived: boolean, now: Date): Promise<void> {
  const current = await getPeerSupporter(manager, id, now);
  await setArchived(manager, { ...tables, id, archivedAt: current.archivedAt }, archived, now);
}

async function assertPeerExists(manager: EntityManager, id: number): Promise<void> {
  const rows = await manager.query<unknown[]>(`SELECT 1 FROM peer_supporter WHERE id = ?`, [id]);
  if (rows.length === 0) {
    throw new AppError('VALIDATION', 'That peer supporter does not exist.', {
      fieldErrors: { peerSupporterId: ['Not found.'] },
    });
  }
}

export async function addTrainingRecord(
  manager: EntityManager,
  input: { peerSupporterId: number; topicId: number; on: string; hours: number; trainer: string | null },
): Promise<number> {
  await assertPeerExists(manager, input.peerSupporterId);
  await assertTerms(manager, 'training-topic', 'topicId', [input.topicId]);
  return insertRow(manager, 'training_record', {
    peer_supporter_id: input.peerSupporterId,
    topic_id: input.topicId,
    on_date: input.on,
    hours: input.hours,
    trainer: input.trainer,
  });
}

export async function addCertification(
  manager: EntityManager,
  input: { peerSupporterId: number; name: string; issuedOn: string; expiresOn: string | null },
): Promise<number> {
  await assertPeerExists(manager, input.peerSupporterId);
  return insertRow(manager, 'certification', {
    peer_supporter_id: input.peerSupporterId,
    name: input.name,
    issued_on: input.issuedOn,
    expires_on: input.expiresOn,
  });
}

/** Removes a training record or certification; returns the peer supporter it belonged to. */
export async function removePeerRecord(
  manager: EntityManager,
  table: 'training_record' | 'certification',
  id: number,
): Promise<number> {
  const rows = await manager.query<{ peer_supporter_id: number }[]>(
    `SELECT peer_supporter_id FROM ${table} WHERE id = ?`,
    [id],
  );
  if (rows.length === 0)
    throw new AppError('VALIDATION', 'That record does not exist.', { fieldErrors: { id: ['Not found.'] } });
  await manager.query(`DELETE FROM ${table} WHERE id = ?`, [id]);
  return rows[0].peer_supporter_id;
}

export function certificationState(expiresOn: string | null, now: Date): { expired: boolean; expiringSoon: boolean } {
  const today = todayIso(now);
  if (expiresOn === null) return { expired: false, expiringSoon: false };
  const expired = expiresOn < today;
  return { expired, expiringSoon: !expired && expiresOn <= addDays(today, CERTIFICATION_WARNING_DAYS) };
}

export async function getPeerSupporter(manager: EntityManager, id: number, now: Date): Promise<PeerSupporter> {
  const row = await personRow(manager, tables, id);
  const text = (column: string) => (row[column] as string | null) ?? null;
  const training = await manager.query<Record<string, unknown>[]>(
    `SELECT r.*, t.label AS topic FROM training_record r JOIN vocabulary_term t ON t.id = r.topic_id
     WHERE r.peer_supporter_id = ? ORDER BY r.on_date DESC, r.id DESC`,
    [id],
  );
  const certifications = await manager.query<Record<string, unknown>[]>(
    `SELECT * FROM certification WHERE peer_supporter_id = ? ORDER BY ifnull(expires_on, '9999') ASC, id`,
    [id],
  );
  const trainingRecords = training.map((record): TrainingRecord => ({
    id: record.id as number,
    topicId: record.topic_id as number,
    topic: record.topic as string,
    on: record.on_date as string,
    hours: record.hours as number,
    trainer: (record.trainer as string | null) ?? null,
  }));
  return {
    id,
    ...identityFromRow(row),
    gender: row.gender as Gender | null,
    languageIds: await termsOf(manager, links, id, 'language'),
    birthYear: (row.birth_year as number | null) ?? null,
    experienceTagIds: await termsOf(manager, links, id, 'experience'),
    modalities: JSON.parse(row.modalities as string) as Modality[],
    capacity: row.capacity as number,
    availability: text('availability'),
    engagement: row.engagement as 'volunteer' | 'paid',
    startDate: text('start_date'),
    codeOfConductSignedOn: text('code_of_conduct_signed_on'),
    wellnessAgreementOn: text('wellness_agreement_on'),
    referenceCheckOn: text('reference_check_on'),
    backgroundCheckOn: text('background_check_on'),
    status: row.status as PeerStatus,
    statusSince: row.status_since as string,
    leaveUntil: text('leave_until'),
    leaveReason: text('leave_reason'),
    archivedAt: text('archived_at'),
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
    history: await statusHistory<PeerStatus>(manager, tables, id),
    training: trainingRecords,
    trainingHours: trainingRecords.reduce((sum, record) => sum + record.hours, 0),
    certifications: certifications.map((c): Certification => ({
      id: c.id as number,
      name: c.name as string,
      issuedOn: c.issued_on as string,
      expiresOn: (c.expires_on as string | null) ?? null,
      ...certificationState((c.expires_on as string | null) ?? null, now),
    })),
  };
}

const sortColumns = {
  ...personSortColumns,
  capacity: 'p.capacity {dir}, p.last_name COLLATE NOCASE',
} as const;

export async function listPeerSupporters(
  manager: EntityManager,
  input: z.output<typeof peerSupporterListInput>,
  now: Date,
): Promise<PeerSupporterList> {
  const alertBefore = addDays(todayIso(now), CERTIFICATION_WARNING_DAYS);
  const { rows, total } = await personPage(manager, {
    table: 'peer_supporter',
    columns: `${listColumns(links)}, p.capacity,
      EXISTS (SELECT 1 FROM certification c WHERE c.peer_supporter_id = p.id AND c.expires_on IS NOT NULL AND c.expires_on <= ?) AS alert`,
    leading: [alertBefore],
    where: personWhere(links, input),
    order: sortColumns[input.sort].replaceAll('{dir}', input.direction.toUpperCase()),
    limit: input.limit,
    offset: input.offset,
  });
  return {
    total,
    rows: rows.map((row): PeerSupporterRow => ({
      ...listRow<PeerStatus>(row),
      capacity: row.capacity as number,
      certificationAlert: row.alert === 1,
      archived: row.archived_at !== null,
    })),
  };
}
