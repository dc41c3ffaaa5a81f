// The .pdbackup file: "PDBACKUP", a format version, a JSON header (the manifest and the key slots,
// whose wrapped key only the program's passphrase or recovery key opens), then the encrypted
// snapshot of the database to the end of the file. Nothing in it is readable without a secret
// but the manifest: versions, when, how many records of each kind, and the snapshot's SHA-256.
import { z } from 'zod';
import { keySlotFileSchema } from '../crypto/keyslots';

export const BACKUP_MAGIC = Buffer.from('PDBACKUP', 'ascii');
export const BACKUP_FORMAT_VERSION = 1;
/** Magic, version and header length. */
export const PREAMBLE_BYTES = BACKUP_MAGIC.length + 4 + 4;
/** A header is a few kilobytes; anything much larger is not one of ours. */
export const HEADER_MAX_BYTES = 1024 * 1024;

export const backupManifestSchema = z.object({
  appVersion: z.string(),
  schemaVersion: z.string(),
  createdAt: z.string(),
  /** Rows per table of the snapshot, checked again on every verify and restore. */
  tableCounts: z.record(z.string(), z.number().int().min(0)),
  snapshotBytes: z.number().int().min(1),
  snapshotSha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;

export const backupHeaderSchema = z.object({ manifest: backupManifestSchema, keySlots: keySlotFileSchema });
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export function encodePreambleAndHeader(header: BackupHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const numbers = Buffer.alloc(8);
  numbers.writeUInt32BE(BACKUP_FORMAT_VERSION, 0);
  numbers.writeUInt32BE(json.length, 4);
  return Buffer.concat([BACKUP_MAGIC, numbers, json]);
}

/** A backup file refused: the message names the file; `field` is the input at fault. */
export class BackupFileError extends Error {
  constructor(
    message: string,
    readonly field: 'file' | 'secret.passphrase' | 'secret.recoveryKey' = 'file',
  ) {
    super(message);
    this.name = 'BackupFileError';
  }
}

/** Reads and checks the preamble and header of a backup's first bytes. */
export function decodeHeader(start: Buffer, fileName: string): { header: BackupHeader; snapshotOffset: number } {
  if (start.length < PREAMBLE_BYTES || !start.subarray(0, BACKUP_MAGIC.length).equals(BACKUP_MAGIC)) {
    throw new BackupFileError(`${fileName} is not a PeerDesk backup.`);
  }
  const version = start.readUInt32BE(BACKUP_MAGIC.length);
  if (version > BACKUP_FORMAT_VERSION) {
    throw new BackupFileError(`${fileName} was made by a newer PeerDesk. Update PeerDesk to restore it.`);
  }
  const length = start.readUInt32BE(BACKUP_MAGIC.length + 4);
  if (version !== BACKUP_FORMAT_VERSION || length > HEADER_MAX_BYTES || PREAMBLE_BYTES + length > start.length) {
    throw new BackupFileError(`${fileName} is damaged or incomplete: its header cannot be read.`);
  }
  let parsed;
  try {
    parsed = backupHeaderSchema.safeParse(
      JSON.parse(start.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + length).toString('utf8')),
    );
  } catch {
    throw new BackupFileError(`${fileName} is damaged: its header is not valid.`);
  }
  if (!parsed.success) throw new BackupFileError(`${fileName} is damaged: its header is not valid.`);
  return { header: parsed.data, snapshotOffset: PREAMBLE_BYTES + length };
}
