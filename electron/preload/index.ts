// The preload: exposes window.peerdesk = { invoke, on, choosePath } and nothing else. It runs sandboxed, so
// the bundle may require only 'electron'; imports from shared/ must be constants or types.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHOOSE_PATH, IPC_EVENT_PREFIX, IPC_INVOKE, type PeerDeskBridge } from '../../shared/api/bridge';
import { eventNames } from '../../shared/api/events';

const bridge = {
  invoke: (channel, input) => ipcRenderer.invoke(IPC_INVOKE, channel, input),
  // The system's own chooser: the person picks the folder or file, the page only gets its path.
  choosePath: (kind) => ipcRenderer.invoke(IPC_CHOOSE_PATH, kind) as Promise<string | null>,
  on: (event, callback) => {
    // Only the backend's declared events: the page must not be able to listen on any other
    // IPC channel by passing a crafted name.
    if (!eventNames.includes(event)) {
      throw new TypeError(`Unknown PeerDesk event: ${String(event)}`);
    }
    const ipcChannel = `${IPC_EVENT_PREFIX}${event}`;
    // The IpcRendererEvent is dropped: it carries `sender`, which must not reach the page.
    const listener = (_event: IpcRendererEvent, payload: Parameters<typeof callback>[0]) => callback(payload);
    ipcRenderer.on(ipcChannel, listener);
    return () => {
      ipcRenderer.removeListener(ipcChannel, listener);
    };
  },
} satisfies PeerDeskBridge;

contextBridge.exposeInMainWorld('peerdesk', bridge);
