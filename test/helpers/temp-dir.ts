// Real folders for real encrypted files: one temporary folder per test, removed afterwards, or one
// for a whole file of tests (made in beforeAll), removed after the last of them.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach } from 'vitest';

/** Makes folders into `made`; `cleanUp` (afterEach or afterAll) removes them. */
function tempDirs(cleanUp: (hook: () => Promise<void>) => void) {
  const made: string[] = [];
  cleanUp(async () => {
    await Promise.all(made.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
  });
  return async (prefix = 'peerdesk-test-'): Promise<string> => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

export const tempDir = tempDirs(afterEach);
export const fileTempDir = tempDirs(afterAll);
