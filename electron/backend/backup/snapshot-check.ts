// The checks every snapshot passes before it is trusted, on a connection of its own: the
// encryption's page tags (checked as every page is read), SQLite's integrity and foreign keys,
// and its rows counted per table.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { keyDatabase } from '../db/key-database';
import { BackupFileError } from './backup-format';

type Connection = InstanceType<typeof BetterSqlite3>;

const CHECK_CACHE_KIB = 128 * 1024;

/** Rows per table (SQLite's own tables left out). */
export function tableCounts(db: Connection): Record<string, number> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((name) => [
      name,
      db
        .prepare(`SELECT count(*) FROM "${name.replaceAll('"', '""')}"`)
        .pluck()
        .get() as number,
    ]),
  );
}

export interface SnapshotContents {
  tableCounts: Record<string, number>;
  programName: string;
}

/** Opens the snapshot read-only with the key and checks it; answers what it holds. */
export function checkSnapshot(file: string, key: Buffer, what: string): SnapshotContents {
  let db: Connection | null = null;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    keyDatabase(db, key);
    // The checks walk every table and index; with SQLite's default 2 MB cache each encrypted page
    // is read and decrypted again and again (measured on the large demo: integrity and foreign-key
    // checks 11 s with 2 MB, 5.9 s with 64 MB, 3.9 s with 256 MB). The cache lives only as long as
    // this connection.
    db.pragma(`cache_size = -${CHECK_CACHE_KIB}`);
    // What the checks build for themselves stays in memory: SQLite's temp files are not encrypted.
    db.pragma('temp_store = MEMORY');
    // SQLCipher's PRAGMA cipher_integrity_check answers nothing in SQLite3 Multiple Ciphers, even
    // for a damaged page (measured): integrity_check reads every page, and a page whose HMAC
    // fails stops it with SQLITE_CORRUPT or NOTADB, reported below as damage.
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new BackupFileError(`${what} is damaged: ${String(integrity)}.`);
    if ((db.pragma('foreign_key_check') as unknown[]).length > 0) {
      throw new BackupFileError(`${what} is damaged: some records point to records that are not there.`);
    }
    const programName = db.prepare('SELECT name FROM program WHERE id = 1').pluck().get();
    if (typeof programName !== 'string') throw new BackupFileError(`${what} holds no PeerDesk program.`);
    return { tableCounts: tableCounts(db), programName };
  } catch (error) {
    if (error instanceof BackupFileError) throw error;
    throw new BackupFileError(`${what} is damaged and cannot be read (${(error as Error).message}).`);
  } finally {
    db?.close();
  }
}

/** SHA-256 of a file's bytes from `start` to its end, read as a stream. */
export function sha256OfFile(file: string, start = 0): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file, { start })
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
