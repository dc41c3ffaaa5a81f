// The consent register: the kinds of consent (PeerDesk's own, with a code the rules know, and
// the program's own), each participant's consents with the elements of a written consent and
// their revocation, and a scan of the signed paper, kept encrypted inside the database like
// everything else. Two program settings: when a consent counts as expiring soon, and how often
// each active peer supporter is due for supervision.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const builtInKinds: Array<[code: string, label: string]> = [
  ['participation', 'Program participation and confidentiality agreement'],
  ['release', 'Release of information'],
  ['contact', 'Contact by text, voicemail or email'],
  ['deidentified-data', 'Use of de-identified data in reports'],
  ['research', 'Research'],
  ['media', 'Photos and media'],
];

export class Consents1763800000006 implements MigrationInterface {
  name = 'Consents1763800000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string, parameters?: unknown[]) => queryRunner.query(sql, parameters);
    await run(`
      CREATE TABLE consent_kind (
        id INTEGER PRIMARY KEY,
        code TEXT UNIQUE CHECK (code IS NULL OR code IN (${builtInKinds.map(([code]) => `'${code}'`).join(', ')})),
        label TEXT NOT NULL,
        retired_at TEXT,
        sort_order INTEGER NOT NULL DEFAULT 0
      )`);
    await run(`CREATE UNIQUE INDEX consent_kind_label ON consent_kind (lower(label))`);
    for (const [index, [code, label]] of builtInKinds.entries()) {
      await run(`INSERT INTO consent_kind (code, label, sort_order) VALUES (?, ?, ?)`, [code, label, index]);
    }
    await run(`
      CREATE TABLE consent (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participant(id),
        kind_id INTEGER NOT NULL REFERENCES consent_kind(id),
        disclosing_party TEXT,
        information TEXT,
        recipients TEXT,
        purposes TEXT NOT NULL DEFAULT '[]',
        contact_channels TEXT NOT NULL DEFAULT '[]',
        revocation_terms TEXT,
        expires_on TEXT,
        expiry_event TEXT,
        signer TEXT NOT NULL CHECK (signer IN ('participant', 'representative')),
        representative_name TEXT,
        representative_relationship TEXT,
        signed_on TEXT,
        method TEXT CHECK (method IS NULL OR method IN ('paper', 'typed-signature', 'drawn-signature', 'verbal-witnessed')),
        witness_name TEXT,
        notes TEXT,
        revoked_on TEXT,
        revoked_how TEXT,
        revoked_recorded_by TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await run(`CREATE INDEX consent_by_participant ON consent (participant_id)`);
    await run(`CREATE INDEX consent_by_expiry ON consent (expires_on) WHERE revoked_on IS NULL`);
    await run(`
      CREATE TABLE consent_scan (
        consent_id INTEGER PRIMARY KEY REFERENCES consent(id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        mime_type TEXT NOT NULL CHECK (mime_type IN ('application/pdf', 'image/png', 'image/jpeg')),
        size_bytes INTEGER NOT NULL,
        bytes BLOB NOT NULL,
        added_at TEXT NOT NULL
      )`);
    await run(
      `ALTER TABLE program ADD COLUMN consent_expiring_days INTEGER NOT NULL DEFAULT 30 CHECK (consent_expiring_days BETWEEN 1 AND 365)`,
    );
    await run(
      `ALTER TABLE program ADD COLUMN supervision_cadence_days INTEGER NOT NULL DEFAULT 30 CHECK (supervision_cadence_days BETWEEN 1 AND 365)`,
    );
  }

  async down(): Promise<void> {
    throw new Error('PeerDesk migrations are append-only and are never reverted.');
  }
}
