// The one object the UI talks through: window.peerdesk in Electron, a fetch client in preview.
import type { ChannelInput, ChannelName, ChannelOutput } from './channels';
import type { Result } from './errors';
import type { EventName, Events } from './events';

export interface PeerDeskBridge {
  invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** Subscribes to a backend event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, callback: (payload: Events[E]) => void): () => void;
  /**
   * The system's own folder or file chooser (Electron only). The preview has none: the UI then
   * asks for the path as text. Returns null when the person cancels.
   */
  choosePath?: (kind: (typeof choosePathKinds)[number]) => Promise<string | null>;
}

export const IPC_INVOKE = 'peerdesk:invoke';
export const IPC_EVENT_PREFIX = 'peerdesk:event:';
export const IPC_CHOOSE_PATH = 'peerdesk:choose-path';
export const choosePathKinds = ['folder', 'backup-file'] as const;
