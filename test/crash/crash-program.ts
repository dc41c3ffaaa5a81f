// The programs the crash suite kills its child on, and the checks made after each kill: the
// program opens, SQLite's integrity checks pass, the audit chain verifies.
import fs from 'node:fs/promises';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { DataSource, type EntityManager } from 'typeorm';
import { expect } from 'vitest';
import { appendAudit, verifyAuditChain } from '../../electron/backend/audit/audit-log';
import { openPassphraseSlot, readKeySlotFile, UnwrapError } from '../../electron/backend/crypto/keyslots';
import { keyDatabase } from '../../electron/backend/db/key-database';
import { entities } from '../../electron/backend/db/entities';
import { migrations } from '../../electron/backend/db/migrations';
import { programFolder } from '../../electron/backend/services/program-folder';
import type { ProgramSession } from '../../electron/backend/services/program-session';
import { createParticipant } from '../../electron/backend/people/participants';
import { participantFieldsSchema } from '../../shared/api/participants';
import { Clock, openSession } from '../helpers/program';
import { PASSPHRASE } from './child-task';

/** The counter, after checking that transactions 1..counter are there whole and no others. */
export async function committedCount(manager: EntityManager): Promise<number> {
  const [{ n }] = await manager.query<Array<{ n: number }>>('SELECT n FROM crash_counter WHERE id = 1');
  const people = await manager.query<Array<{ id: number; number: string }>>(
    `SELECT id, last_name AS number FROM participant WHERE first_name = 'Crash' ORDER BY id`,
  );
  const audited = await manager.query<Array<{ id: number }>>(
    `SELECT json_extract(detail, '$.id') AS id FROM audit_log WHERE action = 'participant.create' ORDER BY seq`,
  );
  // All three parts of each transaction, or none of them.
  expect(people.map((person) => Number(person.number))).toEqual(Array.from({ length: n }, (_, k) => k + 1));
  expect(audited.map((entry) => entry.id)).toEqual(people.map((person) => person.id));
  return n;
}

/** `count` participants more, in one transaction (a program of a few megabytes to back up). */
export async function addBulk(dir: string, count: number): Promise<void> {
  const session = openSession(dir, new Clock());
  await session.unlock(PASSPHRASE);
  await session.requireOpen().dataSource.transaction(async (manager) => {
    for (let i = 0; i < count; i += 1) {
      const fields = participantFieldsSchema.parse({
        firstName: 'Bulk',
        lastName: String(i),
        referralDate: '2026-01-05',
        goals: `Goals of participant ${i}: `.padEnd(600, 'to meet a peer who has lived it, and keep going. '),
        preferences: {},
      });
      await createParticipant(manager, fields, new Date('2026-01-05T09:00:00.000Z'));
    }
  });
  await session.close();
}

/** A program set up as the first-run screen does, open, with the first passphrase. */
async function setUp(dir: string): Promise<ProgramSession> {
  const session = openSession(dir, new Clock());
  const started = await session.setupBegin({
    programName: 'Crash Test Peers',
    leaderName: 'Alex Leader',
    passphrase: PASSPHRASE,
  });
  await session.setupConfirm(started.recoveryKey);
  return session;
}

/** A new program with the counter the commits mode counts with. */
export async function makeProgram(dir: string): Promise<void> {
  const session = await setUp(dir);
  await session
    .requireOpen()
    .dataSource.query('CREATE TABLE crash_counter (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL)');
  await session.requireOpen().dataSource.query('INSERT INTO crash_counter (id, n) VALUES (1, 0)');
  await session.close();
}

/**
 * A program as the first PeerDesk wrote it: only the first migration applied, its program row and
 * audit entries. Opening it runs every later migration, each in its own transaction.
 */
export async function makeFirstSchemaProgram(dir: string): Promise<string> {
  const session = await setUp(dir);
  const keyHex = await session.exportRawKey();
  await session.close();
  const { database } = programFolder(dir);
  for (const suffix of ['', '-wal', '-shm']) await fs.rm(`${database}${suffix}`, { force: true });
  const first = new DataSource({
    type: 'better-sqlite3',
    driver: BetterSqlite3,
    database,
    entities,
    migrations: migrations.slice(0, 1),
    migrationsTableName: 'migrations',
    prepareDatabase: (db: InstanceType<typeof BetterSqlite3>) => {
      keyDatabase(db, Buffer.from(keyHex, 'hex'));
      db.pragma('journal_mode = WAL');
    },
  });
  await first.initialize();
  await first.runMigrations({ transaction: 'each' });
  await first.transaction(async (manager) => {
    const at = new Date('2025-09-01T09:00:00.000Z');
    await manager.query('INSERT INTO program (id, name, leader_name, created_at) VALUES (1, ?, ?, ?)', [
      'Crash Test Peers',
      'Alex Leader',
      at.toISOString(),
    ]);
    await appendAudit(manager, 'program.setup', { host: 'cli' }, at);
    await appendAudit(manager, 'unlock', { host: 'cli', method: 'passphrase' }, at);
  });
  await first.destroy();
  return keyHex;
}

/** How many migrations the file records, read with the raw key and nothing else. */
export function appliedMigrationCount(dir: string, keyHex: string): number {
  const db = new BetterSqlite3(programFolder(dir).database, { fileMustExist: true });
  try {
    keyDatabase(db, Buffer.from(keyHex, 'hex'));
    return db.prepare('SELECT count(*) FROM migrations').pluck().get() as number;
  } finally {
    db.close();
  }
}

/** Which of the candidates the key file opens now (null: none of them). */
export async function passphraseThatOpens(dir: string, candidates: string[]): Promise<string | null> {
  const slots = await readKeySlotFile(programFolder(dir).keyslots);
  for (const passphrase of candidates) {
    try {
      (await openPassphraseSlot(slots.slots.passphrase, passphrase)).fill(0);
      return passphrase;
    } catch (error) {
      if (!(error instanceof UnwrapError)) throw error;
    }
  }
  return null;
}

/**
 * Opens the program as the app would after the crash, runs SQLite's checks and the audit chain's,
 * hands the open database to `inspect`, and closes it.
 */
export async function checkProgram<T>(
  dir: string,
  passphrase: string,
  inspect: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const session = openSession(dir, new Clock(Date.now()));
  await session.unlock(passphrase);
  try {
    const manager = session.requireOpen().dataSource.manager;
    const integrity = await manager.query<Array<{ integrity_check: string }>>('PRAGMA integrity_check');
    expect(integrity.map((row) => row.integrity_check)).toEqual(['ok']);
    expect(await manager.query('PRAGMA foreign_key_check')).toEqual([]);
    const chain = await verifyAuditChain(manager);
    expect(chain, 'the audit chain').toMatchObject({ intact: true });
    return await inspect(manager);
  } finally {
    await session.close();
  }
}

export async function copyFolder(from: string, to: string): Promise<void> {
  await fs.mkdir(to, { recursive: true });
  for (const name of await fs.readdir(from)) await fs.copyFile(path.join(from, name), path.join(to, name));
}
