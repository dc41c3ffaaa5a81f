// Restores on real encrypted programs in temporary folders: what a backup holds is shown before
// anything changes; a restore on a new computer holds the same records; a program it replaces is
// kept aside; a restore cut off half way is finished at the next start; the restore test records
// its result; a backup can be followed and cancelled.
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupProgress } from '../../shared/api/backup';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/api/channels';
import { createRouter } from '../../electron/backend/api/router';
import { readBackupFile, unwrapBackupKey } from '../../electron/backend/backup/backup-file';
import { backUpOnQuit } from '../../electron/backend/backup/backup-service';
import { createBackup } from '../../electron/backend/backup/create-backup';
import { placeStaged, stageRestore } from '../../electron/backend/backup/restore-backup';
import { programFolder, type ProgramFolder } from '../../electron/backend/services/program-folder';
import { Clock, openSession, PASSPHRASE } from '../helpers/program';
import { routedProgram } from '../helpers/routed-program';
import { tempDir } from '../helpers/temp-dir';
import { programWithRecords } from './program-with-records';

async function programWithBackup() {
  const test = await programWithRecords();
  const stick = await tempDir('peerdesk-stick-');
  const created = await test.call('backup.create', { folder: stick });
  return { ...test, stick, created };
}

/** A second computer: an empty program folder and its own session, driven through the router. */
async function newComputer(clock = new Clock()) {
  const dir = path.join(await tempDir('peerdesk-new-computer-'), 'program');
  const session = openSession(dir, clock);
  const router = createRouter(session);
  const call = async <C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = await router.handle(channel, input);
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.value as ChannelOutput<C>;
  };
  const failure = async <C extends ChannelName>(channel: C, input: ChannelInput<C>) => {
    const result = await router.handle(channel, input);
    if (result.ok) throw new Error(`${channel} should have been refused`);
    return result.error;
  };
  return { dir, session, call, failure };
}

/** A participant added after the backup: the program on the computer and the backup differ. */
async function addLateParticipant(call: Awaited<ReturnType<typeof programWithBackup>>['call']): Promise<void> {
  await call('participants.create', {
    firstName: 'Late',
    lastName: 'Addition',
    referralDate: '2026-02-01',
    preferences: {},
  });
}

/** The backup extracted and checked beside the program, as a restore does before its swap. */
async function stageBackup(folder: ProgramFolder, file: string, now: Date) {
  const backup = await readBackupFile(file);
  const key = await unwrapBackupKey(backup, { passphrase: PASSPHRASE });
  try {
    return await stageRestore(folder, backup, key, null, now);
  } finally {
    key.fill(0);
  }
}

const auditActions = async (call: Awaited<ReturnType<typeof newComputer>>['call']) => {
  const { recordCounts } = await call('program.info', {});
  return recordCounts.auditLogEntries;
};

