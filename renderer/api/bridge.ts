// Chooses how the UI reaches the backend: the Electron preload's window.peerdesk when present,
// otherwise the preview host's HTTP client with the token the served page carries.
import type { PeerDeskBridge } from '../../shared/api/bridge';
import { createPreviewClient } from './preview-client';

const reconnectListeners = new Set<() => void>();
let bridge: PeerDeskBridge | null = null;

function previewToken(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="peerdesk-preview-token"]');
  return meta?.content ?? '';
}

export function getBridge(): PeerDeskBridge {
  bridge ??=
    window.peerdesk ??
    createPreviewClient(previewToken(), {
      onReconnect: () => reconnectListeners.forEach((listener) => listener()),
    });
  return bridge;
}

/** Subscribes to "events may have been missed" (the preview event stream reconnected). */
export function onBridgeReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}
