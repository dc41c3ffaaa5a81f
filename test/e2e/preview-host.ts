// Starts the preview host on a fresh temporary program folder and stops it again.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface PreviewHost {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

const READY = /PeerDesk preview: (http:\/\/127\.0\.0\.1:\d+\/)/;
const START_TIMEOUT_MS = 30_000;

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Signals the host's whole process group (tsx runs node as a child). */
function signal(child: ChildProcess, name: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, name);
  } catch {
    // Already gone.
  }
}

export async function startPreviewHost(): Promise<PreviewHost> {
  // The program folder and, beside it, the demo's ("program-demo"), in one temporary folder.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'peerdesk-e2e-'));
  const dataDir = path.join(root, 'program');
  fs.mkdirSync(dataDir);
  const child = spawn(
    path.resolve('node_modules/.bin/tsx'),
    ['electron/preview/main.ts', '--data-dir', dataDir, '--port', '0'],
    { cwd: path.resolve('.'), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`preview host did not start:\n${output}`)), START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = READY.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`preview host exited (${code}) before it was ready:\n${output}`));
    });
  }).catch((error: unknown) => {
    signal(child, 'SIGKILL');
    fs.rmSync(root, { recursive: true, force: true });
    throw error;
  });

  return {
    url,
    dataDir,
    async stop() {
      signal(child, 'SIGTERM');
      if (!(await waitForExit(child, 5_000))) {
        signal(child, 'SIGKILL');
        await waitForExit(child, 2_000);
      }
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
