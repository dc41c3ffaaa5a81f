// The `peerdesk` command line, run as a real process against real program folders (real
// scrypt cost: these are the commands the README documents).
import fs from 'node:fs/promises';
import path from 'node:path';
import sqlcipher from '@journeyapps/sqlcipher';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dir';

const PASSPHRASE = 'tide pools at low noon';
let dir: string;

function readProgramName(file: string, keyHex: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const db = new sqlcipher.Database(file, sqlcipher.OPEN_READONLY);
    db.serialize(() => {
      db.run(`PRAGMA key = "x'${keyHex}'"`);
      db.get('SELECT name FROM program', (error: Error | null, row: { name: string }) =>
        db.close(() => (error ? reject(error) : resolve(row.name))),
      );
    });
  });
}

describe('peerdesk CLI', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    dir = path.join(await fs.mkdtemp(path.join((await import('node:os')).tmpdir(), 'peerdesk-cli-')), 'D');
    const result = await runCli(['init', '--program-name', 'Riverside Peers', '--data-dir', dir], {
      PEERDESK_PASSPHRASE: PASSPHRASE,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Recovery key: (\w{4}-){7}\w{4}\n/);
  }, 60_000);

  afterAll(() => fs.rm(path.dirname(dir), { recursive: true, force: true }));

  it('init leaves only the two files, encrypted, without the program name in them', async () => {
    expect((await fs.readdir(dir)).sort()).toEqual(['keyslots.json', 'peerdesk.db']);
    const db = await fs.readFile(path.join(dir, 'peerdesk.db'));
    expect(db.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(db.toString('latin1')).not.toContain('Riverside');
    expect(await fs.readFile(path.join(dir, 'keyslots.json'), 'utf8')).not.toContain('Riverside');
  });

  it('init refuses to set up over an existing program', async () => {
    const result = await runCli(['init', '--program-name', 'Other', '--data-dir', dir], {
      PEERDESK_PASSPHRASE: PASSPHRASE,
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/^peerdesk: A program already exists/);
  });

  it('status --json prints one JSON object naming the program', async () => {
    const result = await runCli(['status', '--json', '--data-dir', dir], { PEERDESK_PASSPHRASE: PASSPHRASE });
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      programName: 'Riverside Peers',
      demo: false,
      appVersion: expect.any(String),
      schemaVersion: expect.stringMatching(/^[A-Za-z]+\d{13}$/),
      recordCounts: { participants: 0, peerSupporters: 0, auditLogEntries: expect.any(Number) },
      lastBackupAt: null,
    });
  });

  it('raw-key prints a key the official SQLCipher reads the program name with', async () => {
    const result = await runCli(['raw-key', '--data-dir', dir], { PEERDESK_PASSPHRASE: PASSPHRASE });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('WARNING');
    const key = result.stdout.trim();
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    await expect(readProgramName(path.join(dir, 'peerdesk.db'), key)).resolves.toBe('Riverside Peers');
  });

  it('raw-key with a wrong passphrase says so and exits non-zero; status works afterwards', async () => {
    const wrong = await runCli(['raw-key', '--data-dir', dir], { PEERDESK_PASSPHRASE: 'not the passphrase' });
    expect(wrong.code).not.toBe(0);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr.trim().split('\n')).toEqual([
      'peerdesk: That passphrase is not right. Check Caps Lock and try again.',
    ]);
    const status = await runCli(['status', '--data-dir', dir], { PEERDESK_PASSPHRASE: PASSPHRASE });
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('Program:        Riverside Peers');
    expect(status.stdout).toContain('Last backup:    never');
  });

  it('reads the passphrase from --passphrase-file and the data folder from PEERDESK_DATA_DIR', async () => {
    const file = path.join(await tempDir(), 'pass.txt');
    await fs.writeFile(file, `${PASSPHRASE}\n`);
    const result = await runCli(['status', '--json', '--passphrase-file', file], { PEERDESK_DATA_DIR: dir });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).dataDir).toBe(dir);
  });

  it('change-passphrase takes the new one from PEERDESK_NEW_PASSPHRASE', async () => {
    const other = path.join(await tempDir(), 'P');
    await runCli(['init', '--program-name', 'Second', '--data-dir', other], { PEERDESK_PASSPHRASE: PASSPHRASE });
    const weak = await runCli(['change-passphrase', '--data-dir', other], {
      PEERDESK_PASSPHRASE: PASSPHRASE,
      PEERDESK_NEW_PASSPHRASE: 'short',
    });
    expect(weak.code).not.toBe(0);
    expect(weak.stderr).toMatch(/newPassphrase: Use at least 10 characters/);
    const changed = await runCli(['change-passphrase', '--data-dir', other], {
      PEERDESK_PASSPHRASE: PASSPHRASE,
      PEERDESK_NEW_PASSPHRASE: 'harbour lights at dusk',
    });
    expect(changed.code).toBe(0);
    expect((await runCli(['status', '--data-dir', other], { PEERDESK_PASSPHRASE: PASSPHRASE })).code).not.toBe(0);
    expect(
      (await runCli(['status', '--data-dir', other], { PEERDESK_PASSPHRASE: 'harbour lights at dusk' })).code,
    ).toBe(0);
  });

  it('explains usage errors in one line with exit code 2, and fails cleanly without a passphrase', async () => {
    const unknown = await runCli(['frobnicate']);
    expect(unknown).toMatchObject({ code: 2, stderr: 'peerdesk: Unknown command: frobnicate (see peerdesk --help)\n' });
    const noName = await runCli(['init', '--data-dir', dir]);
    expect(noName).toMatchObject({ code: 2, stderr: 'peerdesk: init needs --program-name NAME\n' });
    const noPassphrase = await runCli(['status', '--data-dir', dir]);
    expect(noPassphrase.code).toBe(1);
    expect(noPassphrase.stderr).toMatch(/^peerdesk: No terminal to ask for the passphrase: set PEERDESK_PASSPHRASE/);
    const empty = await runCli(['status', '--data-dir', path.join(dir, 'nothing-here')], {
      PEERDESK_PASSPHRASE: PASSPHRASE,
    });
    expect(empty.stderr).toMatch(/^peerdesk: No program in/);
    await expect(fs.access(path.join(dir, 'nothing-here'))).rejects.toThrow();
  });
});