describe('restoring a backup', () => {
  it('shows what a backup holds, then restores it on a new computer with the same records', async () => {
    const { created, call } = await programWithBackup();
    const computer = await newComputer();
    expect((await computer.call('program.status', {})).state).toBe('needs-setup');

    const preview = await computer.call('backup.inspect', { file: created.file, secret: { passphrase: PASSPHRASE } });
    expect(preview).toMatchObject({
      fileName: created.fileName,
      programName: 'Riverside Peers',
      createdAt: '2026-03-02T09:00:00.000Z',
      recordCounts: { participants: 1, peerSupporters: 1 },
    });
    // Looking changed nothing.
    expect(await fs.readdir(path.dirname(computer.dir)).catch(() => [])).toEqual([]);

    const opened = await computer.call('backup.restore', {
      file: created.file,
      secret: { passphrase: PASSPHRASE },
      replace: false,
    });
    expect(opened).toEqual({ programName: 'Riverside Peers', method: 'passphrase' });
    const restored = await computer.call('participants.list', { search: '' });
    expect(restored.rows.map((row) => row.displayName)).toEqual(
      (await call('participants.list', { search: '' })).rows.map((row) => row.displayName),
    );
    expect((await computer.call('audit.verify', {})).intact).toBe(true);
    // The restored program opens again after a restart, with the backup's passphrase.
    await computer.session.lock('user');
    await computer.call('program.unlock', { passphrase: PASSPHRASE });
    expect(await auditActions(computer.call)).toBeGreaterThan(0);
  });

  it('restores with the recovery key and a new passphrase', async () => {
    const { created, recoveryKey } = await programWithBackup();
    const computer = await newComputer();
    await computer.call('backup.restore', {
      file: created.file,
      secret: { recoveryKey, newPassphrase: 'a brand new passphrase' },
      replace: false,
    });
    await computer.session.lock('user');
    expect((await computer.failure('program.unlock', { passphrase: PASSPHRASE })).code).toBe('WRONG_PASSPHRASE');
    await computer.call('program.unlock', { passphrase: 'a brand new passphrase' });
  });

  it('refuses a wrong secret on the field at fault, and restores nothing', async () => {
    const { created } = await programWithBackup();
    const computer = await newComputer();
    const wrong = await computer.failure('backup.restore', {
      file: created.file,
      secret: { passphrase: 'not this one' },
      replace: false,
    });
    expect(wrong.fieldErrors?.['secret.passphrase']?.[0]).toMatch(/^That passphrase does not open PeerDesk-/);
    const missing = await computer.failure('backup.inspect', {
      file: path.join(path.dirname(created.file), 'nothing-here.pdbackup'),
      secret: { passphrase: PASSPHRASE },
    });
    expect(missing.fieldErrors?.file?.[0]).toMatch(/^There is no file at .*nothing-here\.pdbackup\.$/);
    expect((await computer.call('program.status', {})).state).toBe('needs-setup');
  });

  it('counts a wrong backup passphrase while a program is locked here as a wrong unlock, and makes it wait', async () => {
    const { created, session, failure, call } = await programWithBackup();
    await session.lock('user');
    const attempt = (passphrase: string) => failure('backup.inspect', { file: created.file, secret: { passphrase } });
    for (let i = 0; i < 3; i += 1) {
      const wrong = await attempt(`wrong guess ${i}`);
      expect(wrong.code).toBe('WRONG_PASSPHRASE');
      expect(wrong.fieldErrors?.['secret.passphrase']?.[0]).toMatch(/^That passphrase does not open /);
    }
    // The right passphrase waits as the unlock does; the next unlock records the guesses.
    expect((await attempt(PASSPHRASE)).code).toBe('THROTTLED');
    expect((await failure('program.unlock', { passphrase: PASSPHRASE })).code).toBe('THROTTLED');
    expect((await call('program.status', {})).retryAfterMs).toBeGreaterThan(0);
  });

  it('takes guesses sent together one at a time, and does not count a mistyped recovery key', async () => {
    const { created, session, failure, recoveryKey } = await programWithBackup();
    await session.lock('user');
    const inspect = (secret: { passphrase: string } | { recoveryKey: string }) =>
      failure('backup.inspect', { file: created.file, secret });
    // A typing mistake caught by the key's check letters: not a guess, however often.
    const typo = recoveryKey.replace(/[A-Z2-9](?=[^A-Z2-9]*$)/, (c) => (c === 'A' ? 'B' : 'A'));
    for (let i = 0; i < 4; i += 1) expect((await inspect({ recoveryKey: typo })).code).toBe('WRONG_PASSPHRASE');
    const together = await Promise.all(
      Array.from({ length: 5 }, (_, i) => inspect({ passphrase: `guess sent together ${i}` })),
    );
    expect(together.map((error) => error.code)).toEqual([
      'WRONG_PASSPHRASE',
      'WRONG_PASSPHRASE',
      'WRONG_PASSPHRASE',
      'THROTTLED',
      'THROTTLED',
    ]);
  });

  it('replaces an open program only when asked, keeping it aside', async () => {
    const { created, call, failure, dir, session } = await programWithBackup();
    await addLateParticipant(call);
    const refused = await failure('backup.restore', {
      file: created.file,
      secret: { passphrase: PASSPHRASE },
      replace: false,
    });
    expect(refused.fieldErrors?.replace).toBeDefined();
    expect((await call('participants.list', { search: '' })).total).toBe(2);

    await call('backup.restore', { file: created.file, secret: { passphrase: PASSPHRASE }, replace: true });
    expect(session.isUnlocked).toBe(true);
    expect((await call('participants.list', { search: '' })).total).toBe(1);
    const aside = (await fs.readdir(dir)).filter((name) => name.startsWith('replaced-'));
    expect(aside).toHaveLength(1);
    expect(await fs.readdir(path.join(dir, aside[0]))).toContain('peerdesk.db');
  });

  it('finishes a restore that was cut off after its journal was written', async () => {
    const { created, dir, session, clock } = await programWithBackup();
    await session.lock('user');
    const folder = programFolder(dir);
    const staged = await stageBackup(folder, created.file, clock.now());
    // The journal is on disk; the stop came before any file was moved.
    await fs.writeFile(
      path.join(dir, 'restore-journal.json'),
      JSON.stringify({ database: staged.database, keyslots: staged.keyslots, aside: staged.aside }),
    );
    const restarted = openSession(dir, clock);
    expect((await restarted.status()).state).toBe('locked');
    const names = await fs.readdir(dir);
    expect(names).not.toContain('restore-journal.json');
    expect(names.filter((name) => name.startsWith('.peerdesk-restore-'))).toEqual([]);
    expect(names).toContain(staged.aside);
    await restarted.unlock(PASSPHRASE);
  });
});

