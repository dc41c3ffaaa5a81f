// Reading a .pdbackup file for verify, restore and the restore test: its header and length, its
// snapshot's checksum, then with a secret the data key and the snapshot itself, decrypted page by
// page by SQLite on a private copy (never written out in plain).
import fs from 'node:fs/promises';
import path from 'node:path';
import type { BackupSecret } from '../../../shared/api/backup';
import { openPassphraseSlot, openRecoverySlot, UnwrapError, type KeySlotFile } from '../crypto/keyslots';
import { parseRecoveryKey } from '../crypto/recovery-key';
import { knownMigrationNames } from '../db/migrations';
import { messages } from '../errors';
import { BackupFileError, decodeHeader, HEADER_MAX_BYTES, PREAMBLE_BYTES, type BackupHeader } from './backup-format';
import { sha256OfFile, type SnapshotContents } from './snapshot-check';
import { runSnapshotJob } from './snapshot-jobs';

export interface BackupFile {
  file: string;
  name: string;
  header: BackupHeader;
  snapshotOffset: number;
}

/** Only the preamble and the header: what the file says it is, nothing checked against its bytes. */
async function readBackupHeader(file: string): Promise<BackupFile & { size: number }> {
  const name = path.basename(file);
  let handle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BackupFileError(
      code === 'ENOENT' ? `There is no file at ${file}.` : `${file} cannot be opened (${code ?? 'error'}).`,
    );
  }
  let start: Buffer;
  let size: number;
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new BackupFileError(`${file} is a folder, not a backup file.`);
    size = stats.size;
    start = Buffer.alloc(Math.min(size, PREAMBLE_BYTES + HEADER_MAX_BYTES));
    await handle.read(start, 0, start.length, 0);
  } finally {
    await handle.close();
  }
  const { header, snapshotOffset } = decodeHeader(start, name);
  return { file, name, header, snapshotOffset, size };
}

/** The header, the length and the checksum: everything that can be checked without a secret. */
export async function readBackupFile(file: string): Promise<BackupFile> {
  const { name, header, snapshotOffset, size } = await readBackupHeader(file);
  if (size !== snapshotOffset + header.manifest.snapshotBytes) {
    throw new BackupFileError(`${name} is incomplete or damaged: it is not the length it says it is.`);
  }
  if ((await sha256OfFile(file, snapshotOffset)) !== header.manifest.snapshotSha256) {
    throw new BackupFileError(`${name} is damaged: its contents do not match the checksum written with it.`);
  }
  if (!knownMigrationNames.includes(header.manifest.schemaVersion)) {
    throw new BackupFileError(`${name} was made by a newer PeerDesk. Update PeerDesk to restore it.`);
  }
  return { file, name, header, snapshotOffset };
}

/**
 * Whether a backup file is this program's: made with the same recovery slot (the recovery key
 * never changes). Read from its header only; a file that cannot be read is nobody's.
 */
export async function isProgramsBackup(file: string, keySlots: KeySlotFile): Promise<boolean> {
  const backup = await readBackupHeader(file).catch(() => null);
  return (
    backup !== null && JSON.stringify(backup.header.keySlots.slots.recovery) === JSON.stringify(keySlots.slots.recovery)
  );
}

/** The data key, from the backup's own key slots. */
export async function unwrapBackupKey(backup: BackupFile, secret: BackupSecret): Promise<Buffer> {
  const { slots } = backup.header.keySlots;
  try {
    if ('passphrase' in secret) return await openPassphraseSlot(slots.passphrase, secret.passphrase);
    const parsed = parseRecoveryKey(secret.recoveryKey);
    if (!parsed.ok) {
      throw new BackupFileError(
        parsed.reason === 'checksum' ? messages.recoveryKeyTypo : messages.recoveryKeyShape,
        'secret.recoveryKey',
      );
    }
    try {
      return await openRecoverySlot(slots.recovery, parsed.secret);
    } finally {
      parsed.secret.fill(0);
    }
  } catch (error) {
    if (!(error instanceof UnwrapError)) throw error;
    if ('passphrase' in secret) {
      throw new BackupFileError(
        `That passphrase does not open ${backup.name}. It is the passphrase the program had when the backup was made.`,
        'secret.passphrase',
      );
    }
    throw new BackupFileError(
      `That recovery key does not open ${backup.name}. It is the key of the program the backup was made of.`,
      'secret.recoveryKey',
    );
  }
}

/** Copies the snapshot (still encrypted) out of the backup, for SQLite to open. */
export async function extractSnapshot(backup: BackupFile, target: string): Promise<void> {
  const source = await fs.open(backup.file, 'r');
  try {
    await fs.writeFile(target, source.createReadStream({ start: backup.snapshotOffset }), { mode: 0o600, flag: 'wx' });
    const written = await fs.open(target, 'r+');
    try {
      await written.sync();
    } finally {
      await written.close();
    }
  } finally {
    await source.close();
  }
  // The copy is read from here on: check it is the snapshot the manifest describes.
  if ((await sha256OfFile(target)) !== backup.header.manifest.snapshotSha256) {
    throw new BackupFileError(`${backup.name} could not be copied out whole. Check the drive and try again.`);
  }
}

/** Checks an extracted snapshot with its key: integrity, and the records its manifest lists. */
export async function checkExtractedSnapshot(
  backup: BackupFile,
  snapshot: string,
  key: Buffer,
): Promise<SnapshotContents> {
  const contents = await runSnapshotJob({ kind: 'check', file: snapshot, what: backup.name, key: new Uint8Array(key) });
  if (JSON.stringify(contents.tableCounts) !== JSON.stringify(backup.header.manifest.tableCounts)) {
    throw new BackupFileError(`${backup.name} is damaged: it does not hold the records its manifest lists.`);
  }
  return contents;
}
