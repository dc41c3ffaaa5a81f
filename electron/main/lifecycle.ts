// When the program locks or closes because of the operating system: OS lock, suspend, shutdown,
// and quitting the app. The backend's own idle timer covers the rest.
import { app, powerMonitor, type BrowserWindow } from 'electron';
import type { LockReason } from '../../shared/api/events';
import type { Backend } from '../backend/index';

/** Quitting must not hang forever on a stuck close; the OS will free memory either way. */
const CLOSE_TIMEOUT_MS = 5_000;
/**
 * The backup on quit gets longer: a large program to a slow stick takes a while. Cut off, it
 * leaves only a temporary file, never a half-written backup under its final name.
 */
const BACKUP_ON_QUIT_TIMEOUT_MS = 180_000;

function within(ms: number, task: Promise<void>): Promise<void> {
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
  return Promise.race([task, timeout]);
}

function lockNow(backend: Backend, reason: LockReason): void {
  backend.lock(reason).catch((error: unknown) => console.error('PeerDesk could not lock', error));
}

/** How often Linux is asked whether the screen is locked: it sends no 'lock-screen' event. */
const LINUX_LOCK_POLL_MS = 5_000;

/** Call after ready: powerMonitor is not available before. */
export function lockOnSystemEvents(backend: Backend): void {
  powerMonitor.on('lock-screen', () => lockNow(backend, 'os-lock'));
  if (process.platform === 'linux') {
    let wasLocked = false;
    setInterval(() => {
      const locked = powerMonitor.getSystemIdleState(1) === 'locked';
      if (locked && !wasLocked) lockNow(backend, 'os-lock');
      wasLocked = locked;
    }, LINUX_LOCK_POLL_MS).unref();
  }
  powerMonitor.on('suspend', () => lockNow(backend, 'suspend'));
  // Linux and macOS; 'before-quit' is not emitted when the system shuts the app down.
  powerMonitor.on('shutdown', () => lockNow(backend, 'shutdown'));
}

/** Windows' counterpart of powerMonitor 'shutdown': the session is ending (log off, shutdown). */
export function lockOnSessionEnd(window: BrowserWindow, backend: Backend): void {
  window.on('session-end', () => lockNow(backend, 'shutdown'));
}

/** Holds the first quit until the backend has backed up (when asked to), locked and closed. */
export function closeBackendBeforeQuit(backend: Backend): void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    within(BACKUP_ON_QUIT_TIMEOUT_MS, backend.backUpOnQuit())
      .then(() => within(CLOSE_TIMEOUT_MS, backend.close()))
      .catch((error: unknown) => console.error('PeerDesk could not close cleanly', error))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}
