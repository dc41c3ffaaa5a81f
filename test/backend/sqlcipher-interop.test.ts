// No lock-in: a database written by PeerDesk opens in the official SQLCipher 4 given the raw key.
import path from 'node:path';
import sqlcipher from '@journeyapps/sqlcipher';
import { describe, expect, it } from 'vitest';
import { newProgram } from '../helpers/program';

function query(file: string, keyHex: string, sql: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlcipher.Database(file, sqlcipher.OPEN_READONLY, (openError) => {
      if (openError) return reject(openError);
      db.serialize(() => {
        db.run(`PRAGMA key = "x'${keyHex}'"`);
        db.all(sql, (error, rows) => db.close(() => (error ? reject(error) : resolve(rows))));
      });
    });
  });
}

describe('the official SQLCipher', () => {
  it('reads the program name with the raw key, and nothing without it', async () => {
    const program = await newProgram('Harbour Light Peers');
    const key = await program.session.exportRawKey();
    await program.session.close();
    const file = path.join(program.dir, 'peerdesk.db');
    await expect(query(file, key, 'PRAGMA cipher_version')).resolves.toEqual([
      { cipher_version: expect.stringMatching(/^4\./) },
    ]);
    await expect(query(file, key, 'SELECT name FROM program')).resolves.toEqual([{ name: 'Harbour Light Peers' }]);
    await expect(query(file, '00'.repeat(32), 'SELECT name FROM program')).rejects.toThrow(/not a database/);
  });
});
