// Checks a backup file before anyone trusts it: its header, its length, its snapshot's hash,
// then, with the program's passphrase, the snapshot itself (decrypted page by page by SQLite on a
// private copy, never written out in plain). Nothing is changed anywhere.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openPassphraseSlot, UnwrapError } from '../crypto/keyslots';
import { knownMigrationNames } from '../db/migrations';
import { BackupFileError, decodeHeader, HEADER_MAX_BYTES, PREAMBLE_BYTES, type BackupManifest } from './backup-format';
import { checkSnapshot, sha256OfFile } from './snapshot-check';

export async function verifyBackup(file: string, passphrase: string): Promise<BackupManifest> {
  const name = path.basename(file);
  let handle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    throw new BackupFileError(`${file} cannot be opened (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  let start: Buffer;
  let size: number;
  try {
    size = (await handle.stat()).size;
    start = Buffer.alloc(Math.min(size, PREAMBLE_BYTES + HEADER_MAX_BYTES));
    await handle.read(start, 0, start.length, 0);
  } finally {
    await handle.close();
  }
  const { header, snapshotOffset } = decodeHeader(start, name);
  const { manifest } = header;
  if (size !== snapshotOffset + manifest.snapshotBytes) {
    throw new BackupFileError(`${name} is incomplete or damaged: it is not the length it says it is.`);
  }
  if ((await sha256OfFile(file, snapshotOffset)) !== manifest.snapshotSha256) {
    throw new BackupFileError(`${name} is damaged: its contents do not match the checksum written with it.`);
  }
  if (!knownMigrationNames.includes(manifest.schemaVersion)) {
    throw new BackupFileError(`${name} was made by a newer PeerDesk. Update PeerDesk to restore it.`);
  }
  let key: Buffer;
  try {
    key = await openPassphraseSlot(header.keySlots.slots.passphrase, passphrase);
  } catch (error) {
    if (error instanceof UnwrapError) {
      throw new BackupFileError(
        `That passphrase does not open ${name}. It is the passphrase the program had when the backup was made.`,
      );
    }
    throw error;
  }
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'peerdesk-verify-'));
  try {
    const snapshot = path.join(work, 'snapshot.db');
    // The snapshot as it is in the file (still encrypted), for SQLite to open.
    const source = await fs.open(file, 'r');
    try {
      await fs.writeFile(snapshot, source.createReadStream({ start: snapshotOffset }), { mode: 0o600 });
    } finally {
      await source.close();
    }
    const counts = checkSnapshot(snapshot, key, name);
    if (JSON.stringify(counts) !== JSON.stringify(manifest.tableCounts)) {
      throw new BackupFileError(`${name} is damaged: it does not hold the records its manifest lists.`);
    }
    return manifest;
  } finally {
    key.fill(0);
    await fs.rm(work, { recursive: true, force: true });
  }
}
