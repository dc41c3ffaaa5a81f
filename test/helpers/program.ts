// A program session over a real folder, with frozen, steppable time and a cheap scrypt cost
// (the cost is stored in each slot, so files made this way are ordinary PeerDesk files).
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { afterEach } from 'vitest';
import type { Events } from '../../shared/api/events';
import { ProgramSession } from '../../electron/backend/services/program-session';
import { keyDatabase } from '../../electron/backend/db/key-database';
import { tempDir } from './temp-dir';

export const PASSPHRASE = 'correct horse battery staple';
export const FAST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };

export class Clock {
  constructor(private time = Date.parse('2026-03-02T09:00:00.000Z')) {}
  now = (): Date => new Date(this.time);
  advance(ms: number): void {
    this.time += ms;
  }
}

const sessions: ProgramSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((session) => session.close()));
});

export interface TestProgram {
  dir: string;
  clock: Clock;
  session: ProgramSession;
  events: Array<Events['locked']>;
  recoveryKey: string;
  /** A new session on the same folder, as after a restart. */
  restart(): ProgramSession;
}

export function openSession(dir: string, clock: Clock, events: Array<Events['locked']> = []): ProgramSession {
  const session = new ProgramSession({
    dataDir: dir,
    appVersion: '0.0.0-test',
    host: 'cli',
    now: clock.now,
    scryptCost: FAST_SCRYPT,
    idleCheckMs: 60 * 60 * 1000,
    // Only the lock events: a backup's progress is not what these tests count.
    emit: (event, payload) => {
      if (event === 'locked') events.push(payload as Events['locked']);
    },
  });
  sessions.push(session);
  return session;
}

export async function newProgram(programName = 'Riverside Peers'): Promise<TestProgram> {
  const dir = path.join(await tempDir(), 'program');
  const clock = new Clock();
  const events: Array<Events['locked']> = [];
  const session = openSession(dir, clock, events);
  const started = await session.setupBegin({ programName, leaderName: 'Alex Leader', passphrase: PASSPHRASE });
  await session.setupConfirm(started.recoveryKey);
  return {
    dir,
    clock,
    session,
    events,
    recoveryKey: started.recoveryKey,
    restart: () => openSession(dir, clock, events),
  };
}

/** A raw connection with the data key, as a SQLCipher tool would open the file. */
export function rawConnection(file: string, keyHex: string): InstanceType<typeof BetterSqlite3> {
  const db = new BetterSqlite3(file, { fileMustExist: true });
  keyDatabase(db, Buffer.from(keyHex, 'hex'));
  return db;
}
