// A flipped bit inside the database (a bad sector, a failing stick): reported as damage that names
// the newest backup, at unlock or when the page is read later, and the file is left exactly as it
// was: never replaced by an empty database, never "repaired" into less.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { beforeAll, describe, expect, test } from 'vitest';
import { createRouter } from '../../electron/backend/api/router';
import { createBackup } from '../../electron/backend/backup/create-backup';
import { keyDatabase } from '../../electron/backend/db/key-database';
import { programFolder } from '../../electron/backend/services/program-folder';
import { AppError } from '../../electron/backend/errors';
import { Clock, openSession } from '../helpers/program';
import { fileTempDir } from '../helpers/temp-dir';
import { copyFolder, makeProgram } from './crash-program';
import { commitNumbered, PASSPHRASE } from './child-task';

let work: string;
let good: string;
let keyHex: string;
let backupName: string;

const sha256 = async (file: string) =>
  createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');

/** The pages a table's b-tree holds, as SQLite's dbstat reports them. */
function pagesOf(table: string): number[] {
  const db = new BetterSqlite3(programFolder(good).database, { readonly: true, fileMustExist: true });
  try {
    keyDatabase(db, Buffer.from(keyHex, 'hex'));
    return db.prepare(`SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno`).pluck().all(table) as number[];
  } finally {
    db.close();
  }
}

/** A copy of the program with one bit flipped in the middle of page `page` (numbered from 1). */
async function withFlippedBit(name: string, page: number): Promise<string> {
  const dir = path.join(work, name);
  await copyFolder(good, dir);
  const file = await fs.open(programFolder(dir).database, 'r+');
  try {
    const at = (page - 1) * 4096 + 2000;
    const byte = Buffer.alloc(1);
    await file.read(byte, 0, 1, at);
    byte[0] ^= 0x10;
    await file.write(byte, 0, 1, at);
  } finally {
    await file.close();
  }
  return dir;
}

describe('a flipped bit inside the database', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    work = await fileTempDir('peerdesk-damage-');
    good = path.join(work, 'program');
    await makeProgram(good);
    const session = openSession(good, new Clock());
    await session.unlock(PASSPHRASE);
    for (let n = 1; n <= 300; n += 1) await commitNumbered(session, n);
    backupName = path.basename((await createBackup(session, path.join(work, 'stick'))).file);
    keyHex = await session.exportRawKey();
    await session.close();
    // Another program of the same name backs up to the same stick a month later: its backup is
    // newer, and no way back for this one.
    const other = path.join(work, 'other-program');
    await makeProgram(other);
    const otherSession = openSession(other, new Clock(Date.parse('2026-04-02T09:00:00.000Z')));
    await otherSession.unlock(PASSPHRASE);
    await createBackup(otherSession, path.join(work, 'stick'));
    await otherSession.close();
  }, 120_000);

  test('in the first page: the unlock reports damage, names the newest backup, and changes nothing', async () => {
    const dir = await withFlippedBit('first-page', 1);
    const before = await sha256(programFolder(dir).database);
    const session = openSession(dir, new Clock());
    const refused = await session.unlock(PASSPHRASE).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'DATABASE_DAMAGED' });
    expect((refused as AppError).message).toContain(`The newest backup found is ${backupName}`);
    expect(await sha256(programFolder(dir).database)).toBe(before);
    // Still a program that needs its backup, not a new computer offered a fresh start.
    expect((await session.status()).state).toBe('locked');
  });

  test('in a page of the records: reading it answers damage and names the newest backup; nothing changes', async () => {
    const pages = pagesOf('participant');
    expect(pages.length).toBeGreaterThan(3);
    const dir = await withFlippedBit('record-page', pages[Math.floor(pages.length / 2)]);
    const session = openSession(dir, new Clock());
    // The unlock reads only what it needs, which does not include this page.
    await session.unlock(PASSPHRASE);
    const router = createRouter(session);
    const listed = await router.handle('participants.list', {});
    expect(listed).toMatchObject({ ok: false, error: { code: 'DATABASE_DAMAGED' } });
    if (!listed.ok) {
      expect(listed.error.message).toContain('Part of the program database is damaged');
      expect(listed.error.message).toContain(`The newest backup found is ${backupName}`);
    }
    await session.close();
    // The damaged page is still the damaged page: nothing rewrote it with something else.
    const db = new BetterSqlite3(programFolder(dir).database, { readonly: true, fileMustExist: true });
    try {
      keyDatabase(db, Buffer.from(keyHex, 'hex'));
      expect(() => db.prepare(`SELECT count(*) FROM participant WHERE goals IS NULL`).get()).toThrow();
    } finally {
      db.close();
    }
  });
});
