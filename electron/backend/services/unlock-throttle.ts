// Failed-unlock bookkeeping: the count lives in keyslots.json, so the delay survives a restart,
// with a copy in memory as a floor, so that a key file that cannot be written (read-only, held
// by another program) never turns the throttle off. Failures not yet in the audit log wait in
// the key file until the next successful unlock.
import { AppError, messages, throttledMessage } from '../errors';
import { updateKeySlotFile, type FailedAttempt, type KeySlotFile } from '../crypto/keyslots';
import { retryAfterMs } from './throttle';

const MAX_UNRECORDED = 1000;

export class UnlockThrottle {
  private memoryCount = 0;
  private memoryLastAt: string | null = null;

  constructor(
    private readonly keyslotsFile: string,
    private readonly now: () => Date,
  ) {}

  retryAfterMs(slots: KeySlotFile): number {
    const stored = slots.failedUnlocks;
    const count = Math.max(stored.count, this.memoryCount);
    const lastAt =
      [stored.lastAt, this.memoryLastAt]
        .filter((at): at is string => at !== null)
        .sort()
        .pop() ?? null;
    return retryAfterMs(count, lastAt, this.now());
  }

  assertAllowed(slots: KeySlotFile): void {
    const wait = this.retryAfterMs(slots);
    if (wait > 0) throw new AppError('THROTTLED', throttledMessage(wait), { retryAfterMs: wait });
  }

  /** Counts one failure and throws the error for it, with the wait now in force. */
  async fail(
    method: FailedAttempt['method'],
    code: 'WRONG_PASSPHRASE' | 'WRONG_RECOVERY_KEY',
    message: string,
    field?: string,
  ): Promise<never> {
    const at = this.now().toISOString();
    this.memoryCount += 1;
    this.memoryLastAt = at;
    let slots: KeySlotFile | null = null;
    try {
      slots = await updateKeySlotFile(this.keyslotsFile, (current) => ({
        ...current,
        failedUnlocks: {
          count: current.failedUnlocks.count + 1,
          lastAt: at,
          unrecorded: [...current.failedUnlocks.unrecorded, { at, method }].slice(-MAX_UNRECORDED),
        },
      }));
    } catch (error) {
      console.error('[peerdesk] could not record a failed unlock:', error instanceof Error ? error.message : error);
    }
    const wait = slots ? this.retryAfterMs(slots) : retryAfterMs(this.memoryCount, at, this.now());
    const full = [message, slots ? null : messages.failureNotRecorded, wait > 0 ? throttledMessage(wait) : null]
      .filter(Boolean)
      .join(' ');
    throw new AppError(code, full, {
      ...(wait > 0 ? { retryAfterMs: wait } : {}),
      ...(field ? { fieldErrors: { [field]: [message] } } : {}),
    });
  }

  /** After a successful unlock the count starts again. */
  reset(): void {
    this.memoryCount = 0;
    this.memoryLastAt = null;
  }
}

export function withFailuresCleared(slots: KeySlotFile): KeySlotFile {
  return { ...slots, failedUnlocks: { count: 0, lastAt: null, unrecorded: [] } };
}
