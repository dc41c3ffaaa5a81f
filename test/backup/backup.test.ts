// Backups on real encrypted programs in temporary folders: a verified file with its manifest,
// generations kept, and every damaged or foreign file refused with a clear message.
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../electron/backend/backup/create-backup';
import { verifyBackup } from '../../electron/backend/backup/verify-backup';
import { PASSPHRASE } from '../helpers/program';
import { programWithRecords } from './program-with-records';
import { tempDir } from '../helpers/temp-dir';

describe('backups', () => {
  it('writes one verified file with its manifest, and records when', async () => {
    const { session, call } = await programWithRecords();
    const stick = await tempDir('peerdesk-stick-');
    const { file, manifest } = await createBackup(session, stick);
    expect(path.basename(file)).toBe('PeerDesk-Riverside-Peers-20260302-090000.pdbackup');
    expect(await fs.readdir(stick)).toEqual([path.basename(file)]);
    expect(manifest.tableCounts).toMatchObject({ participant: 1, peer_supporter: 1, program: 1 });
    // The program's name and people are inside the encrypted snapshot only.
    const bytes = await fs.readFile(file);
    expect(bytes.toString('latin1')).not.toContain('Brien');
    expect(bytes.toString('latin1')).not.toContain('Silva');

    await expect(verifyBackup(file, PASSPHRASE)).resolves.toEqual(manifest);
    expect((await call('program.info', {})).lastBackupAt).toBe('2026-03-02T09:00:00.000Z');
  });

  it('keeps the newest generations and removes older ones only after the new one is verified', async () => {
    const { session, clock } = await programWithRecords();
    const stick = await tempDir('peerdesk-stick-');
    await fs.writeFile(path.join(stick, 'notes.txt'), 'not a backup');
    for (let i = 0; i < 3; i += 1) {
      await createBackup(session, stick, { generations: 2 });
      clock.advance(60_000);
    }
    expect((await fs.readdir(stick)).sort()).toEqual([
      'PeerDesk-Riverside-Peers-20260302-090100.pdbackup',
      'PeerDesk-Riverside-Peers-20260302-090200.pdbackup',
      'notes.txt',
    ]);
  });

  it("never prunes another program's backups, nor the one just made when the clock went back", async () => {
    const { session, clock } = await programWithRecords();
    const stick = await tempDir('peerdesk-stick-');
    // "Riverside Peers East" starts with "Riverside Peers": its backups are not this program's.
    const theirs = ['20270101-000000', '20270102-000000', '20270103-000000'].map(
      (stamp) => `PeerDesk-Riverside-Peers-East-${stamp}.pdbackup`,
    );
    for (const name of theirs) await fs.writeFile(path.join(stick, name), 'another program');
    // Another program of the very same name, whose newer backups share the stick.
    const namesake = await programWithRecords();
    namesake.clock.advance(365 * 24 * 60 * 60 * 1000);
    for (let i = 0; i < 3; i += 1) {
      theirs.push(path.basename((await createBackup(namesake.session, stick)).file));
      namesake.clock.advance(60_000);
    }
    expect(theirs.slice(-3)).toEqual(
      ['20270302-090000', '20270302-090100', '20270302-090200'].map(
        (stamp) => `PeerDesk-Riverside-Peers-${stamp}.pdbackup`,
      ),
    );
    await createBackup(session, stick, { generations: 2 });
    clock.advance(60_000);
    await createBackup(session, stick, { generations: 2 });
    clock.advance(-24 * 60 * 60 * 1000);
    const { file } = await createBackup(session, stick, { generations: 2 });
    expect((await fs.readdir(stick)).sort()).toEqual(
      [...theirs, path.basename(file), 'PeerDesk-Riverside-Peers-20260302-090100.pdbackup'].sort(),
    );
  });

  it("removes this program's partial files left by a cut-off backup, and no one else's", async () => {
    const { session } = await programWithRecords();
    const stick = await tempDir('peerdesk-stick-');
    const ours = '.PeerDesk-Riverside-Peers-20260301-080000.pdbackup.1a2b3c4d.partial';
    const theirs = '.PeerDesk-Eastside-Peers-20260301-080000.pdbackup.5e6f7a8b.partial';
    for (const name of [ours, theirs]) await fs.writeFile(path.join(stick, name), 'cut off');
    await createBackup(session, stick);
    expect((await fs.readdir(stick)).sort()).toEqual([theirs, 'PeerDesk-Riverside-Peers-20260302-090000.pdbackup']);
  });

  it('refuses a truncated file, a flipped byte, a foreign file and a wrong passphrase', async () => {
    const { session } = await programWithRecords();
    const stick = await tempDir('peerdesk-stick-');
    const { file } = await createBackup(session, stick);
    const bytes = await fs.readFile(file);
    const copy = async (name: string, content: Buffer) => {
      const target = path.join(stick, name);
      await fs.writeFile(target, content);
      return target;
    };
    const truncated = await copy('truncated.pdbackup', bytes.subarray(0, bytes.length - 4096));
    await expect(verifyBackup(truncated, PASSPHRASE)).rejects.toThrow(
      'truncated.pdbackup is incomplete or damaged: it is not the length it says it is.',
    );
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 5000] ^= 0x01;
    await expect(verifyBackup(await copy('flipped.pdbackup', flipped), PASSPHRASE)).rejects.toThrow(
      'flipped.pdbackup is damaged: its contents do not match the checksum written with it.',
    );
    await expect(
      verifyBackup(await copy('photo.pdbackup', Buffer.from('\x89PNG not a backup')), PASSPHRASE),
    ).rejects.toThrow('photo.pdbackup is not a PeerDesk backup.');
    const newer = Buffer.from(bytes);
    newer.writeUInt32BE(2, 8);
    await expect(verifyBackup(await copy('newer.pdbackup', newer), PASSPHRASE)).rejects.toThrow(
      'newer.pdbackup was made by a newer PeerDesk. Update PeerDesk to restore it.',
    );
    await expect(verifyBackup(file, 'not the passphrase at all')).rejects.toThrow(/^That passphrase does not open /);
  });

  it('refuses a folder it cannot make or write to, and leaves nothing there', async () => {
    const { session } = await programWithRecords();
    const stick = await tempDir('peerdesk-stick-');
    // A "folder" below a file: no one, not even root, can write there.
    await fs.writeFile(path.join(stick, 'a-file'), '');
    await expect(createBackup(session, path.join(stick, 'a-file', 'backups'))).rejects.toThrow(
      /^There is no folder .*a-file\. Check the path, or choose the drive again\.$/,
    );
    // A mistyped path is not built up folder by folder; one new folder on a drive is made.
    await expect(createBackup(session, path.join(stick, 'Bakups', '2026'))).rejects.toThrow(
      /^There is no folder .*Bakups\. /,
    );
    expect(await fs.readdir(stick)).toEqual(['a-file']);
    await createBackup(session, path.join(stick, 'Backups'));
    expect((await fs.readdir(stick)).sort()).toEqual(['Backups', 'a-file']);
  });
});
