// The three failures a person must be able to tell apart, and that none of them creates,
// replaces or wipes anything.
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProgramDatabase } from '../../electron/backend/db/data-source';
import { newProgram, PASSPHRASE, rawConnection } from '../helpers/program';
import { tempDir } from '../helpers/temp-dir';

async function snapshot(dir: string): Promise<Record<string, string>> {
  const names = (await fs.readdir(dir)).sort();
  const entries = await Promise.all(
    names.map(async (name): Promise<[string, string]> => [
      name,
      (await fs.readFile(path.join(dir, name))).toString('base64'),
    ]),
  );
  return Object.fromEntries(entries);
}

async function lockedProgram() {
  const program = await newProgram();
  await program.session.close();
  return { ...program, session: program.restart() };
}

describe('unlock failures', () => {
  it('says the passphrase is wrong when the GCM tag fails, and changes no database', async () => {
    const program = await lockedProgram();
    const before = await fs.readFile(path.join(program.dir, 'peerdesk.db'));
    await expect(program.session.unlock('not the passphrase')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect((await fs.readFile(path.join(program.dir, 'peerdesk.db'))).equals(before)).toBe(true);
    expect((await program.session.status()).state).toBe('locked');
  });

  it('says the key file is missing, and does not create a database', async () => {
    const program = await lockedProgram();
    await fs.rm(path.join(program.dir, 'keyslots.json'));
    const before = await snapshot(program.dir);
    await expect(program.session.unlock(PASSPHRASE)).rejects.toMatchObject({
      code: 'KEYSLOTS_MISSING',
      message: expect.stringContaining('keyslots.json'),
    });
    expect((await program.session.status()).state).toBe('keyslots-missing');
    await expect(
      program.session.setupBegin({ programName: 'New', leaderName: 'X', passphrase: PASSPHRASE }),
    ).rejects.toMatchObject({ code: 'ALREADY_SET_UP' });
    expect(await snapshot(program.dir)).toEqual(before);
  });

  it('says the key file is unreadable when it is damaged', async () => {
    const program = await lockedProgram();
    await fs.writeFile(path.join(program.dir, 'keyslots.json'), '{ "format": "peerdesk-keyslots", "ver');
    const before = await snapshot(program.dir);
    await expect(program.session.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'KEYSLOTS_UNREADABLE' });
    expect(await snapshot(program.dir)).toEqual(before);
  });

  it('says the database is damaged when it fails after a correct key, pointing to a backup', async () => {
    const program = await lockedProgram();
    const file = path.join(program.dir, 'peerdesk.db');
    const bytes = await fs.readFile(file);
    bytes.fill(0x41, 0, 4096);
    await fs.writeFile(file, bytes);
    const before = await snapshot(program.dir);
    await expect(program.session.unlock(PASSPHRASE)).rejects.toMatchObject({
      code: 'DATABASE_DAMAGED',
      message: expect.stringContaining('backup'),
    });
    expect(await snapshot(program.dir)).toEqual(before);
  });

  it('says the database is missing, and does not create one', async () => {
    const program = await lockedProgram();
    await fs.rm(path.join(program.dir, 'peerdesk.db'));
    await expect(program.session.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'DATABASE_MISSING' });
    expect(await fs.readdir(program.dir)).toEqual(['keyslots.json']);
  });

  it('refuses a database written by a newer PeerDesk', async () => {
    const program = await newProgram();
    const key = await program.session.exportRawKey();
    await program.session.close();
    const db = rawConnection(path.join(program.dir, 'peerdesk.db'), key);
    db.prepare('INSERT INTO migrations (timestamp, name) VALUES (?, ?)').run(1893456000000, 'FutureThing1893456000000');
    db.close();
    const session = program.restart();
    await expect(session.unlock(PASSPHRASE)).rejects.toMatchObject({
      code: 'DATABASE_NEWER',
      message: expect.stringContaining('newer PeerDesk'),
    });
    expect(session.isUnlocked).toBe(false);
  });
});

describe('a database that is not a program', () => {
  it('reports an emptied database file as damaged and leaves it empty', async () => {
    const program = await lockedProgram();
    await fs.writeFile(path.join(program.dir, 'peerdesk.db'), '');
    await expect(program.session.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'DATABASE_DAMAGED' });
    expect((await fs.stat(path.join(program.dir, 'peerdesk.db'))).size).toBe(0);
    expect((await fs.readdir(program.dir)).sort()).toEqual(['keyslots.json', 'peerdesk.db']);
  });

  it('reports a database without its program row as damaged, and adds nothing to it', async () => {
    const program = await newProgram();
    const key = await program.session.exportRawKey();
    await program.session.close();
    const db = rawConnection(path.join(program.dir, 'peerdesk.db'), key);
    db.prepare('DELETE FROM program').run();
    db.close();
    const before = await snapshot(program.dir);
    await expect(program.restart().unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'DATABASE_DAMAGED' });
    expect(await snapshot(program.dir)).toEqual(before);
  });

  it('never creates a database file when asked to open one that is not there', async () => {
    const file = path.join(await tempDir(), 'peerdesk.db');
    await expect(openProgramDatabase(file, Buffer.alloc(32, 7), { create: false })).rejects.toThrow();
    await expect(fs.access(file)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('tells a database that cannot be opened from a damaged one', async () => {
    const program = await lockedProgram();
    const file = path.join(program.dir, 'peerdesk.db');
    await fs.rename(file, `${file}.moved`);
    await fs.mkdir(file);
    await expect(program.session.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
  });

  it('refuses a key file that asks for an absurd key-derivation cost, before deriving', async () => {
    const program = await lockedProgram();
    const file = path.join(program.dir, 'keyslots.json');
    const slots = JSON.parse(await fs.readFile(file, 'utf8'));
    slots.slots.passphrase.kdf.N = 2 ** 30;
    await fs.writeFile(file, JSON.stringify(slots));
    await expect(program.session.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'KEYSLOTS_UNREADABLE' });
  });
});
