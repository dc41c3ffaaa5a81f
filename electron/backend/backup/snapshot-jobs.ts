// Runs a snapshot job (snapshot-worker.ts) in a worker thread and answers its result. The worker
// is the bundle beside this code (dist/electron/snapshot-worker.cjs) in the app; from the sources
// (the preview host, the CLI and the tests under tsx or Vitest) it is the TypeScript file, run
// with tsx's loader.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors';
import { BackupFileError } from './backup-format';
import type { SnapshotContents } from './snapshot-check';

export type SnapshotJob =
  /** Check a snapshot file: integrity, foreign keys, its program, rows per table. */
  | { kind: 'check'; file: string; what: string; key: Uint8Array }
  /** VACUUM INTO `snapshot` from the live database, count the live rows, then check the snapshot. */
  | { kind: 'snapshot'; database: string; snapshot: string; what: string; key: Uint8Array };

export type SnapshotJobResult =
  | { kind: 'check'; contents: SnapshotContents }
  | { kind: 'snapshot'; liveCounts: Record<string, number>; contents: SnapshotContents };

export type WorkerMessage =
  | { type: 'step'; step: 'checking' }
  | { type: 'done'; result: SnapshotJobResult }
  | { type: 'failed'; name: string; message: string; code: string | undefined };

export interface JobOptions {
  /** Aborting stops the worker; the job rejects with CANCELLED once it has stopped. */
  signal?: AbortSignal;
  onStep?: (step: 'checking') => void;
  cancelledMessage?: string;
}

function workerScript(): { file: string; execArgv?: string[] } {
  const bundled = fileURLToPath(new URL('./snapshot-worker.cjs', import.meta.url));
  if (existsSync(bundled)) return { file: bundled };
  // tsx resolved from here, not from the working folder, which may be anywhere.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return { file: fileURLToPath(new URL('./snapshot-worker.ts', import.meta.url)), execArgv: ['--import', tsx] };
}

function failure(message: Extract<WorkerMessage, { type: 'failed' }>): Error {
  if (message.name === 'BackupFileError') return new BackupFileError(message.message);
  return Object.assign(new Error(message.message), { name: message.name, code: message.code });
}

/** The key is copied into the worker and the copy given here is zeroed; the worker zeroes its own. */
export function runSnapshotJob(job: SnapshotJob & { kind: 'check' }, options?: JobOptions): Promise<SnapshotContents>;
export function runSnapshotJob(
  job: SnapshotJob & { kind: 'snapshot' },
  options?: JobOptions,
): Promise<Extract<SnapshotJobResult, { kind: 'snapshot' }>>;
export function runSnapshotJob(job: SnapshotJob, options: JobOptions = {}): Promise<unknown> {
  const cancelled = () => new AppError('CANCELLED', options.cancelledMessage ?? 'Cancelled.');
  if (options.signal?.aborted) {
    job.key.fill(0);
    return Promise.reject(cancelled());
  }
  const { file, execArgv } = workerScript();
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', abort);
      outcome();
    };
    let worker: Worker;
    try {
      worker = new Worker(file, { workerData: job, execArgv });
    } finally {
      // The worker holds its own copy now (or there is no worker).
      job.key.fill(0);
    }
    // terminate() cannot interrupt a statement running in SQLite itself: the job ends when the
    // worker has, so that the caller's clean-up and the session's next write never race it.
    let aborted = false;
    const abort = () => {
      aborted = true;
      void worker.terminate();
    };
    options.signal?.addEventListener('abort', abort, { once: true });
    worker.on('message', (message: WorkerMessage) => {
      if (settled || aborted) return;
      if (message.type === 'step') options.onStep?.(message.step);
      else if (message.type === 'done')
        settle(() => resolve(message.result.kind === 'check' ? message.result.contents : message.result));
      else settle(() => reject(failure(message)));
    });
    worker.on('error', (error: Error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() =>
        reject(
          aborted ? cancelled() : new Error(`The snapshot worker stopped before it answered (exit code ${code}).`),
        ),
      ),
    );
  });
}
