// Matching and follow-through: "do not match" pairs, matches with their lifecycle and
// follow-ups, contacts (and attempts) with referrals to the resource directory and concerns
// raised, group sessions with attendance, the matching weights and the follow-up schedule, and
// experience tags that name a need or issue rather than a condition.
import type { MigrationInterface, QueryRunner } from 'typeorm';

// Frozen copies of the defaults when this migration was written: later changes to the defaults
// in shared/ must not change what this migration did.
const weights = {
  experienceExact: 40,
  experienceFamily: 25,
  sharedNeed: 10,
  language: 15,
  gender: 10,
  age: 8,
  culture: 10,
  modality: 8,
  region: 8,
  capacity: 5,
};
const followUps = {
  fitCheckFromDay: 7,
  fitCheckByDay: 14,
  contactReminderDay: 21,
  cadenceAlertDays: 14,
  cadenceEscalateDays: 30,
};
const seededNeeds = [
  'Caregiving',
  'Feeding tube',
  'Cognitive delay',
  'Navigating treatment',
  'Returning to work',
  'Isolation',
  'Fear of recurrence',
  'Body image',
];

const modalities = `'phone', 'in-person', 'video', 'text', 'group', 'home-visit'`;
const stamps = `created_at TEXT NOT NULL, updated_at TEXT NOT NULL`;

