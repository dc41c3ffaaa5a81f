// `peerdesk backup` and `verify-backup` as real processes: the printed path is a verified backup;
// a changed copy is refused with one line and a non-zero exit.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';

const env = { PEERDESK_PASSPHRASE: 'tide pools at low noon' };
let work: string;
let dir: string;

describe('peerdesk backup', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'peerdesk-cli-backup-'));
    dir = path.join(work, 'program');
    expect((await runCli(['init', '--program-name', 'Riverside Peers', '--data-dir', dir], env)).code).toBe(0);
  }, 60_000);

  afterAll(() => fs.rm(work, { recursive: true, force: true }));

  it('prints the path of a verified backup, which verify-backup checks; a changed copy is refused', async () => {
    const stick = path.join(work, 'stick');
    const made = await runCli(['backup', '--data-dir', dir, '--to', stick], env);
    expect(made).toMatchObject({ code: 0, stderr: '' });
    const file = made.stdout.trim();
    expect(path.dirname(file)).toBe(stick);
    expect(path.basename(file)).toMatch(/^PeerDesk-Riverside-Peers-\d{8}-\d{6}\.pdbackup$/);

    const verified = await runCli(['verify-backup', file], env);
    expect(verified).toMatchObject({ code: 0, stderr: '' });
    expect(verified.stdout).toMatch(/: verified\. Made .* by PeerDesk .*; \d+ records\.\n$/);

    const bytes = await fs.readFile(file);
    bytes[bytes.length - 100] ^= 0xff;
    const changed = path.join(work, 'changed.pdbackup');
    await fs.writeFile(changed, bytes);
    const refused = await runCli(['verify-backup', changed], env);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toBe(
      'peerdesk: changed.pdbackup is damaged: its contents do not match the checksum written with it.\n',
    );
    const status = JSON.parse((await runCli(['status', '--json', '--data-dir', dir], env)).stdout);
    expect(status.lastBackupAt).toEqual(expect.any(String));
  });
});
