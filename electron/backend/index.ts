// The backend's face to its three hosts (Electron, preview server, CLI): one router over one
// program session. Plain Node only: nothing here may import 'electron'.
import type { Result } from '../../shared/api/errors';
import type { EventName, Events, LockReason } from '../../shared/api/events';
import { createRouter } from './api/router';
import { ProgramSession } from './services/program-session';

export type HostKind = 'electron' | 'preview' | 'cli';

export interface BackendOptions {
  /** The program folder: holds peerdesk.db and keyslots.json, nothing else. */
  dataDir: string;
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
  /** Locks and stops timers; call before the process exits. */
  close(): Promise<void>;
}

export function createBackend(options: BackendOptions): Backend {
  const session = new ProgramSession(options);
  const router = createRouter(session);
  return {
    handle: (channel, input) => router.handle(channel, input),
    lock: (reason) => session.lock(reason),
    close: () => session.close(),
  };
}
