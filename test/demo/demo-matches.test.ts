// The demo program's matches, contacts and follow-ups on a real encrypted program: a lifecycle
// the app itself could have written (one open match per participant, matched exactly when a
// match is active, peers within their capacity, contacts inside their match, re-matches linked,
// follow-ups for every started match), and something for Home and the suggestions to show.
import type { EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { contactFieldsSchema, keyFunctions } from '../../shared/api/contacts';
import { todayIso } from '../../shared/api/fields';
import { groupSessionFieldsSchema } from '../../shared/api/groups';
import { attention } from '../../electron/backend/attention/attention';
import { generateDemoProgram, type DemoSummary } from '../../electron/backend/demo/generate';
import { routedProgram } from '../helpers/routed-program';

const SEED = 1;

async function smallDemo() {
  const program = await routedProgram();
  const { dataSource } = program.session.requireOpen();
  const summary: DemoSummary = await dataSource.transaction((manager) =>
    generateDemoProgram(manager, { size: 'small', seed: SEED, now: program.clock.now() }),
  );
  return { ...program, summary, manager: dataSource.manager };
}

const rows = <T = Record<string, unknown>>(manager: EntityManager, sql: string) => manager.query<T[]>(sql);

interface DatedMatch {
  id: number;
  participant_id: number;
  peer_supporter_id: number;
  proposed_on: string;
  started_on: string | null;
  ended_on: string | null;
  end_reason: string | null;
  previous_match_id: number | null;
  referral_date: string;
  capacity: number;
}

interface StatusChange {
  to_status: string;
  on_date: string;
}

/** Each person's status changes, in the order they were made. */
async function changesBy(manager: EntityManager, table: string, person: string) {
  const byPerson = new Map<number, StatusChange[]>();
  for (const row of await rows<StatusChange & { person: number }>(
    manager,
    `SELECT ${person} AS person, to_status, on_date FROM ${table} ORDER BY ${person}, id`,
  )) {
    byPerson.set(row.person, [...(byPerson.get(row.person) ?? []), row]);
  }
  return byPerson;
}

/** The status at the end of a day: that of the last change made on or before it. */
const statusOn = (changes: StatusChange[], day: string) =>
  changes.findLast((change) => change.on_date <= day)?.to_status;

describe('the demo matches', () => {
  it('follow a consistent lifecycle', async () => {
    const { manager, summary, clock } = await smallDemo();
    const today = todayIso(clock.now());
    expect(summary.matches).toBeGreaterThan(50);
    expect(summary.contacts).toBeGreaterThan(500);
    expect(summary.resources).toBeGreaterThanOrEqual(20);
    expect(summary.groupSessions).toBeGreaterThan(20);

    // At most one open match per participant, and matched exactly when one is active.
    expect(
      await rows(
        manager,
        `SELECT participant_id FROM peer_match WHERE status <> 'ended' GROUP BY 1 HAVING count(*) > 1`,
      ),
    ).toEqual([]);
    const mismatched = await rows(
      manager,
      `SELECT p.id, p.status FROM participant p
       WHERE (p.status = 'matched') <> EXISTS (
         SELECT 1 FROM peer_match m WHERE m.participant_id = p.id AND m.status = 'active')`,
    );
    expect(mismatched).toEqual([]);
    const proposed = await rows<{ status: string }>(
      manager,
      `SELECT p.status FROM peer_match m JOIN participant p ON p.id = m.participant_id WHERE m.status = 'proposed'`,
    );
    expect(proposed.length).toBeGreaterThan(0);
    expect(new Set(proposed.map((row) => row.status))).toEqual(new Set(['waiting']));

    // Active matches only with active peers, within their capacity.
    const overloaded = await rows(
      manager,
      `SELECT p.id FROM peer_supporter p JOIN peer_match m ON m.peer_supporter_id = p.id AND m.status = 'active'
       GROUP BY p.id HAVING count(*) > p.capacity OR p.status <> 'active'`,
    );
    expect(overloaded).toEqual([]);

    // A realistic spread of endings, and every not-a-fit followed by a linked re-match.
    const reasons = await rows<{ end_reason: string }>(
      manager,
      `SELECT DISTINCT end_reason FROM peer_match WHERE status = 'ended'`,
    );
    expect(reasons.length).toBeGreaterThanOrEqual(5);
    const notAFit = await rows<{ id: number; participant_id: number; peer_supporter_id: number }>(
      manager,
      `SELECT id, participant_id, peer_supporter_id FROM peer_match WHERE end_reason = 'not-a-fit'`,
    );
    expect(notAFit.length).toBeGreaterThan(0);
    const linked = await rows<{ previous_match_id: number; participant_id: number; peer_supporter_id: number }>(
      manager,
      `SELECT n.previous_match_id, n.participant_id, n.peer_supporter_id, o.ended_on, n.proposed_on
       FROM peer_match n JOIN peer_match o ON o.id = n.previous_match_id`,
    );
    expect(linked.length).toBeGreaterThan(0);
    for (const old of notAFit) {
      const next = linked.find((row) => row.previous_match_id === old.id);
      if (next === undefined) continue; // no other peer had a place: see the histories' test
      expect(next.participant_id).toBe(old.participant_id);
      expect(next.peer_supporter_id).not.toBe(old.peer_supporter_id);
    }

    // Contacts inside their match's period, never in the future; attempts have no duration.
    const outside = await rows(
      manager,
      `SELECT c.id FROM contact c JOIN peer_match m ON m.id = c.match_id
       WHERE substr(c.occurred_at, 1, 10) < m.started_on
          OR substr(c.occurred_at, 1, 10) > ifnull(m.ended_on, '${today}')
          OR c.participant_id <> m.participant_id OR c.peer_supporter_id <> m.peer_supporter_id`,
    );
    expect(outside).toEqual([]);
    const attempts = await rows<{ duration_minutes: number | null; functions: string }>(
      manager,
      `SELECT duration_minutes, functions FROM contact WHERE is_attempt = 1`,
    );
    expect(attempts.length).toBeGreaterThan(summary.contacts / 20);
    expect(attempts.every((row) => row.duration_minutes === null && row.functions === '[]')).toBe(true);
    const functions = await rows<{ functions: string }>(manager, `SELECT functions FROM contact WHERE is_attempt = 0`);
    for (const row of functions) {
      const keys = JSON.parse(row.functions) as string[];
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.every((key) => (keyFunctions as readonly string[]).includes(key))).toBe(true);
    }
    expect(summary.referrals).toBeGreaterThan(0);
    const modalities = await rows(manager, `SELECT DISTINCT modality FROM contact WHERE is_attempt = 0`);
    expect(modalities.length).toBeGreaterThanOrEqual(5);

    // Every started match has its fit check and contact reminder; most past ones are answered.
    const missing = await rows(
      manager,
      `SELECT m.id FROM peer_match m WHERE m.started_on IS NOT NULL
       AND (SELECT count(DISTINCT kind) FROM match_follow_up f WHERE f.match_id = m.id) <> 2`,
    );
    expect(missing).toEqual([]);
    const [fitChecks] = await rows<{ due: number; answered: number }>(
      manager,
      `SELECT count(*) AS due, count(fit_answer) AS answered FROM match_follow_up
       WHERE kind = 'fit-check' AND due_on < '${today}'`,
    );
    expect(fitChecks.answered / fitChecks.due).toBeGreaterThan(0.6);
  });

  it('gives Home fit checks, cadence alerts and waiting participants, and suggestions for a waiting participant', async () => {
    const { manager, call, clock } = await smallDemo();
    const home = await attention(manager, clock.now());
    for (const kind of ['fit-check-due', 'match-cadence', 'participant-waiting', 'concern-raised'] as const) {
      expect(home.counts[kind], kind).toBeGreaterThan(0);
    }
    expect(home.summary.activeMatches).toBeGreaterThan(0);

    // The longest waiting often need a language no peer with a place speaks: they have no suggestion.
    const [waiting] = await rows<{ id: number }>(
      manager,
      `SELECT id FROM participant WHERE status = 'waiting' AND archived_at IS NULL AND pref_language_required = 0
       ORDER BY status_since LIMIT 1`,
    );
    const suggestions = await call('matches.suggest', { participantId: waiting.id });
    expect(suggestions.ranked.length).toBeGreaterThan(0);
    for (const suggestion of suggestions.ranked) {
      expect(suggestion.reasons.length).toBeGreaterThan(0);
      expect(suggestion.reasons.reduce((sum, reason) => sum + reason.points, 0)).toBe(suggestion.score);
    }
    // Peers at capacity or not active are excluded, with a reason.
    expect(suggestions.excluded.every((peer) => peer.reasons.length > 0)).toBe(true);
  });

  it("agree, day by day, with the participants' histories and the peer supporters' places", async () => {
    const { manager, clock } = await smallDemo();
    const today = todayIso(clock.now());
    const matches = await rows<DatedMatch>(
      manager,
      `SELECT m.id, m.participant_id, m.peer_supporter_id, m.proposed_on, m.started_on, m.ended_on, m.end_reason,
         m.previous_match_id, p.referral_date, s.capacity
       FROM peer_match m JOIN participant p ON p.id = m.participant_id JOIN peer_supporter s ON s.id = m.peer_supporter_id`,
    );
    const participantChanges = await changesBy(manager, 'participant_status_change', 'participant_id');
    const peerChanges = await changesBy(manager, 'peer_status_change', 'peer_supporter_id');
    const started = matches.filter((match) => match.started_on !== null);
    const wrong: unknown[] = [];
    const check = (ok: boolean, what: string, id: number) => {
      if (!ok) wrong.push({ what, id });
    };

    // Matched exactly while a match is active, on every day where a history or a match changes.
    for (const [participantId, changes] of participantChanges) {
      const own = started.filter((match) => match.participant_id === participantId);
      const days = [...changes.map((change) => change.on_date), ...own.flatMap((m) => [m.started_on, m.ended_on])];
      for (const day of days.filter((d): d is string => d !== null)) {
        const active = own.some((m) => (m.started_on as string) <= day && (m.ended_on === null || day < m.ended_on));
        check((statusOn(changes, day) === 'matched') === active, `matched on ${day}`, participantId);
      }
    }
    for (const match of matches) {
      check(match.proposed_on >= match.referral_date && match.proposed_on <= today, 'proposed', match.id);
    }
    for (const match of started) {
      const start = match.started_on as string;
      // As the app writes it: starting a match makes the participant matched, ending it moves them on.
      const changes = participantChanges.get(match.participant_id) ?? [];
      check(
        changes.some((c) => c.on_date === start && c.to_status === 'matched'),
        'history: started',
        match.id,
      );
      const moved = changes.some((c) => c.on_date === match.ended_on && c.to_status !== 'matched');
      check(match.ended_on === null || moved, 'history: ended', match.id);
      check(start >= match.proposed_on && start <= today, 'started', match.id);
      check(match.ended_on === null || (match.ended_on >= start && match.ended_on <= today), 'ended', match.id);
      check(statusOn(peerChanges.get(match.peer_supporter_id) ?? [], start) === 'active', 'peer active', match.id);
      const running = started.filter(
        (other) =>
          other.peer_supporter_id === match.peer_supporter_id &&
          (other.started_on as string) <= start &&
          (other.ended_on === null || other.ended_on > start),
      );
      check(running.length <= match.capacity, 'within capacity', match.id);
      // A not-a-fit without a re-match: no peer had a place, and the participant waited (or left).
      const endedOn = match.ended_on ?? today;
      if (match.end_reason === 'not-a-fit' && !matches.some((next) => next.previous_match_id === match.id)) {
        const after = (participantChanges.get(match.participant_id) ?? []).filter((c) => c.on_date >= endedOn);
        const [waited, then] = after.map((change) => change.to_status);
        check(waited === 'waiting' && (then === undefined || then === 'closed'), 'waited', match.id);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('are dated up to today, and answered and ended as the app asks', async () => {
    const { manager, clock } = await smallDemo();
    const today = todayIso(clock.now());
    const none = async (what: string, sql: string) => expect(await rows(manager, sql), what).toEqual([]);
    await none('contacts after today', `SELECT id FROM contact WHERE substr(occurred_at, 1, 10) > '${today}'`);
    await none('follow-ups after today', `SELECT id FROM match_follow_up WHERE completed_on > '${today}'`);
    await none('sessions after today', `SELECT id FROM group_session WHERE held_on > '${today}'`);
    await none(
      'concerns resolved before raised',
      `SELECT id FROM contact WHERE concern_resolved_on < substr(occurred_at, 1, 10)`,
    );
    // A fit check answers both questions; a reminder neither, and is done only when no contact came by its day.
    await none(
      'half-answered fit checks',
      `SELECT id FROM match_follow_up WHERE kind = 'fit-check' AND completed_on IS NOT NULL
       AND (first_contact_happened IS NULL OR fit_answer IS NULL)`,
    );
    await none(
      'reminders answered or needless',
      `SELECT f.id FROM match_follow_up f WHERE f.kind = 'contact-reminder' AND (f.fit_answer IS NOT NULL
         OR f.first_contact_happened IS NOT NULL OR (f.completed_on IS NOT NULL AND EXISTS (SELECT 1 FROM contact c
           WHERE c.match_id = f.match_id AND c.is_attempt = 0 AND substr(c.occurred_at, 1, 10) <= f.due_on)))`,
    );
    await none('"other" without a note', `SELECT id FROM peer_match WHERE end_reason = 'other' AND end_note IS NULL`);
    await none('pairs without a reason', `SELECT id FROM do_not_match WHERE reason = 'other' AND note IS NULL`);
    // Never with a peer supporter who lacks a language the participant requires.
    await none(
      'language required',
      `SELECT m.id FROM peer_match m JOIN participant p ON p.id = m.participant_id
       WHERE p.pref_language_required = 1 AND NOT EXISTS (SELECT 1 FROM peer_supporter_term t
         WHERE t.peer_supporter_id = m.peer_supporter_id AND t.role = 'language' AND t.term_id = p.pref_language_id)`,
    );
  });

  it('reads back through the app as records its forms accept', async () => {
    const { manager, call } = await smallDemo();
    const pick = (record: object, keys: string[]) =>
      Object.fromEntries(keys.map((key) => [key, (record as Record<string, unknown>)[key]]));
    const longest = await rows<{ id: number; n: number; attempts: number }>(
      manager,
      `SELECT match_id AS id, sum(is_attempt = 0) AS n, sum(is_attempt) AS attempts FROM contact
       WHERE match_id IS NOT NULL GROUP BY match_id ORDER BY count(*) DESC LIMIT 5`,
    );
    for (const match of longest) {
      const timeline = await call('contacts.list', { matchId: match.id });
      expect(timeline.totals).toMatchObject({ contacts: match.n, attempts: match.attempts });
      for (const entry of timeline.entries) {
        const fields = pick(entry, Object.keys(contactFieldsSchema.shape));
        fields.referrals = entry.referrals.map(({ resourceId, note }) => ({ resourceId, note }));
        expect(() => contactFieldsSchema.parse(fields), `contact ${entry.id}`).not.toThrow();
      }
    }
    const sessions = await call('groups.list', {});
    expect(sessions.total).toBeGreaterThan(20);
    for (const row of sessions.rows.slice(0, 20)) {
      const session = await call('groups.get', { id: row.id });
      const fields = pick(session, Object.keys(groupSessionFieldsSchema.shape));
      expect(() => groupSessionFieldsSchema.parse(fields), `session ${row.id}`).not.toThrow();
      expect(session.facilitatorIds.length).toBeGreaterThan(0);
    }
    const resources = await call('resources.list', { includeRetired: true });
    expect(new Set(resources.map((resource) => resource.type)).size).toBe(8);
  });
});
