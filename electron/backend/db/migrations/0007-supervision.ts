// Supervision: the supervisors (the program leader is one), supervision notes about one peer
// supporter or a group of them, the participants a note reviewed (a link, nothing more), and
// the action items with their owner and due date.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Supervision1763800000007 implements MigrationInterface {
  name = 'Supervision1763800000007';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    await run(`
      CREATE TABLE supervisor (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT,
        credentials TEXT,
        is_leader INTEGER NOT NULL DEFAULT 0 CHECK (is_leader IN (0, 1)),
        retired_at TEXT
      )`);
    await run(`CREATE UNIQUE INDEX supervisor_one_leader ON supervisor (is_leader) WHERE is_leader = 1`);
    // A program set up before this migration: its leader becomes its first supervisor.
    await run(`INSERT INTO supervisor (name, role, is_leader) SELECT leader_name, 'Program leader', 1 FROM program`);
    await run(`
      CREATE TABLE supervision_note (
        id INTEGER PRIMARY KEY,
        held_on TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 600),
        supervisor_id INTEGER NOT NULL REFERENCES supervisor(id),
        format TEXT NOT NULL CHECK (format IN ('individual', 'group', 'ad-hoc', 'crisis-debrief')),
        topics TEXT NOT NULL DEFAULT '[]',
        wellbeing INTEGER CHECK (wellbeing IS NULL OR wellbeing BETWEEN 1 AND 5),
        wellbeing_concern INTEGER NOT NULL DEFAULT 0 CHECK (wellbeing_concern IN (0, 1)),
        summary TEXT,
        next_supervision_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    await run(`
      CREATE TABLE supervision_attendee (
        note_id INTEGER NOT NULL REFERENCES supervision_note(id) ON DELETE CASCADE,
        peer_supporter_id INTEGER NOT NULL REFERENCES peer_supporter(id),
        PRIMARY KEY (note_id, peer_supporter_id)
      ) WITHOUT ROWID`);
    await run(`CREATE INDEX supervision_attendee_by_peer ON supervision_attendee (peer_supporter_id, note_id)`);
    await run(`
      CREATE TABLE supervision_case_review (
        note_id INTEGER NOT NULL REFERENCES supervision_note(id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participant(id),
        PRIMARY KEY (note_id, participant_id)
      ) WITHOUT ROWID`);
    await run(`
      CREATE TABLE supervision_action (
        id INTEGER PRIMARY KEY,
        note_id INTEGER NOT NULL REFERENCES supervision_note(id) ON DELETE CASCADE,
        description TEXT NOT NULL,
        owner TEXT NOT NULL,
        due_on TEXT NOT NULL,
        completed_on TEXT
      )`);
    await run(`CREATE INDEX supervision_action_open ON supervision_action (due_on) WHERE completed_on IS NULL`);
    await run(`CREATE INDEX supervision_action_by_note ON supervision_action (note_id)`);
  }

  async down(): Promise<void> {
    throw new Error('PeerDesk migrations are append-only and are never reverted.');
  }
}
