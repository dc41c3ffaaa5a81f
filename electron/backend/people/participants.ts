// Participants: create, change, status, archive and restore (each audited), the record page and
// the list behind the participants table. SQL lives here; the router sees DTOs only.
import type { EntityManager } from 'typeorm';
import type {
  Participant,
  ParticipantFields,
  ParticipantList,
  ParticipantRow,
  ParticipantStatus,
} from '../../../shared/api/participants';
import type { Gender, Modality } from '../../../shared/api/fields';
import { type participantListInput } from '../../../shared/api/participants';
import type { z } from 'zod';
import {
  bool,
  identityFromRow,
  identityValues,
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
  participantTables,
  personRow,
  personSortColumns,
  recordStatusChange,
  statusHistory,
  updatePerson,
} from './person-records';
import { assertTerms } from './vocabulary';

const tables = participantTables;
const links = tables.links;

function participantValues(fields: ParticipantFields): Record<string, unknown> {
  const p = fields.preferences;
  return {
    ...identityValues(fields),
    birth_date: fields.birthDate,
    referral_date: fields.referralDate,
    referral_source_id: fields.referralSourceId,
    referrer_name: fields.referrerName,
    referrer_organisation: fields.referrerOrganisation,
    goals: fields.goals,
    pref_gender: p.gender,
    pref_age_min: p.ageMin,
    pref_age_max: p.ageMax,
    pref_language_id: p.languageId,
    pref_language_required: p.languageRequired ? 1 : 0,
    pref_cultural_background: p.culturalBackground,
    pref_modalities: JSON.stringify([...new Set(p.modalities)]),
    is_caregiver: fields.isCaregiver ? 1 : 0,
    caregiver_relationship: fields.isCaregiver ? fields.caregiverRelationship : null,
    cared_for: fields.isCaregiver ? fields.caredFor : null,
  };
}

async function checkReferences(
  manager: EntityManager,
  fields: ParticipantFields,
  current?: Participant,
): Promise<void> {
  await assertLinkedTerms(manager, fields, current);
  await assertTerms(
    manager,
    'referral-source',
    'referralSourceId',
    [fields.referralSourceId],
    current?.referralSourceId ? [current.referralSourceId] : [],
  );
  const kept = current?.preferences.languageId ? [current.preferences.languageId] : [];
  await assertTerms(manager, 'language', 'preferences.languageId', [fields.preferences.languageId], kept);
}

export async function createParticipant(manager: EntityManager, fields: ParticipantFields, now: Date): Promise<number> {
  await checkReferences(manager, fields);
  const person = { values: participantValues(fields), terms: fields, status: 'referred', since: fields.referralDate };
  return insertPerson(manager, tables, person, now);
}

export async function updateParticipant(
  manager: EntityManager,
  id: number,
  fields: ParticipantFields,
  now: Date,
): Promise<void> {
  const current = await getParticipant(manager, id);
  await checkReferences(manager, fields, current);
  await updatePerson(manager, tables, id, { values: participantValues(fields), terms: fields }, now);
}

export async function changeParticipantStatus(
  manager: EntityManager,
  change: { id: number; status: ParticipantStatus; on: string; closureReasonId: number | null; note: string | null },
  now: Date,
): Promise<ParticipantStatus> {
  const current = await getParticipant(manager, change.id);
  assertStatusChange('participant', current, change);
  const reasonId = change.status === 'closed' ? change.closureReasonId : null;
  await assertTerms(manager, 'closure-reason', 'closureReasonId', [reasonId]);
  await updateRow(manager, 'participant', change.id, {
    status: change.status,
    status_since: change.on,
    closure_reason_id: reasonId,
    updated_at: now.toISOString(),
  });
  await recordStatusChange(
    manager,
    tables,
    { personId: change.id, from: current.status, to: change.status, on: change.on, reasonId, note: change.note },
    now,
  );
  return current.status;
}

export async function setParticipantArchived(
  manager: EntityManager,
  id: number,
  archived: boolean,
  now: Date,
): Promise<void> {
  const current = await getParticipant(manager, id);
  await setArchived(manager, { ...tables, id, archivedAt: current.archivedAt }, archived, now);
}

export async function getParticipant(manager: EntityManager, id: number): Promise<Participant> {
  const row = await personRow(manager, tables, id);
  const num = (value: unknown) => (value === null || value === undefined ? null : (value as number));
  return {
    id,
    ...identityFromRow(row),
    gender: row.gender as Gender | null,
    languageIds: await termsOf(manager, links, id, 'language'),
    birthDate: (row.birth_date as string | null) ?? null,
    referralDate: row.referral_date as string,
    referralSourceId: num(row.referral_source_id),
    referrerName: (row.referrer_name as string | null) ?? null,
    referrerOrganisation: (row.referrer_organisation as string | null) ?? null,
    experienceTagIds: await termsOf(manager, links, id, 'experience'),
    goals: (row.goals as string | null) ?? null,
    preferences: {
      gender: row.pref_gender as Gender | null,
      ageMin: num(row.pref_age_min),
      ageMax: num(row.pref_age_max),
      languageId: num(row.pref_language_id),
      languageRequired: bool(row.pref_language_required) ?? false,
      culturalBackground: (row.pref_cultural_background as string | null) ?? null,
      modalities: JSON.parse(row.pref_modalities as string) as Modality[],
    },
    isCaregiver: bool(row.is_caregiver) ?? false,
    caregiverRelationship: (row.caregiver_relationship as string | null) ?? null,
    caredFor: (row.cared_for as string | null) ?? null,
    status: row.status as ParticipantStatus,
    statusSince: row.status_since as string,
    closureReasonId: num(row.closure_reason_id),
    archivedAt: (row.archived_at as string | null) ?? null,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
    history: await statusHistory<ParticipantStatus>(manager, tables, id),
  };
}

const sortColumns = {
  ...personSortColumns,
  referralDate: 'p.referral_date {dir}, p.last_name COLLATE NOCASE',
} as const;

/** The list behind the participants table: filtered, searched, sorted, one page at a time. */
export async function listParticipants(
  manager: EntityManager,
  input: z.output<typeof participantListInput>,
): Promise<ParticipantList> {
  const { rows, total } = await personPage(manager, {
    table: 'participant',
    columns: `${listColumns(links)}, p.referral_date`,
    where: personWhere(links, input),
    order: sortColumns[input.sort].replaceAll('{dir}', input.direction.toUpperCase()),
    limit: input.limit,
    offset: input.offset,
  });
  return {
    total,
    rows: rows.map((row): ParticipantRow => ({
      ...listRow<ParticipantStatus>(row),
      referralDate: row.referral_date as string,
    })),
  };
}
