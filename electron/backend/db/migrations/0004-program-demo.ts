// A program written by the demo generator says so in its own database, so that every host and
// every later export can mark it DEMO, whichever folder it was opened from.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgramDemo1763800000004 implements MigrationInterface {
  name = 'ProgramDemo1763800000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE program ADD COLUMN is_demo integer NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1))`,
    );
    // Demo programs made before this migration were named so by the generator.
    await queryRunner.query(`UPDATE program SET is_demo = 1 WHERE name = 'Demo program (DEMO)'`);
  }

  async down(): Promise<void> {
    throw new Error('PeerDesk migrations are append-only and are never reverted.');
  }
}