export class Matching1763800000009 implements MigrationInterface {
  name = 'Matching1763800000009';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string, parameters?: unknown[]) => queryRunner.query(sql, parameters);
    const sqlString = (value: unknown) => `'${JSON.stringify(value).replaceAll("'", "''")}'`;

    await run(`ALTER TABLE vocabulary_term ADD COLUMN is_need INTEGER NOT NULL DEFAULT 0 CHECK (is_need IN (0, 1))`);
    for (const label of seededNeeds) {
      await run(
        `INSERT OR IGNORE INTO vocabulary_term (kind, parent_id, label, sort_order)
         SELECT 'experience', NULL, ?, 1 + ifnull(max(sort_order), 0) FROM vocabulary_term WHERE kind = 'experience'`,
        [label],
      );
      await run(
        `UPDATE vocabulary_term SET is_need = 1 WHERE kind = 'experience' AND parent_id IS NULL AND lower(label) = lower(?)`,
        [label],
      );
    }

    await run(`ALTER TABLE program ADD COLUMN match_weights TEXT NOT NULL DEFAULT ${sqlString(weights)}`);
    await run(`ALTER TABLE program ADD COLUMN follow_up_schedule TEXT NOT NULL DEFAULT ${sqlString(followUps)}`);

    await run(`
      CREATE TABLE resource (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('clinical-care', 'mental-health', 'housing', 'food', 'transport',
          'financial', 'legal', 'other')),
        contact_name TEXT,
        phone TEXT,
        email TEXT,
        website TEXT,
        address TEXT,
        notes TEXT,
        retired_at TEXT,
        ${stamps}
      )`);
    await run(`CREATE UNIQUE INDEX resource_name ON resource (lower(name))`);

    await run(`
      CREATE TABLE do_not_match (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        peer_supporter_id INTEGER NOT NULL REFERENCES peer_supporter(id) ON DELETE CASCADE,
        reason TEXT NOT NULL CHECK (reason IN ('known-to-each-other', 'same-household', 'other')),
        note TEXT,
        recorded_on TEXT NOT NULL
      )`);
    await run(`CREATE UNIQUE INDEX do_not_match_pair ON do_not_match (participant_id, peer_supporter_id)`);
    await run(`CREATE INDEX do_not_match_by_peer ON do_not_match (peer_supporter_id)`);

    await run(`
      CREATE TABLE peer_match (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participant(id),
        peer_supporter_id INTEGER NOT NULL REFERENCES peer_supporter(id),
        status TEXT NOT NULL CHECK (status IN ('proposed', 'active', 'ended')),
        proposed_on TEXT NOT NULL,
        started_on TEXT,
        ended_on TEXT,
        end_reason TEXT CHECK (end_reason IS NULL OR end_reason IN ('goals-met', 'participant-withdrew',
          'peer-unavailable', 'not-a-fit', 'lost-contact', 'other')),
        end_note TEXT,
        chosen_rank INTEGER,
        choice_reason TEXT,
        previous_match_id INTEGER REFERENCES peer_match(id),
        ${stamps},
        CHECK ((status = 'ended') = (ended_on IS NOT NULL AND end_reason IS NOT NULL)),
        CHECK (status <> 'active' OR started_on IS NOT NULL)
      )`);
    await run(`CREATE INDEX peer_match_by_participant ON peer_match (participant_id, status)`);
    await run(`CREATE INDEX peer_match_by_peer ON peer_match (peer_supporter_id, status)`);
    await run(`CREATE INDEX peer_match_by_status ON peer_match (status, started_on)`);
    // One open (proposed or active) match per participant at a time.
    await run(`CREATE UNIQUE INDEX peer_match_one_open ON peer_match (participant_id) WHERE status <> 'ended'`);
    await run(`CREATE INDEX peer_match_previous ON peer_match (previous_match_id) WHERE previous_match_id IS NOT NULL`);

    await run(`
      CREATE TABLE match_follow_up (
        id INTEGER PRIMARY KEY,
        match_id INTEGER NOT NULL REFERENCES peer_match(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('fit-check', 'contact-reminder')),
        due_from TEXT NOT NULL,
        due_on TEXT NOT NULL,
        completed_on TEXT,
        first_contact_happened INTEGER CHECK (first_contact_happened IS NULL OR first_contact_happened IN (0, 1)),
        fit_answer TEXT CHECK (fit_answer IS NULL OR fit_answer IN ('good-fit', 'unsure', 'not-a-fit')),
        note TEXT
      )`);
    await run(`CREATE INDEX match_follow_up_by_match ON match_follow_up (match_id)`);
    await run(`CREATE INDEX match_follow_up_open ON match_follow_up (due_from) WHERE completed_on IS NULL`);

    await run(`
      CREATE TABLE contact (
        id INTEGER PRIMARY KEY,
        match_id INTEGER REFERENCES peer_match(id),
        participant_id INTEGER NOT NULL REFERENCES participant(id),
        peer_supporter_id INTEGER REFERENCES peer_supporter(id),
        occurred_at TEXT NOT NULL,
        is_attempt INTEGER NOT NULL DEFAULT 0 CHECK (is_attempt IN (0, 1)),
        duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 720),
        modality TEXT NOT NULL CHECK (modality IN (${modalities})),
        initiated_by TEXT NOT NULL CHECK (initiated_by IN ('peer-supporter', 'participant', 'staff')),
        functions TEXT NOT NULL DEFAULT '[]',
        fidelity_items TEXT NOT NULL DEFAULT '[]',
        concern_raised INTEGER NOT NULL DEFAULT 0 CHECK (concern_raised IN (0, 1)),
        concern TEXT,
        concern_resolved_on TEXT,
        concern_resolution TEXT,
        private_notes TEXT,
        next_contact_on TEXT,
        ${stamps},
        CHECK (is_attempt = 1 OR duration_minutes IS NOT NULL)
      )`);
    await run(`CREATE INDEX contact_by_match ON contact (match_id, occurred_at) WHERE match_id IS NOT NULL`);
    await run(`CREATE INDEX contact_by_participant ON contact (participant_id, occurred_at)`);
    await run(`CREATE INDEX contact_by_peer ON contact (peer_supporter_id, occurred_at)`);
    await run(`CREATE INDEX contact_by_time ON contact (occurred_at, is_attempt)`);
    await run(
      `CREATE INDEX contact_open_concern ON contact (occurred_at) WHERE concern_raised = 1 AND concern_resolved_on IS NULL`,
    );
    await run(`
      CREATE TABLE contact_referral (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        resource_id INTEGER NOT NULL REFERENCES resource(id),
        note TEXT
      )`);
    await run(`CREATE INDEX contact_referral_by_contact ON contact_referral (contact_id)`);
    await run(`CREATE INDEX contact_referral_by_resource ON contact_referral (resource_id)`);

    await run(`
      CREATE TABLE group_session (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        held_on TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 720),
        modality TEXT NOT NULL CHECK (modality IN (${modalities})),
        topics TEXT NOT NULL DEFAULT '[]',
        anonymous_attendees INTEGER NOT NULL DEFAULT 0 CHECK (anonymous_attendees >= 0),
        notes TEXT,
        ${stamps}
      )`);
    await run(`CREATE INDEX group_session_by_date ON group_session (held_on)`);
    await run(`
      CREATE TABLE group_facilitator (
        session_id INTEGER NOT NULL REFERENCES group_session(id) ON DELETE CASCADE,
        peer_supporter_id INTEGER NOT NULL REFERENCES peer_supporter(id),
        PRIMARY KEY (session_id, peer_supporter_id)
      ) WITHOUT ROWID`);
    await run(`CREATE INDEX group_facilitator_by_peer ON group_facilitator (peer_supporter_id, session_id)`);
    await run(`
      CREATE TABLE group_attendance (
        session_id INTEGER NOT NULL REFERENCES group_session(id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participant(id),
        PRIMARY KEY (session_id, participant_id)
      ) WITHOUT ROWID`);
    await run(`CREATE INDEX group_attendance_by_participant ON group_attendance (participant_id, session_id)`);
  }

  async down(): Promise<void> {
    throw new Error('PeerDesk migrations are append-only and are never reverted.');
  }
}
