// Backups: where the last verified one went, the dashboard's warning, the backup on quit and the
// result of the last restore test.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Backups1763800000011 implements MigrationInterface {
  name = 'Backups1763800000011';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    await run(`ALTER TABLE program ADD COLUMN last_backup_folder TEXT`);
    await run(`ALTER TABLE program ADD COLUMN last_backup_file TEXT`);
    await run(
      `ALTER TABLE program ADD COLUMN backup_warning_days INTEGER NOT NULL DEFAULT 7 CHECK (backup_warning_days BETWEEN 1 AND 90)`,
    );
    await run(`ALTER TABLE program ADD COLUMN backup_on_quit_folder TEXT`);
    // The restore test's result as JSON: when, which file, whether it passed, what was found.
    await run(`ALTER TABLE program ADD COLUMN last_restore_test TEXT`);
  }

  async down(): Promise<void> {
    throw new Error('PeerDesk migrations are append-only and are never reverted.');
  }
}
