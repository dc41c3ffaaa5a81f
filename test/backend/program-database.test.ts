// The program folder on disk: only two files, encrypted, and never replaced by a new database.
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProgramDatabase } from '../../electron/backend/db/data-source';
import { newProgram, PASSPHRASE, rawConnection } from '../helpers/program';
import { programInfo, updateSettings } from '../../electron/backend/services/program-queries';

const DISTINCT_NAME = 'Zanzibar Quokka Fellowship';

async function fileText(file: string): Promise<string> {
  return (await fs.readFile(file)).toString('latin1');
}

describe('the encrypted program database', () => {
  it('leaves only peerdesk.db and keyslots.json in the folder, neither in plain text', async () => {
    const program = await newProgram(DISTINCT_NAME);
    await program.session.lock('user');
    expect((await fs.readdir(program.dir)).sort()).toEqual(['keyslots.json', 'peerdesk.db']);
    const header = (await fs.readFile(path.join(program.dir, 'peerdesk.db'))).subarray(0, 16).toString('latin1');
    expect(header).not.toBe('SQLite format 3\0');
    expect(await fileText(path.join(program.dir, 'peerdesk.db'))).not.toContain(DISTINCT_NAME);
    expect(await fileText(path.join(program.dir, 'keyslots.json'))).not.toContain(DISTINCT_NAME);
  });

  it('keeps record text out of the database and its write-ahead log while open', async () => {
    const program = await newProgram(DISTINCT_NAME);
    // The program is open: changes sit in the -wal file until a checkpoint.
    await updateSettings(program.session, { autoLockMinutes: 7 });
    const wal = path.join(program.dir, 'peerdesk.db-wal');
    expect((await fs.stat(wal)).size).toBeGreaterThan(0);
    expect(await fileText(wal)).not.toContain(DISTINCT_NAME);
    expect(await fileText(path.join(program.dir, 'peerdesk.db'))).not.toContain(DISTINCT_NAME);
  });

  it('reads back every connection setting at open', async () => {
    const program = await newProgram();
    const key = Buffer.from(await program.session.exportRawKey(), 'hex');
    await program.session.close();
    const dataSource = await openProgramDatabase(path.join(program.dir, 'peerdesk.db'), key, { create: false });
    try {
      const read = async (pragma: string) =>
        Object.values((await dataSource.query<Record<string, unknown>[]>(`PRAGMA ${pragma}`))[0])[0];
      expect(await read('journal_mode')).toBe('wal');
      expect(await read('synchronous')).toBe(2);
      expect(await read('foreign_keys')).toBe(1);
      expect(await read('temp_store')).toBe(2);
      expect(await read('secure_delete')).toBe(1);
      expect(await read('cache_size')).toBe(-65536);
      expect(await read('cipher')).toBe('sqlcipher');
      expect(await read('legacy')).toBe('4');
    } finally {
      await dataSource.destroy();
    }
  });

  it('applies the connection settings and the SQLCipher 4 format', async () => {
    const program = await newProgram();
    const key = await program.session.exportRawKey();
    await program.session.lock('user');
    const db = rawConnection(path.join(program.dir, 'peerdesk.db'), key);
    try {
      expect(db.prepare('SELECT name FROM program').pluck().get()).toBe('Riverside Peers');
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      db.close();
    }
  });

  it('refuses a wrong key instead of creating a new database', async () => {
    const program = await newProgram();
    await program.session.lock('user');
    const before = await fs.readFile(path.join(program.dir, 'peerdesk.db'));
    const db = rawConnection(path.join(program.dir, 'peerdesk.db'), 'ab'.repeat(32));
    expect(() => db.prepare('SELECT count(*) FROM sqlite_schema').get()).toThrow(/not a database/);
    db.close();
    expect((await fs.readFile(path.join(program.dir, 'peerdesk.db'))).equals(before)).toBe(true);
  });

  it('keeps working after a restart with the same passphrase', async () => {
    const program = await newProgram();
    await program.session.close();
    const again = program.restart();
    await expect(again.unlock(PASSPHRASE)).resolves.toEqual({ programName: 'Riverside Peers', method: 'passphrase' });
    expect((await programInfo(again)).leaderName).toBe('Alex Leader');
  });
});
