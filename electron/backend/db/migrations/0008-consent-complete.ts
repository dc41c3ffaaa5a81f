// Whether a consent holds every required element, stored beside it when it is written (the rule
// lives in consent-rules.ts; this migration keeps a frozen copy for the consents already there), so that the dashboard finds the incomplete ones without
// reading and checking every consent of every participant.
import type { MigrationInterface, QueryRunner } from 'typeorm';

type Row = Record<string, unknown>;

/**
 * The rule for a complete consent as it stood when this migration was written, frozen here so
 * that a later change to consent-rules.ts cannot change what this migration did. A later change
 * to the rule comes with its own migration that recomputes the column.
 */
export function completeWhenWritten(row: Row): boolean {
  const has = (column: string) => row[column] !== null && row[column] !== undefined;
  const listed = (column: string) => typeof row[column] === 'string' && row[column] !== '[]';
  return (
    has('disclosing_party') &&
    has('information') &&
    has('recipients') &&
    listed('purposes') &&
    (row.kind_code !== 'contact' || listed('contact_channels')) &&
    has('revocation_terms') &&
    (has('expires_on') || has('expiry_event')) &&
    (row.signer !== 'representative' || (has('representative_name') && has('representative_relationship'))) &&
    has('signed_on') &&
    has('method') &&
    (row.method !== 'verbal-witnessed' || has('witness_name'))
  );
}

export class ConsentComplete1763800000008 implements MigrationInterface {
  name = 'ConsentComplete1763800000008';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE consent ADD COLUMN complete INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1))`,
    );
    const rows = (await queryRunner.query(
      `SELECT c.*, k.code AS kind_code FROM consent c JOIN consent_kind k ON k.id = c.kind_id`,
    )) as Row[];
    for (const row of rows) {
      if (completeWhenWritten(row)) await queryRunner.query(`UPDATE consent SET complete = 1 WHERE id = ?`, [row.id]);
    }
    await queryRunner.query(
      `CREATE INDEX consent_needing_attention ON consent (participant_id) WHERE revoked_on IS NULL AND complete = 0`,
    );
  }

  async down(): Promise<void> {
    throw new Error('PeerDesk migrations are append-only and are never reverted.');
  }
}
