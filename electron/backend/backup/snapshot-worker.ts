// The worker thread that does a backup's and a restore's long SQLite work: VACUUM INTO and the
// checks read every page of the database, and on a large program take seconds. Run on the main
// thread (in Electron, the process that also drives the window), they would freeze the app and
// hold back the progress bar and Cancel. Started by snapshot-jobs.ts, one job per worker.
import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { keyDatabase } from '../db/key-database';
import { checkSnapshot, tableCounts } from './snapshot-check';
import type { SnapshotJob, SnapshotJobResult, WorkerMessage } from './snapshot-jobs';

/** As the app's own connection reads: every page of a large program is read once. */
const LIVE_CACHE_KIB = 64 * 1024;

const post = (message: WorkerMessage) => parentPort?.postMessage(message);

function run(job: SnapshotJob): SnapshotJobResult {
  const key = Buffer.from(job.key);
  job.key.fill(0);
  try {
    if (job.kind === 'check') return { kind: 'check', contents: checkSnapshot(job.file, key, job.what) };
    // A connection of its own on the live database; the session lets nothing write meanwhile.
    const live = new BetterSqlite3(job.database, { readonly: true, fileMustExist: true });
    let liveCounts: Record<string, number>;
    try {
      keyDatabase(live, key);
      live.pragma(`cache_size = -${LIVE_CACHE_KIB}`);
      // Sorting for the copy's indexes must not spill decrypted pages into unencrypted temp files.
      live.pragma('temp_store = MEMORY');
      live.prepare('VACUUM INTO ?').run(job.snapshot);
      liveCounts = tableCounts(live);
    } finally {
      live.close();
    }
    post({ type: 'step', step: 'checking' });
    return { kind: 'snapshot', liveCounts, contents: checkSnapshot(job.snapshot, key, job.what) };
  } finally {
    key.fill(0);
  }
}

try {
  post({ type: 'done', result: run(workerData as SnapshotJob) });
} catch (error) {
  const { name, message, code } = error as Error & { code?: unknown };
  post({ type: 'failed', name, message, code: typeof code === 'string' ? code : undefined });
}
