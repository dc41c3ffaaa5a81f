// Whether a consent holds every required element, stored beside it when it is written (the rule
// itself stays in consent-rules.ts), so that the dashboard finds the incomplete ones without
// reading and checking every consent of every participant.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { ConsentKindCode } from '../../../../shared/api/consents';
import { missingElements } from '../../consents/consent-rules';
import { consentFieldsOf } from '../../consents/consents';

export class ConsentComplete1763800000008 implements MigrationInterface {
  name = 'ConsentComplete1763800000008';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE consent ADD COLUMN complete INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1))`,
    );
    const rows = (await queryRunner.query(
      `SELECT c.*, k.code AS kind_code FROM consent c JOIN consent_kind k ON k.id = c.kind_id`,
    )) as Record<string, unknown>[];
    for (const row of rows) {
      const complete = missingElements(row.kind_code as ConsentKindCode | null, consentFieldsOf(row)).length === 0;
      if (complete) await queryRunner.query(`UPDATE consent SET complete = 1 WHERE id = ?`, [row.id]);
    }
    await queryRunner.query(
      `CREATE INDEX consent_needing_attention ON consent (participant_id) WHERE revoked_on IS NULL AND complete = 0`,
    );
  }

  async down(): Promise<void> {
    throw new Error('PeerDesk migrations are append-only and are never reverted.');
  }
}
