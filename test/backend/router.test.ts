// The router: one envelope for every answer, input validated against the shared schemas, and
// only setup, unlock and status answered while locked.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { channelNames, channels } from '../../shared/api/channels';
import { buildHandlers, combineHandlerGroups } from '../../electron/backend/api/handlers';
import { createRouter } from '../../electron/backend/api/router';
import { Clock, newProgram, openSession, PASSPHRASE } from '../helpers/program';
import { tempDir } from '../helpers/temp-dir';

async function lockedRouter() {
  const session = openSession(path.join(await tempDir(), 'program'), new Clock());
  return { session, router: createRouter(session) };
}

describe('router', () => {
  it('has exactly one handler for every channel and refuses duplicates', async () => {
    const { session } = await lockedRouter();
    expect(Object.keys(buildHandlers(session)).sort()).toEqual([...channelNames].sort());
    const status = { 'program.status': async () => session.status() };
    expect(() => combineHandlerGroups(status, status)).toThrow(/program.status has two handlers/);
  });

  it('refuses an unknown channel, including inherited property names', async () => {
    const { router } = await lockedRouter();
    for (const name of ['program.nope', '__proto__', 'constructor', 42]) {
      await expect(router.handle(name, {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
  });

  it('answers invalid input with field errors and changes nothing', async () => {
    const { router, session } = await lockedRouter();
    const result = await router.handle('program.setupBegin', {
      programName: '  ',
      leaderName: 'Sam',
      passphrase: 'short',
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: expect.stringContaining('programName'),
        fieldErrors: { programName: ['Enter the program name.'], passphrase: [expect.stringContaining('at least 10')] },
      },
    });
    expect((await session.status()).setupPending).toBe(false);
    await expect(router.handle('program.status', { extra: true })).resolves.toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    await expect(router.handle('program.unlock', 'a string')).resolves.toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('answers only setup, unlock, status, the demo switch and restoring a backup while locked', async () => {
    const { router } = await lockedRouter();
    const whenLocked = channelNames.filter((name) => channels[name].whenLocked).sort();
    expect(whenLocked).toEqual([
      'backup.found',
      'backup.inspect',
      'backup.restore',
      'demo.leave',
      'demo.open',
      'program.lock',
      'program.setupBegin',
      'program.setupCancel',
      'program.setupConfirm',
      'program.status',
      'program.unlock',
      'program.unlockWithRecoveryKey',
      'session.touch',
    ]);
    for (const name of channelNames.filter((n) => !channels[n].whenLocked)) {
      // Refused before validation: a locked program says nothing about the input.
      await expect(router.handle(name, { any: 'input' })).resolves.toMatchObject({
        ok: false,
        error: { code: 'LOCKED' },
      });
    }
    await expect(router.handle('program.status', {})).resolves.toMatchObject({
      ok: true,
      value: { state: 'needs-setup' },
    });
  });

  it('does not count a status call as activity, so polling never defers the idle lock', async () => {
    const program = await newProgram();
    const router = createRouter(program.session);
    program.clock.advance(9 * 60_000);
    await router.handle('program.status', {});
    program.clock.advance(60_000);
    await program.session.checkIdle();
    expect(program.session.isUnlocked).toBe(false);
  });

  it('counts any other call as activity', async () => {
    const program = await newProgram();
    const router = createRouter(program.session);
    program.clock.advance(9 * 60_000);
    await router.handle('settings.get', {});
    program.clock.advance(60_000);
    await program.session.checkIdle();
    expect(program.session.isUnlocked).toBe(true);
  });

  it('answers a service error as data, and hides internal errors', async () => {
    const program = await newProgram();
    const router = createRouter(program.session);
    await program.session.lock('user');
    await expect(router.handle('program.unlock', { passphrase: 'wrong wrong' })).resolves.toEqual({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', message: expect.stringContaining('not right') },
    });
    await expect(router.handle('program.unlock', { passphrase: PASSPHRASE })).resolves.toEqual({
      ok: true,
      value: { programName: 'Riverside Peers', method: 'passphrase' },
    });
    const handlers = {
      ...buildHandlers(program.session),
      'settings.get': () => Promise.reject(new Error('secret detail')),
    };
    const failing = createRouter(program.session, handlers);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await failing.handle('settings.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('secret detail');
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});
