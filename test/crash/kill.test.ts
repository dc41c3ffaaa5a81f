// The crash suite: the real backend in a child process, killed with SIGKILL at random moments
// while it commits, backs up, changes the passphrase and migrates; after each kill the program is
// reopened and checked. PEERDESK_CRASH_KILLS sets the number of kills (200 by default);
// PEERDESK_CRASH_SEED repeats a run (the seed is in the summary line and in every failure).
import fs from 'node:fs/promises';
import path from 'node:path';
import { en, Faker } from '@faker-js/faker';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyBackup } from '../../electron/backend/backup/verify-backup';
import { migrations } from '../../electron/backend/db/migrations';
import { fileTempDir } from '../helpers/temp-dir';
import {
  addBulk,
  appliedMigrationCount,
  checkProgram,
  committedCount,
  copyFolder,
  makeFirstSchemaProgram,
  makeProgram,
  passphraseThatOpens,
} from './crash-program';
import { crashPassphrase, PASSPHRASE, type ChildTask, type CrashMode } from './child-task';
import { childScript, removeChildScript, runChild } from './harness';

const TOTAL = Number(process.env.PEERDESK_CRASH_KILLS ?? 200);
const SEED = Number(process.env.PEERDESK_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
const random = new Faker({ locale: [en] });
random.seed(SEED);

const share = (part: number) => Math.max(1, Math.round(TOTAL * part));
const plan: Record<CrashMode, number> = {
  migration: share(0.1),
  passphrase: share(0.1),
  backup: share(0.15),
  commits: 0,
};
plan.commits = Math.max(1, TOTAL - plan.migration - plan.passphrase - plan.backup);

const tally = {
  kills: { commits: 0, backup: 0, passphrase: 0, migration: 0 } as Record<CrashMode, number>,
  recoveries: 0,
  lost: 0,
  midMigration: 0,
  /** Backup kills that came while the copy was being written to the stick. */
  midCopy: 0,
};
const kills = () => Object.values(tally.kills).reduce((a, b) => a + b, 0);

let work: string;
let clock = Date.parse('2026-03-02T09:00:00.000Z');
/** Each child's clock starts a day after the last one's: backup names never repeat. */
function task(mode: CrashMode, dir: string, passphrase: string, extra: Partial<ChildTask> = {}): ChildTask {
  clock += 24 * 60 * 60 * 1000;
  return { mode, dir, passphrase, clockStart: clock, ...extra };
}
const delay = (maxMs: number) => random.number.int({ min: 0, max: Math.max(1, Math.round(maxMs)) });
const numbersAfter = (lines: string[], prefix: string) =>
  lines.filter((line) => line.startsWith(prefix)).map((line) => line.slice(prefix.length));

describe(`crash safety: SIGKILL at random moments (seed ${SEED})`, { timeout: 20 * 60_000 }, () => {
  beforeAll(async () => {
    work = await fileTempDir('peerdesk-crash-');
    await childScript();
  }, 120_000);

  afterAll(async () => {
    await removeChildScript();
    const line =
      `crash suite: ${kills()} kills (${Object.entries(tally.kills)
        .map(([mode, count]) => `${count} ${mode}`)
        .join(
          ', ',
        )}; ${tally.midCopy} while a backup was being copied, ${tally.midMigration} part way through the migrations), ` +
      `${tally.recoveries} recoveries, acknowledged transactions lost: ${tally.lost} (seed ${SEED})`;
    console.log(line);
    const reports = path.resolve(import.meta.dirname, '..', '..', '.tmp', 'test-reports');
    await fs.mkdir(reports, { recursive: true });
    await fs.writeFile(path.join(reports, 'crash-suite.txt'), `${line}\n`);
  });

  test(`${plan.commits} kills while committing: every acknowledged transaction is there in full, none in part`, async () => {
    const dir = path.join(work, 'commits');
    await makeProgram(dir);
    let acknowledged = 0;
    for (let i = 0; i < plan.commits; i += 1) {
      const run = await runChild(task('commits', dir, PASSPHRASE), delay(120));
      expect(run.killed).toBe(true);
      tally.kills.commits += 1;
      acknowledged = Math.max(acknowledged, ...numbersAfter(run.lines, 'commit ').map(Number));
      const counter = await checkProgram(dir, PASSPHRASE, committedCount);
      // The child may have committed one more than it could say before the kill; never fewer.
      tally.lost += Math.max(0, acknowledged - counter);
      expect(counter, `transactions kept after kill ${i + 1} (seed ${SEED})`).toBeGreaterThanOrEqual(acknowledged);
      expect(counter).toBeLessThanOrEqual(acknowledged + 1);
      acknowledged = counter;
      tally.recoveries += 1;
    }
    expect(acknowledged, 'transactions committed between the kills').toBeGreaterThan(plan.commits);
  });

  test(`${plan.backup} kills during backups: no final-named partial file; the previous backup still verifies`, async () => {
    const dir = path.join(work, 'backup');
    const stick = path.join(work, 'stick');
    const scratch = path.join(work, 'backup-tmp');
    await makeProgram(dir);
    await addBulk(dir, 3000);
    await fs.mkdir(scratch);
    const verified = new Set<string>();
    let newestAcknowledged: string | null = null;
    // The first run lives long enough to leave verified backups, and says how long one takes here.
    let backupMs = 1000;
    for (let i = 0; i < plan.backup; i += 1) {
      const run = await runChild(
        task('backup', dir, PASSPHRASE, { backupFolder: stick, tmpDir: scratch }),
        i === 0 ? 4000 : delay(backupMs * 1.2),
      );
      expect(run.killed).toBe(true);
      tally.kills.backup += 1;
      const made = numbersAfter(run.lines, 'backup ');
      if (i === 0) backupMs = run.ranMs / Math.max(1, made.length);
      newestAcknowledged = made.at(-1) ?? newestAcknowledged;
      const names = await fs.readdir(stick);
      if (names.some((name) => name.endsWith('.partial'))) tally.midCopy += 1;
      // Final names only ever hold whole, verified backups; a cut-off copy is a hidden .partial.
      for (const name of names.filter((found) => found.endsWith('.pdbackup') && !verified.has(found))) {
        await expect(verifyBackup(path.join(stick, name), PASSPHRASE), name).resolves.toBeTruthy();
        verified.add(name);
      }
      expect(names.filter((name) => !name.endsWith('.pdbackup') && !/^\..*\.partial$/.test(name))).toEqual([]);
      // The newest backup the child finished survives every later kill, whole.
      expect(newestAcknowledged).not.toBeNull();
      await expect(verifyBackup(newestAcknowledged ?? '', PASSPHRASE)).resolves.toBeTruthy();
      await checkProgram(dir, PASSPHRASE, async () => null);
      tally.recoveries += 1;
    }
    expect(verified.size, 'backups finished between the kills').toBeGreaterThan(1);
  });

  test(`${plan.passphrase} kills during passphrase changes: the last acknowledged passphrase or the next one opens the program`, async () => {
    const dir = path.join(work, 'passphrase');
    await makeProgram(dir);
    let current = 0;
    for (let i = 0; i < plan.passphrase; i += 1) {
      const run = await runChild(
        task('passphrase', dir, crashPassphrase(current), { passphraseNumber: current }),
        delay(80),
      );
      expect(run.killed).toBe(true);
      tally.kills.passphrase += 1;
      const acknowledged = Math.max(current, ...numbersAfter(run.lines, 'passphrase ').map(Number));
      // The change under way when the kill came either happened or did not; no other passphrase.
      const opens = await passphraseThatOpens(dir, [crashPassphrase(acknowledged), crashPassphrase(acknowledged + 1)]);
      expect(opens, `after kill ${i + 1} (seed ${SEED})`).not.toBeNull();
      current = opens === crashPassphrase(acknowledged) ? acknowledged : acknowledged + 1;
      await checkProgram(dir, crashPassphrase(current), async () => null);
      tally.recoveries += 1;
    }
    expect(current, 'passphrase changes finished between the kills').toBeGreaterThan(0);
  });

  test(`${plan.migration} kills during the migrations of a first-version program: reopening finishes them`, async () => {
    const template = path.join(work, 'first-schema');
    const keyHex = await makeFirstSchemaProgram(template);
    // One unkilled run tells how long the migrations take on this machine.
    const calibration = path.join(work, 'migration-calibration');
    await copyFolder(template, calibration);
    const whole = await runChild(task('migration', calibration, PASSPHRASE), null);
    expect(whole.lines).toContain('migrated');
    // A kill that comes after the child has finished is no kill: try again, within reason, and
    // until at least one kill has landed between two migrations.
    const enough = () => tally.kills.migration >= plan.migration && tally.midMigration > 0;
    for (let i = 0; !enough() && i < plan.migration * 5 + 20; i += 1) {
      const dir = path.join(work, `migration-${i}`);
      await copyFolder(template, dir);
      const run = await runChild(task('migration', dir, PASSPHRASE), delay(whole.ranMs));
      if (!run.killed) {
        await fs.rm(dir, { recursive: true, force: true });
        continue;
      }
      tally.kills.migration += 1;
      // Read a copy, so that the program's own reopen is the first to see the files after the kill.
      const peek = path.join(work, `migration-${i}-peek`);
      await copyFolder(dir, peek);
      const applied = appliedMigrationCount(peek, keyHex);
      expect(applied).toBeGreaterThanOrEqual(1);
      if (applied > 1 && applied < migrations.length) tally.midMigration += 1;
      await checkProgram(dir, PASSPHRASE, async (manager) => {
        const names = await manager.query<Array<{ name: string }>>('SELECT name FROM migrations ORDER BY id');
        expect(names.map((row) => row.name)).toEqual(migrations.map((Migration) => new Migration().name));
        const [program] = await manager.query<Array<{ name: string }>>('SELECT name FROM program WHERE id = 1');
        expect(program.name).toBe('Crash Test Peers');
      });
      tally.recoveries += 1;
      await fs.rm(dir, { recursive: true, force: true });
      await fs.rm(peek, { recursive: true, force: true });
    }
    expect(tally.kills.migration).toBeGreaterThanOrEqual(plan.migration);
    expect(tally.midMigration, 'kills that landed between two migrations').toBeGreaterThan(0);
  });
});
