// Participants and peer supporters, the program's vocabulary lists, status histories,
// training records and certifications.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const seedTerms: Record<string, Array<string | [string, string[]]>> = {
  experience: [
    ['Diabetes', ['Type 1', 'Type 2', 'Gestational']],
    ['Breast cancer', ['Mastectomy with reconstruction', 'Lumpectomy']],
    ['Other cancer', ['Prostate cancer', 'Colorectal cancer', 'Blood cancer']],
    ['Organ transplant', ['Kidney', 'Liver', 'Heart or lung']],
    ['Mental illness', ['Depression', 'Bipolar disorder', 'Psychosis']],
    ['Substance use and addiction', ['Alcohol', 'Opioids']],
    'Suicide loss',
    'Parenting a child with a disability',
    'Caregiving',
  ],
  'referral-source': ['Self', 'Clinician', 'Hospital', 'Community organisation', 'Family', 'Other'],
  'closure-reason': [
    'Goals met',
    'No longer wants support',
    'Could not be reached',
    'Moved away',
    'Referred elsewhere',
    'Died',
    'Other',
  ],
  'training-topic': [
    'Listening',
    'Boundaries',
    'Psychological first aid',
    'Referrals',
    'Privacy and documentation',
    'Program orientation',
  ],
  language: [
    'English',
    'Spanish',
    'French',
    'Arabic',
    'Mandarin',
    'Vietnamese',
    'Tagalog',
    'Punjabi',
    'Portuguese',
    'Somali',
  ],
};

const personColumns = `
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  preferred_name TEXT,
  pronouns TEXT,
  gender TEXT CHECK (gender IN ('woman', 'man', 'non-binary', 'another-identity', 'prefer-not-to-say')),
  cultural_background TEXT,
  region TEXT,
  phone TEXT,
  email TEXT,
  address TEXT,
  voicemail_ok INTEGER,
  texts_ok INTEGER,
  best_times TEXT,
  search_key TEXT NOT NULL,
  archived_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL`;

export class People1763800000002 implements MigrationInterface {
  name = 'People1763800000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string, parameters?: unknown[]) => queryRunner.query(sql, parameters);
    await run(`
      CREATE TABLE vocabulary_term (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('experience', 'referral-source', 'closure-reason', 'training-topic', 'language')),
        parent_id INTEGER REFERENCES vocabulary_term(id),
        label TEXT NOT NULL,
        retired_at TEXT,
        sort_order INTEGER NOT NULL DEFAULT 0
      )`);
    await run(
      `CREATE UNIQUE INDEX vocabulary_term_unique ON vocabulary_term (kind, ifnull(parent_id, 0), lower(label))`,
    );

    await run(`
      CREATE TABLE participant (
        id INTEGER PRIMARY KEY,
        ${personColumns},
        birth_date TEXT,
        referral_date TEXT NOT NULL,
        referral_source_id INTEGER REFERENCES vocabulary_term(id),
        referrer_name TEXT,
        referrer_organisation TEXT,
        goals TEXT,
        pref_gender TEXT,
        pref_age_min INTEGER,
        pref_age_max INTEGER,
        pref_language_id INTEGER REFERENCES vocabulary_term(id),
        pref_language_required INTEGER NOT NULL DEFAULT 0,
        pref_cultural_background TEXT,
        pref_modalities TEXT NOT NULL DEFAULT '[]',
        is_caregiver INTEGER NOT NULL DEFAULT 0,
        caregiver_relationship TEXT,
        cared_for TEXT,
        status TEXT NOT NULL CHECK (status IN ('referred', 'waiting', 'matched', 'closed')),
        status_since TEXT NOT NULL,
        closure_reason_id INTEGER REFERENCES vocabulary_term(id)
      )`);
    await run(`CREATE INDEX participant_listing ON participant (archived_at, status)`);
    await run(`CREATE INDEX participant_name ON participant (last_name COLLATE NOCASE, first_name COLLATE NOCASE)`);
    await run(`
      CREATE TABLE participant_term (
        participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        term_id INTEGER NOT NULL REFERENCES vocabulary_term(id),
        role TEXT NOT NULL CHECK (role IN ('language', 'experience')),
        PRIMARY KEY (participant_id, role, term_id)
      ) WITHOUT ROWID`);
    await run(`CREATE INDEX participant_term_by_term ON participant_term (term_id)`);
    await run(`
      CREATE TABLE participant_status_change (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        from_status TEXT,
        to_status TEXT NOT NULL,
        on_date TEXT NOT NULL,
        reason_id INTEGER REFERENCES vocabulary_term(id),
        note TEXT,
        recorded_at TEXT NOT NULL
      )`);
    await run(`CREATE INDEX participant_status_change_by_person ON participant_status_change (participant_id)`);

