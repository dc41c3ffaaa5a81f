// The one object the UI talks through: window.peerdesk in Electron, a fetch client in preview.
import type { ChannelInput, ChannelName, ChannelOutput } from './channels';
import type { Result } from './errors';
import type { EventName, Events } from './events';

export interface PeerDeskBridge {
  invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** Subscribes to a backend event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, callback: (payload: Events[E]) => void): () => void;
}

export const IPC_INVOKE = 'peerdesk:invoke';
export const IPC_EVENT_PREFIX = 'peerdesk:event:';
