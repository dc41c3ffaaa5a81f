// Opens the program database: SQLCipher 4 format keyed with the raw data key, connection
// settings applied and read back, a query that proves the key, then the migration guard.
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { DataSource } from 'typeorm';
import { AppError, messages } from '../errors';
import { classifyDatabaseFailure, NotAProgramError } from './database-failure';
import { keyDatabase } from './key-database';
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

function configure(db: Connection, options: OpenOptions): void {
  // The first statement that reads the file is where a wrong key or a damaged file shows.
  const objects = db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() as number;
  // An existing program always has tables. An empty (truncated) file must be reported, never
  // quietly given a fresh schema: the settings below would already write to it.
  if (!options.create && objects === 0) throw new NotAProgramError('the database file is empty');
  for (const [pragma, value] of requiredSettings) db.pragma(`${pragma} = ${value}`);
  for (const [pragma, , expected] of requiredSettings) {
    const actual = db.pragma(pragma, { simple: true });
    if (actual !== expected) {
      throw new Error(`PRAGMA ${pragma} reads back ${String(actual)}, expected ${String(expected)}`);
    }
  }
  const cipher = db.pragma('cipher', { simple: true });
  const legacy = db.pragma('legacy', { simple: true });
  if (cipher !== 'sqlcipher' || String(legacy) !== '4') {
    throw new Error(`PRAGMA cipher/legacy read back ${String(cipher)}/${String(legacy)}, expected sqlcipher/4`);
  }
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
        configure(db, options);
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
    throw classifyDatabaseFailure(error) ?? error;
  }
  try {
    await refuseUnknownMigrations(dataSource);
    if (!options.create) await assertProgramDatabase(dataSource);
    await dataSource.runMigrations({ transaction: 'each' });
    return dataSource;
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw classifyDatabaseFailure(error) ?? error;
  }
}

async function tableExists(dataSource: DataSource, name: string): Promise<boolean> {
  const rows = await dataSource.query<unknown[]>(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`, [
    name,
  ]);
  return rows.length > 0;
}

/** Before any migration writes to it: an existing program has its migration record and its row. */
async function assertProgramDatabase(dataSource: DataSource): Promise<void> {
  if (!(await tableExists(dataSource, 'migrations'))) throw new NotAProgramError('no migrations table');
  const first = await dataSource.query<unknown[]>('SELECT 1 FROM migrations WHERE name = ?', [knownMigrationNames[0]]);
  if (first.length === 0) throw new NotAProgramError('the first migration is not recorded');
  if (!(await tableExists(dataSource, 'program'))) throw new NotAProgramError('no program table');
  const program = await dataSource.query<unknown[]>('SELECT 1 FROM program WHERE id = 1');
  if (program.length === 0) throw new NotAProgramError('no program row');
}

/** A database that has run migrations this version does not know was written by a newer PeerDesk. */
export async function refuseUnknownMigrations(dataSource: DataSource): Promise<void> {
  if (!(await tableExists(dataSource, 'migrations'))) return;
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
