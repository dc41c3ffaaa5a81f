// How every PeerDesk connection is keyed: SQLCipher 4 format with the raw 256-bit data key. Kept
// apart from data-source.ts (TypeORM) so that the snapshot worker loads only the SQLite driver.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

type Connection = InstanceType<typeof BetterSqlite3>;

export function keyDatabase(db: Connection, key: Buffer): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  // SQLCipher's raw-key form: no KDF runs, the 256-bit key is used as it is.
  db.pragma(`key = "x'${key.toString('hex')}'"`);
}
