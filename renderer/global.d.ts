// The Electron preload exposes the bridge as window.peerdesk; the preview host does not.
import type { PeerDeskBridge } from '../shared/api/bridge';

declare global {
  interface Window {
    peerdesk?: PeerDeskBridge;
  }
}

export {};
