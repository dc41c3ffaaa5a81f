// Runs the crash child (child.ts, bundled once per test file so each start costs no compiling) and
// kills it with SIGKILL: no handler runs, no buffer is flushed, as when the power goes.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { common, nodeBundle } from '../../scripts/node-bundle';
import type { ChildTask } from './child-task';

const root = path.resolve(import.meta.dirname, '..', '..');
let bundled: Promise<string> | null = null;

/** Inside the repository, so that the packages left external resolve from its node_modules. */
export function childScript(): Promise<string> {
  bundled ??= (async () => {
    await fs.mkdir(path.join(root, '.tmp'), { recursive: true });
    const dir = await fs.mkdtemp(path.join(root, '.tmp', 'crash-child-'));
    // The backup's worker thread beside it, where the bundled backend looks for it.
    await build({
      ...common,
      ...nodeBundle,
      sourcemap: false,
      entryPoints: {
        child: path.join(import.meta.dirname, 'child.ts'),
        'snapshot-worker': path.join(root, 'electron', 'backend', 'backup', 'snapshot-worker.ts'),
      },
      outdir: dir,
      outExtension: { '.js': '.cjs' },
    });
    return path.join(dir, 'child.cjs');
  })();
  return bundled;
}

export async function removeChildScript(): Promise<void> {
  if (!bundled) return;
  const script = await bundled;
  bundled = null;
  await fs.rm(path.dirname(script), { recursive: true, force: true });
}

export interface ChildRun {
  /** What the child said it had finished, in order (the "ready" line included). */
  lines: string[];
  /** False when the child ended by itself before the kill. */
  killed: boolean;
  /** Milliseconds from "ready" to the end. */
  ranMs: number;
}

/**
 * Starts the child and kills it `killAfterMs` after it says "ready" (never, when null). A child
 * that fails on its own (exit code other than 0) fails the test with what it wrote to stderr.
 */
export async function runChild(task: ChildTask, killAfterMs: number | null): Promise<ChildRun> {
  const script = await childScript();
  return new Promise<ChildRun>((resolve, reject) => {
    const child = spawn(process.execPath, [script, JSON.stringify(task)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: task.tmpDir ? { ...process.env, TMPDIR: task.tmpDir } : process.env,
    });
    const lines: string[] = [];
    let pending = '';
    let stderr = '';
    let readyAt = 0;
    let killed = false;
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const complete = pending.split('\n');
      pending = complete.pop() ?? '';
      for (const line of complete) {
        lines.push(line);
        if (line === 'ready' && readyAt === 0) {
          readyAt = performance.now();
          if (killAfterMs !== null) {
            setTimeout(() => {
              killed = child.kill('SIGKILL');
            }, killAfterMs);
          }
        }
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      // A line cut off by the kill was never finished: it does not count.
      const ranMs = readyAt === 0 ? 0 : performance.now() - readyAt;
      if (signal === 'SIGKILL' && killed) resolve({ lines, killed: true, ranMs });
      else if (code === 0) resolve({ lines, killed: false, ranMs });
      else reject(new Error(`the crash child ended with ${signal ?? `code ${code}`}: ${stderr.trim()}`));
    });
  });
}
