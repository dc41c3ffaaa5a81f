// The bridge used in a browser tab served by the preview host: channel calls are POSTs to
// /api/<channel>, events come from a server-sent event stream read with fetch (EventSource
// cannot send the token header). Never used inside Electron.
import type { PeerDeskBridge } from '../../shared/api/bridge';
import type { ApiError as ApiErrorData, Result } from '../../shared/api/errors';
import type { EventName, Events } from '../../shared/api/events';
import { readEventStream } from './event-stream';

const TOKEN_HEADER = 'X-PeerDesk-Token';

function unreachable(message: string): { ok: false; error: ApiErrorData } {
  return { ok: false, error: { code: 'INTERNAL', message } };
}

type Listener = (payload: unknown) => void;

export interface PreviewClientHooks {
  /** The event stream came back after a drop: events may have been missed meanwhile. */
  onReconnect?: () => void;
}

export function createPreviewClient(token: string, hooks: PreviewClientHooks = {}): PeerDeskBridge {
  const listeners = new Map<EventName, Set<Listener>>();
  let stream: AbortController | null = null;

  function dispatch(event: string, data: string): void {
    const set = listeners.get(event as EventName);
    if (!set) return;
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      return;
    }
    for (const listener of set) listener(payload);
  }

  function startStream(): void {
    if (stream) return;
    const controller = new AbortController();
    stream = controller;
    void readEventStream({
      url: '/api/events',
      headers: { [TOKEN_HEADER]: token },
      signal: controller.signal,
      onEvent: dispatch,
      onReconnect: () => hooks.onReconnect?.(),
    });
  }

  function stopStreamIfIdle(): void {
    const active = [...listeners.values()].some((set) => set.size > 0);
    if (!active && stream) {
      stream.abort();
      stream = null;
    }
  }

  return {
    async invoke(channel, input) {
      let response: Response;
      try {
        response = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return unreachable('PeerDesk is not answering. Check that it is still running, then try again.');
      }
      try {
        return (await response.json()) as Result<never>;
      } catch {
        return unreachable(`PeerDesk gave an unreadable answer (HTTP ${response.status}).`);
      }
    },
    on<E extends EventName>(event: E, callback: (payload: Events[E]) => void) {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      const listener = callback as Listener;
      set.add(listener);
      startStream();
      return () => {
        set.delete(listener);
        stopStreamIfIdle();
      };
    },
  };
}
