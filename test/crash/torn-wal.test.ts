// Torn writes: the write-ahead log cut off at random offsets, as when the power goes while SQLite
// appends to it. What reopens must be a prefix of the committed transactions, whole.
import fs from 'node:fs/promises';
import path from 'node:path';
import { en, Faker } from '@faker-js/faker';
import { describe, expect, test } from 'vitest';
import { programFolder } from '../../electron/backend/services/program-folder';
import { Clock, openSession } from '../helpers/program';
import { tempDir } from '../helpers/temp-dir';
import { checkProgram, committedCount, copyFolder, makeProgram } from './crash-program';
import { commitNumbered, PASSPHRASE } from './child-task';

const COMMITS = 40;
const CUTS = 16;
const SEED = Number(process.env.PEERDESK_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));

describe(`a write-ahead log cut short (seed ${SEED})`, { timeout: 180_000 }, () => {
  test(`cut at ${CUTS} random offsets, the program reopens to a prefix of ${COMMITS} committed transactions`, async () => {
    const random = new Faker({ locale: [en] });
    random.seed(SEED);
    const work = await tempDir('peerdesk-torn-');
    const dir = path.join(work, 'program');
    await makeProgram(dir);
    const session = openSession(dir, new Clock());
    await session.unlock(PASSPHRASE);
    for (let n = 1; n <= COMMITS; n += 1) await commitNumbered(session, n);
    // The files as the power cut finds them: every commit in the log, none checkpointed yet.
    const crashed = path.join(work, 'crashed');
    await copyFolder(dir, crashed);
    await session.close();
    const wal = `${programFolder(crashed).database}-wal`;
    const walBytes = (await fs.stat(wal)).size;
    expect(walBytes, 'the commits are in the log, not yet in the database').toBeGreaterThan(COMMITS * 4096);
    await fs.rm(`${programFolder(crashed).database}-shm`, { force: true });

    const offsets = [
      0,
      walBytes,
      ...Array.from({ length: CUTS - 2 }, () => random.number.int({ min: 1, max: walBytes - 1 })),
    ].sort((a, b) => a - b);
    const kept: number[] = [];
    for (const [i, offset] of offsets.entries()) {
      const trial = path.join(work, `cut-${i}`);
      await copyFolder(crashed, trial);
      await fs.truncate(`${programFolder(trial).database}-wal`, offset);
      kept.push(await checkProgram(trial, PASSPHRASE, committedCount));
      await fs.rm(trial, { recursive: true, force: true });
    }
    // Nothing cut: every transaction; the log cut away: none of them; a longer log never keeps less.
    expect(kept.at(-1)).toBe(COMMITS);
    expect(kept[0]).toBe(0);
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
  });
});
