// Real folders for real encrypted files: one temporary folder per test, removed afterwards, or one
// for a whole file of tests (made in beforeAll), removed after the last of them.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach } from 'vitest';

const made: string[] = [];
const madeForFile: string[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

export async function tempDir(prefix = 'peerdesk-test-'): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(madeForFile.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

export async function fileTempDir(prefix = 'peerdesk-test-'): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  madeForFile.push(dir);
  return dir;
}