    await run(`
      CREATE TABLE peer_supporter (
        id INTEGER PRIMARY KEY,
        ${personColumns},
        birth_year INTEGER,
        modalities TEXT NOT NULL DEFAULT '[]',
        capacity INTEGER NOT NULL CHECK (capacity >= 0),
        availability TEXT,
        engagement TEXT NOT NULL CHECK (engagement IN ('volunteer', 'paid')),
        start_date TEXT,
        code_of_conduct_signed_on TEXT,
        wellness_agreement_on TEXT,
        reference_check_on TEXT,
        background_check_on TEXT,
        status TEXT NOT NULL CHECK (status IN ('applicant', 'in-training', 'active', 'on-leave', 'inactive')),
        status_since TEXT NOT NULL,
        leave_until TEXT,
        leave_reason TEXT
      )`);
    await run(`CREATE INDEX peer_supporter_listing ON peer_supporter (archived_at, status)`);
    await run(
      `CREATE INDEX peer_supporter_name ON peer_supporter (last_name COLLATE NOCASE, first_name COLLATE NOCASE)`,
    );
    await run(`
      CREATE TABLE peer_supporter_term (
        peer_supporter_id INTEGER NOT NULL REFERENCES peer_supporter(id) ON DELETE CASCADE,
        term_id INTEGER NOT NULL REFERENCES vocabulary_term(id),
        role TEXT NOT NULL CHECK (role IN ('language', 'experience')),
        PRIMARY KEY (peer_supporter_id, role, term_id)
      ) WITHOUT ROWID`);
    await run(`CREATE INDEX peer_supporter_term_by_term ON peer_supporter_term (term_id)`);
    await run(`
      CREATE TABLE peer_status_change (
        id INTEGER PRIMARY KEY,
        peer_supporter_id INTEGER NOT NULL REFERENCES peer_supporter(id) ON DELETE CASCADE,
        from_status TEXT,
        to_status TEXT NOT NULL,
        on_date TEXT NOT NULL,
        note TEXT,
        recorded_at TEXT NOT NULL
      )`);
    await run(`CREATE INDEX peer_status_change_by_person ON peer_status_change (peer_supporter_id)`);
    await run(`
      CREATE TABLE training_record (
        id INTEGER PRIMARY KEY,
        peer_supporter_id INTEGER NOT NULL REFERENCES peer_supporter(id) ON DELETE CASCADE,
        topic_id INTEGER NOT NULL REFERENCES vocabulary_term(id),
        on_date TEXT NOT NULL,
        hours REAL NOT NULL CHECK (hours > 0),
        trainer TEXT
      )`);
    await run(`CREATE INDEX training_record_by_person ON training_record (peer_supporter_id)`);
    await run(`CREATE INDEX training_record_by_topic ON training_record (topic_id)`);
    await run(`
      CREATE TABLE certification (
        id INTEGER PRIMARY KEY,
        peer_supporter_id INTEGER NOT NULL REFERENCES peer_supporter(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        issued_on TEXT NOT NULL,
        expires_on TEXT
      )`);
    await run(`CREATE INDEX certification_by_person ON certification (peer_supporter_id)`);
    await run(`CREATE INDEX certification_by_expiry ON certification (expires_on)`);

    for (const [kind, terms] of Object.entries(seedTerms)) {
      let order = 0;
      for (const term of terms) {
        const [label, children] = typeof term === 'string' ? [term, []] : term;
        await run(`INSERT INTO vocabulary_term (kind, parent_id, label, sort_order) VALUES (?, NULL, ?, ?)`, [
          kind,
          label,
          (order += 1),
        ]);
        for (const child of children) {
          await run(
            `INSERT INTO vocabulary_term (kind, parent_id, label, sort_order)
             VALUES (?, (SELECT id FROM vocabulary_term WHERE kind = ? AND parent_id IS NULL AND label = ?), ?, ?)`,
            [kind, kind, label, child, (order += 1)],
          );
        }
      }
    }
  }

  async down(): Promise<void> {
    throw new Error('PeerDesk migrations are append-only and are never reverted.');
  }
}
