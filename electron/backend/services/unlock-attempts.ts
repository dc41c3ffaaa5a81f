// Failed-unlock bookkeeping in keyslots.json: the throttle's memory across restarts, and the
// record of failures that the audit log receives at the next successful unlock.
import { AppError, throttledMessage } from '../errors';
import { readKeySlotFile, writeKeySlotFile, type FailedAttempt, type KeySlotFile } from '../crypto/keyslots';
import { retryAfterMs } from './throttle';

const MAX_UNRECORDED = 1000;

export function currentRetryAfterMs(slots: KeySlotFile, now: Date): number {
  return retryAfterMs(slots.failedUnlocks.count, slots.failedUnlocks.lastAt, now);
}

export function assertNotThrottled(slots: KeySlotFile, now: Date): void {
  const wait = currentRetryAfterMs(slots, now);
  if (wait > 0) throw new AppError('THROTTLED', throttledMessage(wait), { retryAfterMs: wait });
}

/** Counts one failure; returns the wait now in force for the next attempt. */
export async function recordFailedUnlock(
  keyslotsFile: string,
  method: FailedAttempt['method'],
  now: Date,
): Promise<number> {
  // Re-read so that a slot rewritten meanwhile is never overwritten with an old copy.
  const slots = await readKeySlotFile(keyslotsFile);
  const at = now.toISOString();
  const unrecorded = [...slots.failedUnlocks.unrecorded, { at, method }].slice(-MAX_UNRECORDED);
  const updated: KeySlotFile = {
    ...slots,
    failedUnlocks: { count: slots.failedUnlocks.count + 1, lastAt: at, unrecorded },
  };
  await writeKeySlotFile(keyslotsFile, updated);
  return currentRetryAfterMs(updated, now);
}

/** After a successful unlock: the count starts again and the failures go to the audit log. */
export function withFailuresCleared(slots: KeySlotFile): KeySlotFile {
  return { ...slots, failedUnlocks: { count: 0, lastAt: null, unrecorded: [] } };
}
