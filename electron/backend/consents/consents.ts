// The consent register: consents per participant, their computed status, revocation, scans,
// and the one decision every use of a participant's information must ask (consentAllowsUse).
import type { EntityManager } from 'typeorm';
import { addDays } from '../../../shared/api/days';
import { todayIso } from '../../../shared/api/fields';
import {
  contactChannels,
  SCAN_MAX_BYTES,
  type Consent,
  type ConsentFields,
  type ConsentKind,
  type ConsentKindCode,
  type ConsentOverview,
  type ConsentScanFile,
  type ContactChannel,
  type ScanMimeType,
} from '../../../shared/api/consents';
import { AppError } from '../errors';
import { displayNameOfRow, insertRow, updateRow } from '../people/person-columns';
import { consentAllows, consentStatus, missingElements, type ConsentFacts, type ConsentUse } from './consent-rules';
import { getKind } from './consent-kinds';

type Row = Record<string, unknown>;

const text = (value: unknown): string | null => (value === null || value === undefined ? null : (value as string));

function notFound(): AppError {
  return new AppError('VALIDATION', 'That consent does not exist.', { fieldErrors: { id: ['Not found.'] } });
}

/** A consent's fields as stored in its row. */
export function consentFieldsOf(row: Row): ConsentFields {
  return {
    participantId: row.participant_id as number,
    kindId: row.kind_id as number,
    disclosingParty: text(row.disclosing_party),
    information: text(row.information),
    recipients: text(row.recipients),
    purposes: JSON.parse(row.purposes as string) as string[],
    contactChannels: JSON.parse(row.contact_channels as string) as ContactChannel[],
    revocationTerms: text(row.revocation_terms),
    expiresOn: text(row.expires_on),
    expiryEvent: text(row.expiry_event),
    signer: row.signer as ConsentFields['signer'],
    representativeName: text(row.representative_name),
    representativeRelationship: text(row.representative_relationship),
    signedOn: text(row.signed_on),
    method: text(row.method) as ConsentFields['method'],
    witnessName: text(row.witness_name),
    notes: text(row.notes),
  };
}

/** A consent's fields as its columns, as every writer of consents stores them. */
/** The row of a consent, with whether it is complete under the rules for its kind. */
export function consentColumns(fields: ConsentFields, kindCode: ConsentKindCode | null): Row {
  // The representative's details mean nothing when the participant signed.
  const byRepresentative = fields.signer === 'representative';
  return {
    participant_id: fields.participantId,
    kind_id: fields.kindId,
    disclosing_party: fields.disclosingParty,
    information: fields.information,
    recipients: fields.recipients,
    purposes: JSON.stringify(fields.purposes),
    // Ways of contact belong to a consent to be contacted; a witness to a verbal consent.
    contact_channels: JSON.stringify(kindCode === 'contact' ? [...new Set(fields.contactChannels)] : []),
    revocation_terms: fields.revocationTerms,
    expires_on: fields.expiresOn,
    expiry_event: fields.expiryEvent,
    signer: fields.signer,
    representative_name: byRepresentative ? fields.representativeName : null,
    representative_relationship: byRepresentative ? fields.representativeRelationship : null,
    signed_on: fields.signedOn,
    method: fields.method,
    witness_name: fields.method === 'verbal-witnessed' ? fields.witnessName : null,
    notes: fields.notes,
    complete: missingElements(kindCode, fields).length === 0 ? 1 : 0,
  };
}

/** A consent with its kind and its scan's description (never the scan itself). */
const selectConsents = (also: { columns: string; join: string } = { columns: '', join: '' }) => `
  SELECT c.*, k.code AS kind_code, k.label AS kind_label,
    s.file_name AS scan_file_name, s.mime_type AS scan_mime_type, s.size_bytes AS scan_size, s.added_at AS scan_added_at
    ${also.columns}
  FROM consent c
  JOIN consent_kind k ON k.id = c.kind_id
  LEFT JOIN consent_scan s ON s.consent_id = c.id
  ${also.join}`;