describe('undoing a restore', () => {
  it('puts the replaced program back even when the undoing itself was cut off', async () => {
    const { created, dir, session, clock, call } = await programWithBackup();
    await addLateParticipant(call);
    await session.lock('user');
    const folder = programFolder(dir);
    const staged = await stageBackup(folder, created.file, clock.now());
    await placeStaged(folder, staged);
    // The restored program did not open; the undo wrote its journal, gave the restored key file
    // back its staged name, and then the power went.
    await fs.writeFile(
      path.join(dir, 'restore-journal.json'),
      JSON.stringify({ database: staged.database, keyslots: staged.keyslots, aside: staged.aside, undo: true }),
    );
    await fs.rename(folder.keyslots, path.join(dir, staged.keyslots));

    const restarted = openSession(dir, clock);
    expect((await restarted.status()).state).toBe('locked');
    const names = await fs.readdir(dir);
    expect(names).not.toContain('restore-journal.json');
    expect(names.filter((name) => name.startsWith('.peerdesk-restore-') || name.startsWith('replaced-'))).toEqual([]);
    await restarted.unlock(PASSPHRASE);
    // The program as it was before the restore: two participants, not the backup's one.
    const [{ n }] = await restarted
      .requireOpen()
      .dataSource.query<Array<{ n: number }>>('SELECT count(*) AS n FROM participant');
    expect(n).toBe(2);
  });
});

