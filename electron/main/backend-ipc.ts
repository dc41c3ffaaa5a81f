// Wires the backend to the window: one ipcMain handler for calls (sender checked), and the
// push of backend events to the window's page.
import { ipcMain, type BrowserWindow } from 'electron';
import { IPC_EVENT_PREFIX, IPC_INVOKE } from '../../shared/api/bridge';
import type { EventName, Events } from '../../shared/api/events';
import type { Backend } from '../backend/index';
import { invokeFromFrame } from './ipc-guard';

export function handleBackendCalls(backend: Backend): void {
  ipcMain.handle(IPC_INVOKE, (event, channel: unknown, input: unknown) => {
    const frame = event.senderFrame;
    const sender = frame === null ? null : { url: frame.url, isMainFrame: frame.parent === null };
    return invokeFromFrame(sender, channel, input, (c, i) => backend.handle(c, i));
  });
}

/** Returns the backend's `emit`: it reaches whichever window is open, or nobody. */
export function eventSender(
  currentWindow: () => BrowserWindow | null,
): <E extends EventName>(event: E, payload: Events[E]) => void {
  return (event, payload) => {
    const window = currentWindow();
    if (window === null || window.isDestroyed()) return;
    window.webContents.send(`${IPC_EVENT_PREFIX}${event}`, payload);
  };
}
