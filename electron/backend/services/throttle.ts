// How long a failed unlock makes the next one wait. The count lives in keyslots.json, so the
// delay survives a restart; nothing is ever wiped for failed attempts.

/** Failed attempts allowed before any delay (typos happen). */
export const FREE_ATTEMPTS = 2;
export const MAX_DELAY_MS = 15 * 60 * 1000;

/** Delay after `failures` consecutive failures: 0, 0, 2 s, 4 s, 8 s ... capped at 15 minutes. */
export function delayAfterFailures(failures: number): number {
  if (failures <= FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - FREE_ATTEMPTS));
}

/** Milliseconds until the next attempt is allowed, given the stored count and last failure time. */
export function retryAfterMs(failures: number, lastFailureAt: string | null, now: Date): number {
  if (!lastFailureAt) return 0;
  const last = Date.parse(lastFailureAt);
  if (Number.isNaN(last)) return delayAfterFailures(failures);
  // A clock set backwards must not unlock the wait early, nor extend it forever.
  const elapsed = Math.max(0, now.getTime() - last);
  return Math.max(0, delayAfterFailures(failures) - elapsed);
}
