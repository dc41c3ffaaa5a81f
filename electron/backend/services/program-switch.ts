// The two programs a window can show: the leader's own and the demo program, each in its own
// folder with its own session. Only one is active; the router of the active one answers. The
// demo opens with a public passphrase (it holds invented people only) and is built on first use.
import type { Result } from '../../../shared/api/errors';
import type { LockReason } from '../../../shared/api/events';
import type { ProgramStatus } from '../../../shared/api/types';
import { buildHandlers, type DemoControls } from '../api/handlers';
import { backUpOnQuit } from '../backup/backup-service';
import { createRouter, type Router } from '../api/router';
import { removeProgramFiles, setUpDemoProgram } from '../demo/demo-program';
import { AppError, describeError } from '../errors';
import { ProgramSession, type SessionOptions } from './program-session';

/** Public on purpose: the demo holds invented people, and says so on every screen. */
export const DEMO_PASSPHRASE = 'demo program: invented people only';
const DEMO_SEED = 1;

export interface SwitchOptions extends SessionOptions {
  /** The demo's own folder, never the program's. */
  demoDir: string;
}

interface Program {
  session: ProgramSession;
  router: Router;
}

export class ProgramSwitch {
  private readonly own: Program;
  private demo: Program | null = null;
  private active: Program;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly controls: DemoControls = {
    open: () => this.openDemo(),
    leave: () => this.leaveDemo(),
  };

  constructor(private readonly options: SwitchOptions) {
    if (options.demoDir === options.dataDir) throw new Error('The demo needs a folder of its own');
    this.own = this.program({ ...options, demo: false });
    this.active = this.own;
  }

  handle(channel: unknown, input: unknown): Promise<Result<unknown>> {
    return this.active.router.handle(channel, input);
  }

  private program(options: SessionOptions): Program {
    const session = new ProgramSession(options);
    return { session, router: createRouter(session, buildHandlers(session, this.controls)) };
  }

  /** Switches one at a time: two quick clicks must not build two demos. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private openDemo(): Promise<ProgramStatus> {
    return this.serial(async () => {
      if (this.own.session.isUnlocked) {
        throw new AppError('VALIDATION', 'Lock the program before opening the demo, so that the two stay apart.');
      }
      const demo = (this.demo ??= this.program({ ...this.options, dataDir: this.options.demoDir, demo: true }));
      if (!demo.session.isUnlocked) await this.unlockOrBuildDemo(demo.session);
      this.active = demo;
      return demo.session.status();
    });
  }

  private async unlockOrBuildDemo(session: ProgramSession): Promise<void> {
    const { state } = await session.status();
    if (state === 'locked') {
      try {
        await session.unlock(DEMO_PASSPHRASE);
        return;
      } catch (error) {
        // A demo that no longer opens (damaged, passphrase changed) holds nothing worth keeping.
        console.warn(`[peerdesk] rebuilding the demo program: ${describeError(error)}`);
      }
    }
    if (state !== 'needs-setup') await removeProgramFiles(session.folder);
    await setUpDemoProgram(session, DEMO_PASSPHRASE, { size: 'small', seed: DEMO_SEED });
  }

  private leaveDemo(): Promise<ProgramStatus> {
    return this.serial(async () => {
      const demo = this.demo;
      this.active = this.own;
      if (demo) await demo.session.lock('switch');
      return this.own.session.status();
    });
  }

  /** Locks whichever program is open (OS lock, suspend, quit). */
  async lock(reason: LockReason): Promise<void> {
    await Promise.all([this.own.session.lock(reason), this.demo?.session.lock(reason)]);
  }

  /** Only the leader's own program is backed up: the demo holds invented people. */
  async backUpOnQuit(): Promise<void> {
    await backUpOnQuit(this.own.session);
  }

  async close(): Promise<void> {
    await Promise.all([this.own.session.close(), this.demo?.session.close()]);
  }
}
