// Wires the backend to the window: one ipcMain handler for calls (sender checked), and the
// push of backend events to the window's page.
import { dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { choosePathKinds, IPC_CHOOSE_PATH, IPC_EVENT_PREFIX, IPC_INVOKE } from '../../shared/api/bridge';
import type { EventName, Events } from '../../shared/api/events';
import type { Backend } from '../backend/index';
import { isTrustedSender } from './app-url';
import { invokeFromFrame, type SenderFrameInfo } from './ipc-guard';

function senderOf(event: IpcMainInvokeEvent): SenderFrameInfo | null {
  const frame = event.senderFrame;
  return frame === null ? null : { url: frame.url, isMainFrame: frame.parent === null };
}

export function handleBackendCalls(backend: Backend, currentWindow: () => BrowserWindow | null): void {
  ipcMain.handle(IPC_INVOKE, (event, channel: unknown, input: unknown) =>
    invokeFromFrame(senderOf(event), channel, input, (c, i) => backend.handle(c, i)),
  );
  // Where a backup goes or comes from: the system's chooser, for the app's own page only.
  ipcMain.handle(IPC_CHOOSE_PATH, async (event, kind: unknown) => {
    const sender = senderOf(event);
    const window = currentWindow();
    if (!sender?.isMainFrame || !isTrustedSender(sender.url) || window === null) return null;
    if (!choosePathKinds.includes(kind as (typeof choosePathKinds)[number])) return null;
    const chosen = await dialog.showOpenDialog(
      window,
      kind === 'folder'
        ? { title: 'Choose a folder', properties: ['openDirectory', 'createDirectory'] }
        : {
            title: 'Choose a PeerDesk backup',
            properties: ['openFile'],
            filters: [{ name: 'PeerDesk backups', extensions: ['pdbackup'] }],
          },
    );
    return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
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