const SELECT_CONSENT = selectConsents();

function factsOf(row: Row): ConsentFacts {
  return {
    kindCode: text(row.kind_code) as ConsentKindCode | null,
    fields: consentFieldsOf(row),
    revokedOn: text(row.revoked_on),
  };
}

function toConsent(row: Row, today: string, expiringDays: number): Consent {
  const facts = factsOf(row);
  const revokedOn = facts.revokedOn;
  return {
    id: row.id as number,
    ...facts.fields,
    kind: { id: row.kind_id as number, code: facts.kindCode, label: row.kind_label as string },
    status: consentStatus(facts, today, expiringDays),
    missing: missingElements(facts.kindCode, facts.fields),
    revocation:
      revokedOn === null
        ? null
        : {
            revokedOn,
            revokedHow: row.revoked_how as string,
            recordedBy: row.revoked_recorded_by as string,
          },
    scan:
      row.scan_file_name === null || row.scan_file_name === undefined
        ? null
        : {
            fileName: row.scan_file_name as string,
            mimeType: row.scan_mime_type as ScanMimeType,
            sizeBytes: row.scan_size as number,
            addedAt: row.scan_added_at as string,
          },
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
  };
}

export async function consentExpiringDays(manager: EntityManager): Promise<number> {
  const [row] = await manager.query<{ days: number }[]>(
    `SELECT consent_expiring_days AS days FROM program WHERE id = 1`,
  );
  return row?.days ?? 30;
}

export async function listConsents(manager: EntityManager, participantId: number, now: Date): Promise<Consent[]> {
  await assertParticipant(manager, participantId);
  const rows = await manager.query<Row[]>(
    `${SELECT_CONSENT} WHERE c.participant_id = ? ORDER BY c.revoked_on IS NOT NULL, k.sort_order, c.signed_on DESC, c.id DESC`,
    [participantId],
  );
  const days = await consentExpiringDays(manager);
  return rows.map((row) => toConsent(row, todayIso(now), days));
}

export async function getConsent(manager: EntityManager, id: number, now: Date): Promise<Consent> {
  const [row] = await manager.query<Row[]>(`${SELECT_CONSENT} WHERE c.id = ?`, [id]);
  if (!row) throw notFound();
  return toConsent(row, todayIso(now), await consentExpiringDays(manager));
}

async function assertParticipant(manager: EntityManager, participantId: number): Promise<void> {
  const rows = await manager.query<Row[]>(`SELECT 1 FROM participant WHERE id = ?`, [participantId]);
  if (rows.length === 0) {
    throw new AppError('VALIDATION', 'That participant does not exist.', {
      fieldErrors: { participantId: ['Not found.'] },
    });
  }
}

async function usableKind(manager: EntityManager, kindId: number, current: number | null): Promise<ConsentKind> {
  const kind = await getKind(manager, kindId);
  // A retired kind stays on the consents that have it, but is not given to new ones.
  if (kind.retired && kind.id !== current) {
    throw new AppError('VALIDATION', `"${kind.label}" is retired and cannot be chosen.`, {
      fieldErrors: { kindId: ['That kind of consent is retired.'] },
    });
  }
  return kind;
}

export async function createConsent(manager: EntityManager, fields: ConsentFields, now: Date): Promise<number> {
  await assertParticipant(manager, fields.participantId);
  const kind = await usableKind(manager, fields.kindId, null);
  const at = now.toISOString();
  return insertRow(manager, 'consent', { ...consentColumns(fields, kind.code), created_at: at, updated_at: at });
}

export async function updateConsent(manager: EntityManager, id: number, fields: ConsentFields, now: Date) {
  const current = await getConsent(manager, id, now);
  if (current.revocation) {
    throw new AppError('VALIDATION', 'A revoked consent is kept as it was. Record a new consent instead.');
  }
  if (fields.participantId !== current.participantId) {
    throw new AppError('VALIDATION', 'A consent cannot move to another participant.', {
      fieldErrors: { participantId: ['A consent stays with its participant.'] },
    });
  }
  const kind = await usableKind(manager, fields.kindId, current.kind.id);
  await updateRow(manager, 'consent', id, { ...consentColumns(fields, kind.code), updated_at: now.toISOString() });
}

