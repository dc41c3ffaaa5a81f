// The first schema: the program row, the audit log and its head.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1763800000001 implements MigrationInterface {
  name = 'Initial1763800000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE program (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        leader_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        auto_lock_minutes INTEGER NOT NULL DEFAULT 10 CHECK (auto_lock_minutes BETWEEN 1 AND 240),
        last_backup_at TEXT
      )`);
    await queryRunner.query(`
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE audit_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL
      )`);
    await queryRunner.query(`INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '')`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`);
  }

  async down(): Promise<void> {
    throw new Error('PeerDesk migrations are append-only and are never reverted.');
  }
}
