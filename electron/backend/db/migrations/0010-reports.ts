// Reports for funders: the program's cell-size threshold and its saved funder profiles.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Reports1763800000010 implements MigrationInterface {
  name = 'Reports1763800000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    // 11 follows the CMS cell-size policy; a program may choose from 5 to 20.
    await run(
      `ALTER TABLE program ADD COLUMN report_threshold INTEGER NOT NULL DEFAULT 11 CHECK (report_threshold BETWEEN 5 AND 20)`,
    );
    await run(`
      CREATE TABLE funder_profile (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        period_kind TEXT NOT NULL CHECK (period_kind IN ('this-quarter', 'last-quarter', 'this-year', 'last-year', 'custom')),
        sections TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await run(`CREATE UNIQUE INDEX funder_profile_name ON funder_profile (lower(name))`);
  }

  async down(): Promise<void> {
    throw new Error('PeerDesk migrations are append-only and are never reverted.');
  }
}
