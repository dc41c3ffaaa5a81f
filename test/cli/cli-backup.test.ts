// `peerdesk backup`, `verify-backup` and `restore` as real processes: the printed path is a
// verified backup; a restore into a new folder holds the same records; every damaged or foreign
// copy is refused with one line and a non-zero exit; a folder that holds a program is replaced
// only when asked, and its program is kept aside.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';

const env = { PEERDESK_PASSPHRASE: 'tide pools at low noon' };
let work: string;
let dir: string;
let file: string;
let recoveryKey: string;

async function statusOf(dataDir: string) {
  const result = await runCli(['status', '--json', '--data-dir', dataDir], env);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(result.stdout) as { programName: string; recordCounts: Record<string, number> };
}

/** The counts of records; the audit log grows with every unlock (each status here is one). */
function records(counts: Record<string, number>) {
  const { auditLogEntries: _grows, ...rest } = counts;
  return rest;
}

describe('peerdesk backup, verify-backup and restore', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'peerdesk-cli-backup-'));
    dir = path.join(work, 'program');
    const made = await runCli(['demo', '--size', 'small', '--data-dir', dir], env);
    expect(made).toMatchObject({ code: 0 });
    const backup = await runCli(['backup', '--data-dir', dir, '--to', path.join(work, 'stick')], env);
    expect(backup).toMatchObject({ code: 0, stderr: '' });
    file = backup.stdout.trim();
    recoveryKey = /Recovery key: (.+)/.exec(made.stdout)?.[1] ?? '';
    expect(recoveryKey).not.toBe('');
  }, 120_000);

  afterAll(() => fs.rm(work, { recursive: true, force: true }));

  it('prints the path of a verified backup, which verify-backup checks', async () => {
    expect(path.dirname(file)).toBe(path.join(work, 'stick'));
    expect(path.basename(file)).toMatch(/^PeerDesk-.+-\d{8}-\d{6}\.pdbackup$/);
    const verified = await runCli(['verify-backup', file], env);
    expect(verified).toMatchObject({ code: 0, stderr: '' });
    expect(verified.stdout).toMatch(/: verified\. Made .* by PeerDesk .*; \d+ records\.\n$/);
    expect((await statusOf(dir)) as unknown).toMatchObject({ lastBackupAt: expect.any(String) });
  });

  it('restores into a new folder with the same records', async () => {
    const before = await statusOf(dir);
    const target = path.join(work, 'new-computer');
    const restored = await runCli(['restore', file, '--data-dir', target], env);
    expect(restored).toMatchObject({ code: 0, stderr: '' });
    expect(restored.stdout).toMatch(
      /^Restored .+ from .+ into .+new-computer: \d+ participants, \d+ peer supporters\.\n$/,
    );
    const after = await statusOf(target);
    expect(after.programName).toBe(before.programName);
    expect(records(after.recordCounts)).toEqual(records(before.recordCounts));
    expect(records(before.recordCounts).participants).toBeGreaterThan(0);
  });

  it('restores with the recovery key and a new passphrase, which then opens it', async () => {
    const target = path.join(work, 'recovered');
    const restored = await runCli(['restore', file, '--data-dir', target, '--with-recovery-key'], {
      PEERDESK_RECOVERY_KEY: recoveryKey,
      PEERDESK_NEW_PASSPHRASE: 'a new passphrase after the restore',
    });
    expect(restored).toMatchObject({ code: 0, stderr: '' });
    const status = await runCli(['status', '--json', '--data-dir', target], {
      PEERDESK_PASSPHRASE: 'a new passphrase after the restore',
    });
    expect(status.code).toBe(0);
    const wrongKey = await runCli(
      ['restore', file, '--data-dir', path.join(work, 'not-recovered'), '--with-recovery-key'],
      {
        PEERDESK_RECOVERY_KEY: recoveryKey.replace(/[A-Z2-9](?=[^A-Z2-9]*$)/, (c) => (c === 'A' ? 'B' : 'A')),
        PEERDESK_NEW_PASSPHRASE: 'a new passphrase after the restore',
      },
    );
    expect(wrongKey.code).not.toBe(0);
    expect(wrongKey.stderr).toMatch(/^peerdesk: .*recovery key/i);
  });

  it('replaces a program only with --replace, and keeps the one it replaced aside', async () => {
    const target = path.join(work, 'occupied');
    expect((await runCli(['init', '--program-name', 'Other Program', '--data-dir', target], env)).code).toBe(0);
    const refused = await runCli(['restore', file, '--data-dir', target], env);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toBe(
      'peerdesk: This computer already holds a program. Restoring the backup replaces it: confirm to go on.\n',
    );
    expect((await statusOf(target)).programName).toBe('Other Program');

    const replaced = await runCli(['restore', file, '--data-dir', target, '--replace'], env);
    expect(replaced).toMatchObject({ code: 0, stderr: '' });
    expect((await statusOf(target)).programName).toBe((await statusOf(dir)).programName);
    const aside = (await fs.readdir(target)).filter((name) => name.startsWith('replaced-'));
    expect(aside).toHaveLength(1);
    expect((await fs.readdir(path.join(target, aside[0]))).sort()).toEqual(['keyslots.json', 'peerdesk.db']);
  });

  it('refuses each damaged or foreign copy with one line and a non-zero exit, changing nothing', async () => {
    const bytes = await fs.readFile(file);
    const copy = async (name: string, content: Buffer) => {
      const target = path.join(work, name);
      await fs.writeFile(target, content);
      return target;
    };
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 100] ^= 0x01;
    const newer = Buffer.from(bytes);
    newer.writeUInt32BE(99, 8);
    const cases: Array<[string, string[], Record<string, string>, string]> = [
      [
        'truncated',
        [await copy('truncated.pdbackup', bytes.subarray(0, bytes.length - 512))],
        env,
        'truncated.pdbackup is incomplete or damaged: it is not the length it says it is.',
      ],
      [
        'flipped',
        [await copy('flipped.pdbackup', flipped)],
        env,
        'flipped.pdbackup is damaged: its contents do not match the checksum written with it.',
      ],
      [
        'foreign',
        [await copy('notes.pdbackup', Buffer.from('shopping list'))],
        env,
        'notes.pdbackup is not a PeerDesk backup.',
      ],
      [
        'newer',
        [await copy('newer.pdbackup', newer)],
        env,
        'newer.pdbackup was made by a newer PeerDesk. Update PeerDesk to restore it.',
      ],
      [
        'wrong passphrase',
        [file],
        { PEERDESK_PASSPHRASE: 'not the passphrase' },
        `That passphrase does not open ${path.basename(file)}. It is the passphrase the program had when the backup was made.`,
      ],
    ];
    for (const [what, args, passphrase, message] of cases) {
      const verified = await runCli(['verify-backup', ...args], passphrase);
      expect(verified.code, what).not.toBe(0);
      expect(verified.stderr, what).toBe(`peerdesk: ${message}\n`);
      // restore reads a file the same way (test/backup covers each case in process): two suffice here.
      if (what !== 'truncated' && what !== 'wrong passphrase') continue;
      const target = path.join(work, `restore-${what.replace(' ', '-')}`);
      const restored = await runCli(['restore', ...args, '--data-dir', target], passphrase);
      expect(restored.code, what).not.toBe(0);
      expect(restored.stderr, what).toBe(`peerdesk: ${message}\n`);
      // Nothing was written where the program would have gone.
      expect(await fs.readdir(target).catch(() => []), what).toEqual([]);
    }
  });
});
