// `npm run bench`: builds the large demo program once (cached under .tmp/bench), then measures
// unlock, participant search, the first page of the participants list, and the first render of
// the participants page in Chromium through the preview host. `--json`: one object per line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { participantListInput } from '../../shared/api/participants';
import { attention } from '../../electron/backend/attention/attention';
import { DEMO_GENERATOR_VERSION } from '../../electron/backend/demo/generate';
import { listParticipants } from '../../electron/backend/people/participants';
import { ProgramSession } from '../../electron/backend/services/program-session';
import { repeat, summarise, table, type Measure } from './stats';
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
