// The backend's face to its window hosts (Electron, preview server): the router of the program
// on show, the leader's own or the demo. Plain Node only: nothing here may import 'electron'.
import type { Result } from '../../shared/api/errors';
import type { EventName, Events, LockReason } from '../../shared/api/events';
import { demoDirFor } from './config/data-dir';
import { ProgramSwitch } from './services/program-switch';

export type HostKind = 'electron' | 'preview' | 'cli';

export interface BackendOptions {
  /** The program folder: holds peerdesk.db, keyslots.json and the list of backup folders. */
  dataDir: string;
  /** The demo program's own folder ("Explore a demo program"); see demoDirFor. */
  demoDir?: string;
  appVersion: string;
  host: HostKind;
  /** Called when the backend pushes an event to the UI. */
  emit?: <E extends EventName>(event: E, payload: Events[E]) => void;
}

export interface Backend {
  /** Validates and runs one channel call; never throws. */
  handle(channel: unknown, input: unknown): Promise<Result<unknown>>;
  /** Locks now (OS lock, suspend, quit): closes the database and drops the key. */
  lock(reason: LockReason): Promise<void>;
  /** The backup on quit, when the open program asks for one (Settings, Backups). */
  backUpOnQuit(): Promise<void>;
  /** Locks and stops timers; call before the process exits. */
  close(): Promise<void>;
}

export function createBackend(options: BackendOptions): Backend {
  const programs = new ProgramSwitch({ ...options, demoDir: options.demoDir ?? demoDirFor(options.dataDir) });
  return {
    handle: (channel, input) => programs.handle(channel, input),
    lock: (reason) => programs.lock(reason),
    backUpOnQuit: () => programs.backUpOnQuit(),
    close: () => programs.close(),
  };
}