export async function revokeConsent(
  manager: EntityManager,
  input: { id: number; revokedOn: string; revokedHow: string; recordedBy: string },
  now: Date,
): Promise<void> {
  const current = await getConsent(manager, input.id, now);
  if (current.revocation) throw new AppError('VALIDATION', 'This consent was already revoked.');
  if (current.signedOn !== null && input.revokedOn < current.signedOn) {
    throw new AppError('VALIDATION', 'A consent cannot be revoked before it was signed.', {
      fieldErrors: { revokedOn: [`It was signed on ${current.signedOn}.`] },
    });
  }
  await updateRow(manager, 'consent', input.id, {
    revoked_on: input.revokedOn,
    revoked_how: input.revokedHow,
    revoked_recorded_by: input.recordedBy,
    updated_at: now.toISOString(),
  });
}

/** The kind of a file, read from its first bytes: only PDF, PNG and JPEG scans are kept. */
export function sniffScanType(bytes: Buffer): ScanMimeType | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

export async function attachScan(
  manager: EntityManager,
  input: { id: number; fileName: string; dataBase64: string },
  now: Date,
): Promise<void> {
  const consent = await getConsent(manager, input.id, now);
  if (consent.revocation && consent.scan) {
    throw new AppError('VALIDATION', 'A revoked consent is kept as it was: its signed copy cannot be replaced.');
  }
  const bytes = Buffer.from(input.dataBase64, 'base64');
  if (bytes.length === 0) {
    throw new AppError('VALIDATION', `${input.fileName} is empty.`, { fieldErrors: { dataBase64: ['Empty file.'] } });
  }
  if (bytes.length > SCAN_MAX_BYTES) {
    throw new AppError('VALIDATION', `${input.fileName} is larger than 10 MB. Scan it at a lower resolution.`, {
      fieldErrors: { dataBase64: ['Larger than 10 MB.'] },
    });
  }
  const mimeType = sniffScanType(bytes);
  if (mimeType === null) {
    throw new AppError('VALIDATION', `${input.fileName} is not a PDF, PNG or JPEG file.`, {
      fieldErrors: { dataBase64: ['Only PDF, PNG or JPEG scans.'] },
    });
  }
  await manager.query(`DELETE FROM consent_scan WHERE consent_id = ?`, [input.id]);
  await manager.query(
    `INSERT INTO consent_scan (consent_id, file_name, mime_type, size_bytes, bytes, added_at) VALUES (?, ?, ?, ?, ?, ?)`,
    [input.id, input.fileName, mimeType, bytes.length, bytes, now.toISOString()],
  );
}

export async function getScan(manager: EntityManager, id: number): Promise<ConsentScanFile> {
  const [row] = await manager.query<Row[]>(
    `SELECT file_name, mime_type, bytes FROM consent_scan WHERE consent_id = ?`,
    [id],
  );
  if (!row) throw new AppError('VALIDATION', 'This consent has no scan.');
  return {
    fileName: row.file_name as string,
    mimeType: row.mime_type as ScanMimeType,
    dataBase64: (row.bytes as Buffer).toString('base64'),
  };
}

export async function removeScan(manager: EntityManager, id: number, now: Date): Promise<void> {
  const consent = await getConsent(manager, id, now);
  if (!consent.scan) throw new AppError('VALIDATION', 'This consent has no scan.');
  if (consent.revocation) {
    throw new AppError('VALIDATION', 'A revoked consent is kept as it was: its signed copy stays on file.');
  }
  await manager.query(`DELETE FROM consent_scan WHERE consent_id = ?`, [id]);
}

/** A use asked about: whose information, for what, on which day. */
export interface ConsentQuestion {
  participantId: number;
  use: ConsentUse;
  /** YYYY-MM-DD. */
  day: string;
}