describe('backing up from the app', () => {
  it('reports its progress, records where it went, and lists it for the restore screen', async () => {
    const test = await routedProgram();
    const progress: BackupProgress[] = [];
    const stick = await tempDir('peerdesk-stick-');
    const { file } = await createBackup(test.session, stick, { onProgress: (step) => progress.push(step) });
    expect(progress.map((step) => step.step)).toEqual(
      expect.arrayContaining(['snapshot', 'checking', 'copying', 'reading-back', 'finishing']),
    );
    expect(progress.at(-1)).toEqual({ step: 'finishing', fraction: 1 });
    const fractions = progress.map((step) => step.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));

    const status = await test.call('backup.status', {});
    expect(status.lastBackup).toEqual({ at: '2026-03-02T09:00:00.000Z', folder: stick, fileName: path.basename(file) });
    await test.session.lock('user');
    // Locked (the restore screen): found through the folders remembered beside the database.
    expect(await test.call('backup.found', {})).toEqual([
      expect.objectContaining({ file, folder: stick, createdAt: '2026-03-02T09:00:00.000Z' }),
    ]);
  });

  it('cancelled, leaves only the earlier backups', async () => {
    const test = await routedProgram();
    const stick = await tempDir('peerdesk-stick-');
    const first = await createBackup(test.session, stick);
    test.clock.advance(60_000);
    const controller = new AbortController();
    await expect(
      createBackup(test.session, stick, {
        signal: controller.signal,
        onProgress: (step) => {
          if (step.step === 'copying') controller.abort();
        },
      }),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(await fs.readdir(stick)).toEqual([path.basename(first.file)]);
    expect((await test.call('backup.status', {})).lastBackup?.fileName).toBe(path.basename(first.file));
  });

  it('tests a restore of the newest backup, and records the result', async () => {
    const { call, failure, created } = await programWithBackup();
    const wrong = await failure('backup.testRestore', { passphrase: 'not it at all' });
    expect(wrong.fieldErrors?.passphrase?.[0]).toMatch(/^That passphrase does not open /);
    expect((await call('backup.status', {})).lastRestoreTest).toBeNull();

    const passed = await call('backup.testRestore', { passphrase: PASSPHRASE });
    expect(passed).toMatchObject({ ok: true, fileName: created.fileName });
    expect(passed.message).toMatch(/1 participants, 1 peer supporters/);
    expect((await call('backup.status', {})).lastRestoreTest).toEqual(passed);

    // A damaged newest backup is a failed test, recorded as such.
    const bytes = await fs.readFile(created.file);
    bytes[bytes.length - 10] ^= 0x01;
    await fs.writeFile(created.file, bytes);
    const failed = await call('backup.testRestore', { passphrase: PASSPHRASE });
    expect(failed).toMatchObject({ ok: false, fileName: created.fileName });
    expect(failed.message).toMatch(/is damaged/);
    expect((await call('backup.status', {})).lastRestoreTest).toEqual(failed);
  });

  it('saves its settings, checked, and backs up on quit to the folder they name', async () => {
    const { call, failure, session } = await routedProgram();
    const quitFolder = await tempDir('peerdesk-quit-');
    expect(await backUpOnQuit(session)).toBeNull();
    expect(await call('backup.updateSettings', { warningDays: 14, backupOnQuitFolder: quitFolder })).toMatchObject({
      warningDays: 14,
      backupOnQuitFolder: quitFolder,
    });
    expect((await failure('backup.updateSettings', { warningDays: 0 })).fieldErrors?.warningDays).toBeDefined();
    const file = await backUpOnQuit(session);
    expect(file && path.dirname(file)).toBe(quitFolder);
    expect(await fs.readdir(quitFolder)).toEqual([path.basename(file ?? '')]);

    expect((await call('backup.updateSettings', { backupOnQuitFolder: null })).backupOnQuitFolder).toBeNull();
    expect(await backUpOnQuit(session)).toBeNull();
  });

  it('points a damaged database to the newest backup, and changes nothing', async () => {
    const { session, created, dir, failure } = await programWithBackup();
    await session.lock('user');
    const database = path.join(dir, 'peerdesk.db');
    await fs.writeFile(database, Buffer.alloc((await fs.stat(database)).size, 0x5a));
    const before = await fs.readFile(database);
    const damaged = await failure('program.unlock', { passphrase: PASSPHRASE });
    expect(damaged.code).toBe('DATABASE_DAMAGED');
    expect(damaged.message).toContain('Restore your newest backup');
    expect(damaged.message).toContain(
      `The newest backup found is ${created.fileName} in ${path.dirname(created.file)} (made 2026-03-02 09:00 UTC).`,
    );
    expect((await fs.readFile(database)).equals(before)).toBe(true);
  });
});

describe("Home's backup notices", () => {
  it('warns after the warning days without a backup, and suggests a restore test every 90 days', async () => {
    const { call, clock } = await routedProgram();
    const notices = async () => (await call('attention.list', {})).notices.map((notice) => notice.message);
    expect(await notices()).toEqual(['There is no verified backup of this program yet.']);

    await call('backup.create', { folder: await tempDir('peerdesk-stick-') });
    expect(await notices()).toEqual(['A backup has never been test-restored: test one to be sure it opens.']);
    await call('backup.testRestore', { passphrase: PASSPHRASE });
    expect(await notices()).toEqual([]);

    clock.advance(6 * 86_400_000);
    expect(await notices()).toEqual([]);
    clock.advance(86_400_000);
    expect(await notices()).toEqual(['No verified backup for 7 days.']);
    await call('backup.updateSettings', { warningDays: 14 });
    expect(await notices()).toEqual([]);
    clock.advance(83 * 86_400_000);
    expect(await notices()).toEqual([
      'No verified backup for 90 days.',
      'The last restore test was 90 days ago: test the newest backup again.',
    ]);
  });
});
