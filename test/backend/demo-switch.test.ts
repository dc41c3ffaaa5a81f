// "Explore a demo program": the window's backend switches between the leader's program and a
// demo in its own folder, built on first use, marked as a demo, and never mixed with the program.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/api/channels';
import type { ApiError } from '../../shared/api/errors';
import type { Events } from '../../shared/api/events';
import { createRouter } from '../../electron/backend/api/router';
import { ProgramSwitch } from '../../electron/backend/services/program-switch';
import { Clock, FAST_SCRYPT, PASSPHRASE, newProgram } from '../helpers/program';
import { tempDir } from '../helpers/temp-dir';

const switches: ProgramSwitch[] = [];
afterEach(async () => {
  await Promise.all(switches.splice(0).map((programs) => programs.close()));
});

async function windowBackend(dataDir?: string) {
  const root = await tempDir();
  const dirs = { dataDir: dataDir ?? path.join(root, 'program'), demoDir: path.join(root, 'program-demo') };
  const events: Array<Events['locked']> = [];
  const programs = new ProgramSwitch({
    ...dirs,
    appVersion: '0.0.0-test',
    host: 'preview',
    now: new Clock().now,
    scryptCost: FAST_SCRYPT,
    idleCheckMs: 60 * 60 * 1000,
    // Only the lock events: a backup's progress is not what these tests count.
    emit: (event, payload) => {
      if (event === 'locked') events.push(payload as Events['locked']);
    },
  });
  switches.push(programs);
  const result = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => programs.handle(channel, input);
  const call = async <C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const answer = await result(channel, input);
    if (!answer.ok) throw Object.assign(new Error(answer.error.message), answer.error);
    return answer.value as ChannelOutput<C>;
  };
  const failure = async <C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ApiError> => {
    const answer = await result(channel, input);
    if (answer.ok) throw new Error(`${channel} should have failed`);
    return answer.error;
  };
  return { ...dirs, programs, events, call, failure };
}

describe('the demo program', () => {
  it('opens a new demo in its own folder, marked as a demo, with invented people', async () => {
    const { call, dataDir, demoDir } = await windowBackend();
    const status = await call('demo.open', {});
    expect(status).toMatchObject({ state: 'unlocked', demo: true, programName: 'Demo program (DEMO)' });
    expect(await call('program.status', {})).toMatchObject({ state: 'unlocked', demo: true });
    const info = await call('program.info', {});
    expect(info.isDemo).toBe(true);
    expect(info.recordCounts).toMatchObject({ participants: 150, peerSupporters: 30 });
    expect((await call('participants.list', {})).total).toBeGreaterThan(100);
    expect(fs.readdirSync(demoDir).sort()).toContain('peerdesk.db');
    // The program's own folder is untouched: nothing written, nothing created.
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('leaves the demo for the program, which is as it was, and drops nothing of the demo into it', async () => {
    const { call, failure, events } = await windowBackend();
    await call('demo.open', {});
    const status = await call('demo.leave', {});
    expect(status).toMatchObject({ state: 'needs-setup', demo: false });
    expect(await call('program.status', {})).toMatchObject({ state: 'needs-setup', demo: false });
    expect((await failure('participants.list', {})).code).toBe('LOCKED');
    expect(events).toEqual([{ reason: 'switch' }]);
  });

  it('opens the same demo again, with what was added to it, instead of building a new one', async () => {
    const { call } = await windowBackend();
    await call('demo.open', {});
    await call('participants.create', {
      firstName: 'Ngaio',
      lastName: 'Te Rangi',
      referralDate: '2026-02-01',
      preferences: {},
    });
    await call('demo.leave', {});
    await call('demo.open', {});
    const found = await call('participants.list', { search: 'ngaio te rangi' });
    expect(found.rows.map((row) => row.displayName)).toEqual([expect.stringContaining('Te Rangi')]);
  });

  it('builds the demo afresh when its folder no longer opens', async () => {
    const { call, demoDir } = await windowBackend();
    await call('demo.open', {});
    await call('demo.leave', {});
    fs.rmSync(path.join(demoDir, 'keyslots.json'));
    expect(await call('program.status', {})).toMatchObject({ state: 'needs-setup' });
    expect(await call('demo.open', {})).toMatchObject({ state: 'unlocked', demo: true });
    expect((await call('program.info', {})).recordCounts).toMatchObject({ participants: 150 });
  });

  it('refuses to open the demo while the program is unlocked, and changes nothing', async () => {
    const program = await newProgram();
    await program.session.close();
    const { call, failure, demoDir } = await windowBackend(program.dir);
    await call('program.unlock', { passphrase: PASSPHRASE });
    const error = await failure('demo.open', {});
    expect(error).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/Lock the program/) });
    expect(await call('program.status', {})).toMatchObject({ state: 'unlocked', demo: false });
    expect(fs.existsSync(demoDir)).toBe(false);
  });

  it('locks the demo with the window (OS lock) and says it is the demo while locked', async () => {
    const { call, programs } = await windowBackend();
    await call('demo.open', {});
    await programs.lock('os-lock');
    expect(await call('program.status', {})).toMatchObject({ state: 'locked', demo: true });
    expect(await call('demo.open', {})).toMatchObject({ state: 'unlocked', demo: true });
  });

  it('is refused by a router that is not a window’s (the command line)', async () => {
    const program = await newProgram();
    const answer = await createRouter(program.session).handle('demo.open', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
