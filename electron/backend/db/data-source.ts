// Opens the program database: SQLCipher 4 format keyed with the raw data key, connection
// settings applied and read back, a query that proves the key, then the migration guard.
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { DataSource } from 'typeorm';
import { AppError, messages } from '../errors';
import { entities } from './entities';
import { knownMigrationNames, migrations } from './migrations';

type Connection = InstanceType<typeof BetterSqlite3>;

/** 64 MiB of page cache: an encrypted page that falls out of cache is decrypted again. */
const CACHE_KIB = 64 * 1024;

/** Connection settings, and the value each must read back as. */
const requiredSettings: ReadonlyArray<[pragma: string, set: string, expected: string | number]> = [
  ['journal_mode', 'WAL', 'wal'],
  ['synchronous', 'FULL', 2],
  ['foreign_keys', 'ON', 1],
  ['temp_store', 'MEMORY', 2],
  ['secure_delete', 'ON', 1],
  ['cache_size', String(-CACHE_KIB), -CACHE_KIB],
];

export function keyDatabase(db: Connection, key: Buffer): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  // SQLCipher's raw-key form: no KDF runs, the 256-bit key is used as it is.
  db.pragma(`key = "x'${key.toString('hex')}'"`);
}

function configure(db: Connection): void {
  // The first statement that reads the file is where a wrong key or a damaged file shows.
  db.prepare('SELECT count(*) AS n FROM sqlite_schema').get();
  for (const [pragma, value] of requiredSettings) db.pragma(`${pragma} = ${value}`);
  for (const [pragma, , expected] of requiredSettings) {
    const actual = db.pragma(pragma, { simple: true });
    if (actual !== expected) {
      throw new Error(`PRAGMA ${pragma} reads back ${String(actual)}, expected ${String(expected)}`);
    }
  }
  const cipher = db.pragma('cipher', { simple: true });
  if (cipher !== 'sqlcipher') throw new Error(`PRAGMA cipher reads back ${String(cipher)}`);
}

const damagedCodes = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CANTOPEN', 'SQLITE_IOERR_SHORT_READ']);

function isDamage(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (damagedCodes.has(code) || code.startsWith('SQLITE_CORRUPT'))) return true;
    if (/file is not a database|malformed/i.test(e.message)) return true;
  }
  return false;
}

export interface OpenOptions {
  /** Create the file (setup only). Unlock never creates a database. */
  create: boolean;
}

/** Opens, checks and migrates. Throws AppError DATABASE_DAMAGED or DATABASE_NEWER. */
export async function openProgramDatabase(file: string, key: Buffer, options: OpenOptions): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'better-sqlite3',
    driver: BetterSqlite3,
    database: file,
    fileMustExist: !options.create,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    prepareDatabase: (db: Connection) => {
      try {
        keyDatabase(db, key);
        configure(db);
      } catch (error) {
        // TypeORM does not close a connection whose preparation failed; an open handle
        // would keep the file locked on Windows while the person restores a backup.
        db.close();
        throw error;
      }
    },
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    if (isDamage(error)) throw new AppError('DATABASE_DAMAGED', messages.databaseDamaged, { cause: error });
    throw error;
  }
  try {
    await refuseUnknownMigrations(dataSource);
    await dataSource.runMigrations({ transaction: 'each' });
    return dataSource;
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    if (error instanceof AppError) throw error;
    if (isDamage(error)) throw new AppError('DATABASE_DAMAGED', messages.databaseDamaged, { cause: error });
    throw error;
  }
}

/** A database that has run migrations this version does not know was written by a newer PeerDesk. */
export async function refuseUnknownMigrations(dataSource: DataSource): Promise<void> {
  const table = await dataSource.query<unknown[]>(
    `SELECT name FROM sqlite_schema WHERE type = 'table' AND name = 'migrations'`,
  );
  if (table.length === 0) return;
  const applied = await dataSource.query<{ name: string }[]>('SELECT name FROM migrations ORDER BY id');
  const unknown = applied.filter((row) => !knownMigrationNames.includes(row.name));
  if (unknown.length > 0) {
    throw new AppError('DATABASE_NEWER', messages.databaseNewer);
  }
}

export async function appliedMigrationNames(dataSource: DataSource): Promise<string[]> {
  const rows = await dataSource.query<{ name: string }[]>('SELECT name FROM migrations ORDER BY id');
  return rows.map((row) => row.name);
}
