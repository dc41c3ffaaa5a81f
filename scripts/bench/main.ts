// `npm run bench`: builds the large demo program once (cached under .tmp/bench), then measures
// unlock, participant search, the first page of the participants list, Home's attention list,
// match suggestions for a waiting participant and the contact timeline of a long match (both
// through the router, as the UI asks), a year's funder report (and the same SQL on the raw driver),
// a backup with its full verification, and the first render of the participants page in Chromium through the preview host. `--json`: one object per line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ChannelName } from '../../shared/api/channels';
import { participantListInput } from '../../shared/api/participants';
import { createRouter } from '../../electron/backend/api/router';
import { attention } from '../../electron/backend/attention/attention';
import { DEMO_GENERATOR_VERSION } from '../../electron/backend/demo/generate';
import { listParticipants } from '../../electron/backend/people/participants';
import { ProgramSession } from '../../electron/backend/services/program-session';
import { repeat, summarise, table, type Measure } from './stats';
import { measureBackup } from './backup';
import { measureAnnualReport } from './report';
import { measureFirstRender } from './ui';

const root = path.resolve(import.meta.dirname, '../..');
export const BENCH_PASSPHRASE = 'benchmark passphrase, not a secret';
const SEED = 7;
const SEARCHES = ['zo', 'obr', 'mar', 'ng', 'li', 'son', 'ana', 'ez', 'kim', 'dia', 'le', 'ros'];

function ensureProgram(dir: string): void {
  if (fs.existsSync(path.join(dir, 'keyslots.json')) && fs.existsSync(path.join(dir, 'peerdesk.db'))) return;
  fs.rmSync(dir, { recursive: true, force: true });
  process.stderr.write(`Building the large demo program in ${dir} (once; it is cached)...\n`);
  const result = spawnSync(
    path.join(root, 'node_modules/.bin/tsx'),
    ['electron/cli/main.ts', 'demo', '--size', 'large', '--seed', String(SEED), '--data-dir', dir],
    {
      cwd: root,
      env: { ...process.env, PEERDESK_PASSPHRASE: BENCH_PASSPHRASE },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (result.status !== 0) throw new Error('Building the demo program failed');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      runs: { type: 'string', default: '1' },
      'data-dir': { type: 'string' },
    },
  });
  const scale = Math.max(1, Number(values.runs));
  // The cache is rebuilt whenever the generator writes different records.
  const dir = path.resolve(
    values['data-dir'] ?? path.join(root, `.tmp/bench/large-seed-${SEED}-v${DEMO_GENERATOR_VERSION}`),
  );
  ensureProgram(dir);
  const measures: Measure[] = [];
  const session = () => new ProgramSession({ dataDir: dir, appVersion: 'bench', host: 'cli' });

  const unlockRuns = await repeat(5 * scale, async () => {
    const s = session();
    await s.unlock(BENCH_PASSPHRASE);
    await s.close();
  });
  measures.push(summarise('unlock', unlockRuns));

  const open = session();
  await open.unlock(BENCH_PASSPHRASE);
  const manager = open.requireOpen().dataSource.manager;
  const list = (input: Parameters<typeof participantListInput.parse>[0]) =>
    listParticipants(manager, participantListInput.parse(input));
  // Warm the page cache as a person's first screens would.
  await list({});
  const searches = await repeat(SEARCHES.length * 5 * scale, (run) =>
    list({ search: SEARCHES[run % SEARCHES.length], limit: 200 }),
  );
  measures.push(summarise('search.participants', searches, 20));
  const pages = await repeat(30 * scale, () => list({ limit: 200 }));
  measures.push(summarise('list.participants.page', pages));
  // What Home asks for first after unlock: consents, supervision, action items, certifications.
  const now = new Date();
  const attentionRuns = await repeat(10 * scale, () => attention(manager, now));
  measures.push(summarise('attention.list', attentionRuns));

  const router = createRouter(open);
  const call = async (channel: ChannelName, input: unknown) => {
    const result = await router.handle(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  // The participant who has waited longest, against every peer supporter of the program; one who
  // requires no language, so that most peers are ranked with their reasons rather than excluded.
  const [waiting] = await manager.query<{ id: number }[]>(
    `SELECT id FROM participant WHERE status = 'waiting' AND archived_at IS NULL AND pref_language_required = 0
     ORDER BY status_since, id LIMIT 1`,
  );
  const suggestRuns = await repeat(20 * scale, () => call('matches.suggest', { participantId: waiting.id }));
  measures.push(summarise('match.suggest', suggestRuns, 50));
  // The match with the most contacts: its page's timeline with totals.
  const [longest] = await manager.query<{ id: number }[]>(
    `SELECT match_id AS id FROM contact WHERE match_id IS NOT NULL GROUP BY match_id ORDER BY count(*) DESC, match_id LIMIT 1`,
  );
  const timelineRuns = await repeat(20 * scale, () => call('contacts.list', { matchId: longest.id }));
  measures.push(summarise('contacts.matchTimeline', timelineRuns, 50));
  measures.push(...(await measureAnnualReport(open, router, 10 * scale)));
  measures.push(...(await measureBackup(open, BENCH_PASSPHRASE, 3 * scale)));
  await open.close();

  measures.push(await measureFirstRender(dir, BENCH_PASSPHRASE, 10 * scale));

  if (values.json) {
    for (const measure of measures) process.stdout.write(`${JSON.stringify(measure)}\n`);
  } else {
    process.stdout.write(`${table(measures)}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
