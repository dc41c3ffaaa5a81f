// Setup, unlock, throttling, passphrase change, recovery and auto-lock on real program folders.
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readKeySlotFile } from '../../electron/backend/crypto/keyslots';
import { Clock, newProgram, openSession, PASSPHRASE, rawConnection } from '../helpers/program';
import { tempDir } from '../helpers/temp-dir';
import { getSettings, programInfo, updateSettings, verifyAudit } from '../../electron/backend/services/program-queries';

const NEW_PASSPHRASE = 'a brand new passphrase';

describe('setup', () => {
  it('writes nothing until the recovery key is typed back', async () => {
    const dir = path.join(await tempDir(), 'program');
    const session = openSession(dir, new Clock());
    const started = await session.setupBegin({ programName: 'Hope Circle', leaderName: 'Sam', passphrase: PASSPHRASE });
    expect(started.recoveryKey).toMatch(/^(\w{4}-){7}\w{4}$/);
    expect((await session.status()).setupPending).toBe(true);
    await expect(fs.readdir(dir)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(session.setupConfirm('0000-0000-0000-0000-0000-0000-0000-0000')).rejects.toMatchObject({
      code: 'RECOVERY_KEY_TYPO',
    });
    await expect(fs.readdir(dir)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(session.setupConfirm(started.recoveryKey)).resolves.toEqual({
      programName: 'Hope Circle',
      method: 'passphrase',
    });
    expect((await session.status()).state).toBe('unlocked');
    expect((await fs.readdir(dir)).filter((name) => !name.startsWith('peerdesk.db-')).sort()).toEqual([
      'keyslots.json',
      'peerdesk.db',
    ]);
  });

  it('refuses a different valid key, and forgets a cancelled setup', async () => {
    const dir = path.join(await tempDir(), 'program');
    const session = openSession(dir, new Clock());
    await session.setupBegin({ programName: 'A', leaderName: 'B', passphrase: PASSPHRASE });
    const other = await openSession(path.join(dir, 'other'), new Clock()).setupBegin({
      programName: 'A',
      leaderName: 'B',
      passphrase: PASSPHRASE,
    });
    await expect(session.setupConfirm(other.recoveryKey)).rejects.toMatchObject({ code: 'RECOVERY_KEY_MISMATCH' });
    await session.setupCancel();
    await expect(session.setupConfirm(other.recoveryKey)).rejects.toMatchObject({ code: 'SETUP_NOT_STARTED' });
    expect((await session.status()).state).toBe('needs-setup');
  });

  it('never sets up over an existing program', async () => {
    const program = await newProgram();
    await expect(
      program.restart().setupBegin({ programName: 'X', leaderName: 'Y', passphrase: PASSPHRASE }),
    ).rejects.toMatchObject({ code: 'ALREADY_SET_UP' });
  });
});

describe('throttling failed unlocks', () => {
  it('slows down after repeated failures, survives a restart, and wipes nothing', async () => {
    const program = await newProgram();
    await program.session.close();
    let session = program.restart();
    await expect(session.unlock('wrong 1')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(session.unlock('wrong 2')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(session.unlock('wrong 3')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE', retryAfterMs: 2000 });
    // Even the right passphrase waits its turn.
    await expect(session.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'THROTTLED', retryAfterMs: 2000 });
    await session.close();
    session = program.restart();
    expect((await session.status()).retryAfterMs).toBe(2000);
    program.clock.advance(2000);
    await expect(session.unlock('wrong 4')).rejects.toMatchObject({ retryAfterMs: 4000 });
    program.clock.advance(1000);
    await expect(session.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'THROTTLED', retryAfterMs: 3000 });
    program.clock.advance(3000);
    await expect(session.unlock(PASSPHRASE)).resolves.toMatchObject({ programName: 'Riverside Peers' });
    expect((await readKeySlotFile(path.join(program.dir, 'keyslots.json'))).failedUnlocks.count).toBe(0);
  });

  it('records the failed unlocks in the audit log at the next unlock', async () => {
    const program = await newProgram();
    await program.session.close();
    const session = program.restart();
    await expect(session.unlock('wrong')).rejects.toThrow();
    await expect(
      session.unlockWithRecoveryKey('AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA', NEW_PASSPHRASE),
    ).rejects.toMatchObject({ code: 'RECOVERY_KEY_TYPO' });
    await session.unlock(PASSPHRASE);
    expect((await verifyAudit(session)).intact).toBe(true);
    const key = await session.exportRawKey();
    await session.close();
    const db = rawConnection(path.join(program.dir, 'peerdesk.db'), key);
    const rows = db.prepare('SELECT action, detail FROM audit_log ORDER BY seq').all() as {
      action: string;
      detail: string;
    }[];
    db.close();
    expect(rows.map((row) => row.action)).toEqual([
      'program.setup',
      'unlock',
      'lock',
      'unlock.failed',
      'unlock',
      'raw-key.export',
      'lock',
    ]);
    expect(JSON.parse(rows[3].detail)).toMatchObject({
      method: 'passphrase',
      attemptedAt: program.clock.now().toISOString(),
    });
    // Nothing secret is ever written to the log.
    expect(rows.map((row) => row.detail).join()).not.toMatch(/wrong|correct horse/);
  });
});

describe('passphrase and recovery key', () => {
  it('changes the passphrase by rewriting the key slot, keeping the same data key', async () => {
    const program = await newProgram();
    const keyBefore = await program.session.exportRawKey();
    const dbBefore = (await fs.stat(path.join(program.dir, 'peerdesk.db'))).size;
    const slotsBefore = await readKeySlotFile(path.join(program.dir, 'keyslots.json'));
    await expect(program.session.changePassphrase('not it at all', NEW_PASSPHRASE)).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
      fieldErrors: { currentPassphrase: expect.any(Array) },
    });
    await program.session.changePassphrase(PASSPHRASE, NEW_PASSPHRASE);
    const slotsAfter = await readKeySlotFile(path.join(program.dir, 'keyslots.json'));
    expect(slotsAfter.slots.passphrase.wrapped).not.toEqual(slotsBefore.slots.passphrase.wrapped);
    expect(slotsAfter.slots.recovery).toEqual(slotsBefore.slots.recovery);
    await program.session.close();
    const session = program.restart();
    await expect(session.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await session.unlock(NEW_PASSPHRASE);
    expect(await session.exportRawKey()).toBe(keyBefore);
    expect((await fs.stat(path.join(program.dir, 'peerdesk.db'))).size).toBe(dbBefore);
  });

  it('unlocks with the recovery key and requires a new passphrase', async () => {
    const program = await newProgram();
    await program.session.close();
    const session = program.restart();
    await expect(session.unlockWithRecoveryKey(program.recoveryKey.toLowerCase(), NEW_PASSPHRASE)).resolves.toEqual({
      programName: 'Riverside Peers',
      method: 'recovery-key',
    });
    await session.lock('user');
    await expect(session.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(session.unlock(NEW_PASSPHRASE)).resolves.toMatchObject({ method: 'passphrase' });
    await expect(session.unlockWithRecoveryKey(program.recoveryKey, 'x'.repeat(12))).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });

  it('refuses a well-formed recovery key of another program', async () => {
    const program = await newProgram();
    const other = await newProgram();
    await program.session.close();
    const session = program.restart();
    await expect(session.unlockWithRecoveryKey(other.recoveryKey, NEW_PASSPHRASE)).rejects.toMatchObject({
      code: 'WRONG_RECOVERY_KEY',
    });
    await expect(session.unlock(PASSPHRASE)).resolves.toMatchObject({ method: 'passphrase' });
  });
});

describe('locking', () => {
  it('locks after the idle time set in Settings, and tells the UI', async () => {
    const program = await newProgram();
    await updateSettings(program.session, { autoLockMinutes: 3 });
    program.clock.advance(2 * 60_000);
    await program.session.checkIdle();
    expect(program.session.isUnlocked).toBe(true);
    program.session.touch();
    program.clock.advance(3 * 60_000 - 1);
    await program.session.checkIdle();
    expect(program.session.isUnlocked).toBe(true);
    program.clock.advance(1);
    await program.session.checkIdle();
    expect(program.session.isUnlocked).toBe(false);
    expect(program.events).toEqual([{ reason: 'idle' }]);
    await expect(programInfo(program.session)).rejects.toMatchObject({ code: 'LOCKED' });
    await expect(program.session.exportRawKey()).rejects.toMatchObject({ code: 'LOCKED' });
  });

  it('locks at once on request and keeps the auto-lock setting', async () => {
    const program = await newProgram();
    expect((await getSettings(program.session)).autoLockMinutes).toBe(10);
    await updateSettings(program.session, { autoLockMinutes: 25 });
    await program.session.lock('os-lock');
    expect(program.events).toEqual([{ reason: 'os-lock' }]);
    await program.session.unlock(PASSPHRASE);
    expect((await getSettings(program.session)).autoLockMinutes).toBe(25);
  });
});

describe('failures half way', () => {
  it('counts failed recovery-key attempts like failed passphrases', async () => {
    const program = await newProgram();
    const other = await newProgram();
    await program.session.close();
    const session = program.restart();
    await expect(session.unlockWithRecoveryKey(other.recoveryKey, NEW_PASSPHRASE)).rejects.toMatchObject({
      code: 'WRONG_RECOVERY_KEY',
    });
    expect((await readKeySlotFile(path.join(program.dir, 'keyslots.json'))).failedUnlocks).toMatchObject({
      count: 1,
      unrecorded: [{ method: 'recovery-key' }],
    });
  });

  it('checks the passphrase even when already unlocked', async () => {
    const program = await newProgram();
    await expect(program.session.unlock('anything at all')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(program.session.unlock(PASSPHRASE)).resolves.toMatchObject({ programName: 'Riverside Peers' });
  });

  it('throttles and counts a wrong current passphrase in a passphrase change', async () => {
    const program = await newProgram();
    for (const attempt of ['one wrong try', 'two wrong tries']) {
      await expect(program.session.changePassphrase(attempt, NEW_PASSPHRASE)).rejects.toMatchObject({
        code: 'WRONG_PASSPHRASE',
      });
    }
    await expect(program.session.changePassphrase('three wrong tries', NEW_PASSPHRASE)).rejects.toMatchObject({
      retryAfterMs: 2000,
    });
    await expect(program.session.changePassphrase(PASSPHRASE, NEW_PASSPHRASE)).rejects.toMatchObject({
      code: 'THROTTLED',
    });
  });

  it('keeps throttling when the key file cannot be written', async () => {
    const program = await newProgram();
    await program.session.close();
    const session = program.restart();
    const rename = vi
      .spyOn(fs, 'rename')
      .mockRejectedValue(Object.assign(new Error('EROFS: read-only'), { code: 'EROFS' }));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await expect(session.unlock('wrong 1')).rejects.toMatchObject({
        code: 'WRONG_PASSPHRASE',
        message: expect.stringContaining('could not record'),
      });
      await expect(session.unlock('wrong 2')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
      await expect(session.unlock('wrong 3')).rejects.toMatchObject({ retryAfterMs: 2000 });
      await expect(session.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'THROTTLED' });
    } finally {
      rename.mockRestore();
      logged.mockRestore();
    }
  });

  it('leaves the passphrase as it was when the new key slot cannot be written', async () => {
    const program = await newProgram();
    const rename = vi
      .spyOn(fs, 'rename')
      .mockRejectedValueOnce(Object.assign(new Error('ENOSPC: disk full'), { code: 'ENOSPC' }));
    await expect(program.session.changePassphrase(PASSPHRASE, NEW_PASSPHRASE)).rejects.toThrow(/disk full/);
    rename.mockRestore();
    expect((await programInfo(program.session)).recordCounts.auditLogEntries).toBe(2);
    expect((await fs.readdir(program.dir)).filter((name) => name.includes('tmp'))).toEqual([]);
    await program.session.lock('user');
    await expect(program.session.unlock(PASSPHRASE)).resolves.toMatchObject({ method: 'passphrase' });
  });

  it('drops the key and tells the UI even when closing the database fails', async () => {
    const program = await newProgram();
    const open = (program.session as unknown as { open: { key: Buffer; dataSource: { destroy(): Promise<void> } } })
      .open;
    const realDestroy = open.dataSource.destroy.bind(open.dataSource);
    open.dataSource.destroy = () => realDestroy().then(() => Promise.reject(new Error('close failed')));
    await expect(program.session.lock('user')).rejects.toThrow('close failed');
    expect(open.key.every((byte) => byte === 0)).toBe(true);
    expect(program.events).toEqual([{ reason: 'user' }]);
    expect(program.session.isUnlocked).toBe(false);
  });
});

describe('setup interrupted', () => {
  it('finishes a setup that stopped after writing the key file', async () => {
    const program = await newProgram();
    await program.session.close();
    // As if the computer stopped between writing keyslots.json and moving the database in.
    await fs.rename(path.join(program.dir, 'peerdesk.db'), path.join(program.dir, '.peerdesk-setup-0123456789ab.db'));
    const session = program.restart();
    expect((await session.status()).state).toBe('locked');
    expect((await fs.readdir(program.dir)).sort()).toEqual(['keyslots.json', 'peerdesk.db']);
    await expect(session.unlock(PASSPHRASE)).resolves.toMatchObject({ programName: 'Riverside Peers' });
  });

  it('leaves nothing behind when setup fails part way', async () => {
    const dir = path.join(await tempDir(), 'program');
    const session = openSession(dir, new Clock());
    const started = await session.setupBegin({ programName: 'Hope Circle', leaderName: 'Sam', passphrase: PASSPHRASE });
    const realLink = fs.link.bind(fs);
    let calls = 0;
    // The key file's link succeeds; moving the database into place fails.
    const link = vi.spyOn(fs, 'link').mockImplementation(async (from, to) => {
      calls += 1;
      if (calls === 2) throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
      return realLink(from, to);
    });
    try {
      await expect(session.setupConfirm(started.recoveryKey)).rejects.toThrow(/i\/o error/);
    } finally {
      link.mockRestore();
    }
    expect(await fs.readdir(dir)).toEqual([]);
    expect((await session.status()).state).toBe('needs-setup');
  });
});

describe('the key in memory', () => {
  it('is overwritten when the program locks', async () => {
    const program = await newProgram();
    const key = (program.session as unknown as { open: { key: Buffer } }).open.key;
    expect(key.some((byte) => byte !== 0)).toBe(true);
    await program.session.lock('user');
    expect(key.every((byte) => byte === 0)).toBe(true);
  });
});