/**
 * The one decision: does a consent on file allow this use of this participant's information on
 * this day? Every export and every place that would contact a participant asks it.
 */
export async function consentAllowsUse(manager: EntityManager, question: ConsentQuestion): Promise<boolean> {
  return (await consentAllowingUse(manager, question)) !== null;
}

/** The same decision, answered with the id of a consent that allows the use (for the audit log). */
export async function consentAllowingUse(manager: EntityManager, question: ConsentQuestion): Promise<number | null> {
  const rows = await manager.query<Row[]>(`${SELECT_CONSENT} WHERE c.participant_id = ? AND k.code = ?`, [
    question.participantId,
    question.use.purpose,
  ]);
  const allowing = rows.find((row) => consentAllows(factsOf(row), question.use, question.day));
  return allowing ? (allowing.id as number) : null;
}

/** Every release of information on file, with what the rules need, by participant. */
export async function releasesByParticipant(
  manager: EntityManager,
): Promise<Map<number, Array<{ id: number; facts: ConsentFacts }>>> {
  const rows = await manager.query<Row[]>(`${SELECT_CONSENT} WHERE k.code = 'release' ORDER BY c.id`);
  const byParticipant = new Map<number, Array<{ id: number; facts: ConsentFacts }>>();
  for (const row of rows) {
    const participantId = row.participant_id as number;
    if (!byParticipant.has(participantId)) byParticipant.set(participantId, []);
    byParticipant.get(participantId)!.push({ id: row.id as number, facts: factsOf(row) });
  }
  return byParticipant;
}

export async function consentOverview(
  manager: EntityManager,
  participantId: number,
  now: Date,
): Promise<ConsentOverview> {
  await assertParticipant(manager, participantId);
  const day = todayIso(now);
  const contactAllowed = {} as Record<ContactChannel, boolean>;
  for (const channel of contactChannels) {
    contactAllowed[channel] = await consentAllowsUse(manager, {
      participantId,
      use: { purpose: 'contact', channel },
      day,
    });
  }
  return { contactAllowed };
}

export interface ConsentNeedingAttention {
  consent: Consent;
  participantName: string;
}

/**
 * The consents a leader must act on: for each participant still served (not closed, not
 * archived), the consents expiring soon, expired or incomplete, unless a newer consent in force
 * replaced it (same kind; for a release the same recipients, for contact the same ways).
 */
export async function consentsNeedingAttention(manager: EntityManager, now: Date): Promise<ConsentNeedingAttention[]> {
  const rows = await manager.query<Row[]>(
    `${selectConsents({
      columns: ', p.first_name, p.last_name, p.preferred_name',
      join: 'JOIN participant p ON p.id = c.participant_id',
    })}
     WHERE p.archived_at IS NULL AND p.status != 'closed' AND c.revoked_on IS NULL
       AND (c.complete = 0 OR c.expires_on <= ?)
       AND NOT EXISTS (
         SELECT 1 FROM consent newer
         WHERE newer.participant_id = c.participant_id AND newer.kind_id = c.kind_id AND newer.id != c.id
           AND newer.revoked_on IS NULL
           -- A release to other recipients, or contact by other ways, is another permission.
           AND (ifnull(k.code, '') NOT IN ('release', 'contact')
             OR (newer.recipients IS c.recipients AND newer.contact_channels = c.contact_channels))
           AND (ifnull(newer.signed_on, '') > ifnull(c.signed_on, '')
             OR (ifnull(newer.signed_on, '') = ifnull(c.signed_on, '') AND newer.id > c.id)))`,
    [addDays(todayIso(now), await consentExpiringDays(manager))],
  );
  const today = todayIso(now);
  const days = await consentExpiringDays(manager);
  return rows
    .map((row) => ({
      consent: toConsent(row, today, days),
      participantName: displayNameOfRow(row),
    }))
    .filter(({ consent }) => consent.status !== 'active');
}
