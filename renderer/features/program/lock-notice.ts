// Why the program last locked itself, so the unlock screen can say so. Kept outside the query
// cache because locking empties that cache.
import { useSyncExternalStore } from 'react';
import type { LockReason } from '../../../shared/api/events';

let reason: LockReason | null = null;
const listeners = new Set<() => void>();

export function setLockReason(next: LockReason | null): void {
  reason = next;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLockReason(): LockReason | null {
  return useSyncExternalStore(subscribe, () => reason);
}

const notices: Partial<Record<LockReason, string>> = {
  idle: 'PeerDesk locked itself because nobody had used it for a while.',
  'os-lock': 'PeerDesk locked itself because the computer was locked.',
  suspend: 'PeerDesk locked itself because the computer went to sleep.',
};

export function lockNotice(lockReason: LockReason | null): string | null {
  return lockReason ? (notices[lockReason] ?? null) : null;
}
