// Runs the real `peerdesk` CLI as a separate process, as a person or a script would.
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [path.join(root, 'electron/cli/main.ts'), ...args], {
      cwd: root,
      env: {
        ...process.env,
        PEERDESK_PASSPHRASE: undefined,
        PEERDESK_NEW_PASSPHRASE: undefined,
        PEERDESK_RECOVERY_KEY: undefined,
        PEERDESK_DATA_DIR: undefined,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
