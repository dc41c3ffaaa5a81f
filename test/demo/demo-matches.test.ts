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
    for (const old of notAFit) {
      const next = linked.find((row) => row.previous_match_id === old.id);
      expect(next, `re-match of ${old.id}`).toBeDefined();
      expect(next?.participant_id).toBe(old.participant_id);
      expect(next?.peer_supporter_id).not.toBe(old.peer_supporter_id);
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

    const [waiting] = await rows<{ id: number }>(
      manager,
      `SELECT id FROM participant WHERE status = 'waiting' AND archived_at IS NULL ORDER BY status_since LIMIT 1`,
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
