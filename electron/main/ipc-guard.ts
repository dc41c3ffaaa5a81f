// The gate in front of the backend for IPC: only the app's own top-level page may call it.
// Pure (no 'electron'): the Electron handler passes in what it knows about the sender frame.
import type { Result } from '../../shared/api/errors';
import { isTrustedSender } from './app-url';

export interface SenderFrameInfo {
  /** The frame's current URL; null when the frame is gone. */
  url: string | null;
  /** Subframes are refused even on the app's origin: the app never embeds itself. */
  isMainFrame: boolean;
}

export const forbiddenResult: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This call did not come from the PeerDesk window.' },
};

export const internalErrorResult: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Something went wrong inside PeerDesk.' },
};

export async function invokeFromFrame(
  sender: SenderFrameInfo | null,
  channel: unknown,
  input: unknown,
  handle: (channel: unknown, input: unknown) => Promise<Result<unknown>>,
): Promise<Result<unknown>> {
  if (sender === null || !sender.isMainFrame || !isTrustedSender(sender.url)) {
    return forbiddenResult;
  }
  try {
    return await handle(channel, input);
  } catch (error) {
    // The backend promises never to throw; if it does, the UI still gets an envelope.
    console.error('PeerDesk backend threw on', channel, error);
    return internalErrorResult;
  }
}
