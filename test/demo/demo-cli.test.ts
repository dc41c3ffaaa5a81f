// `peerdesk demo` as a real process: it refuses a folder that is not empty, and a small demo is
// then reported by `status --json` (real scrypt cost, as a person would run it).
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dir';

const env = { PEERDESK_PASSPHRASE: 'demo tide pools at noon' };

describe('peerdesk demo', { timeout: 60_000 }, () => {
  it('refuses a folder that is not empty, with one line and nothing changed', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, 'notes.txt'), 'mine');
    const result = await runCli(['demo', '--data-dir', dir, '--size', 'small'], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^peerdesk: .* is not empty/)]);
    expect(await fs.readdir(dir)).toEqual(['notes.txt']);
  });

  it('refuses a size it does not know', async () => {
    const dir = path.join(await tempDir(), 'D');
    const result = await runCli(['demo', '--data-dir', dir, '--size', 'huge'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--size small or --size large/);
    await expect(fs.stat(dir)).rejects.toThrow();
  });

  it('creates a small demo program that status --json reports', async () => {
    const dir = path.join(await tempDir(), 'D');
    const made = await runCli(['demo', '--data-dir', dir, '--size', 'small', '--seed', '7'], env);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/Recovery key: (\w{4}-){7}\w{4}\n/);
    expect(made.stdout).toContain('30 peer supporters and 150 participants');
    const status = await runCli(['status', '--json', '--data-dir', dir], env);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({
      programName: 'Demo program (DEMO)',
      demo: true,
      recordCounts: { participants: 150, peerSupporters: 30 },
    });
  });
});
