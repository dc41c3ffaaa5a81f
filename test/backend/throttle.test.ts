import { describe, expect, it } from 'vitest';
import { delayAfterFailures, MAX_DELAY_MS, retryAfterMs } from '../../electron/backend/services/throttle';

describe('unlock throttle', () => {
  it('allows two slips, then doubles the wait up to a cap', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(delayAfterFailures)).toEqual([0, 0, 0, 2000, 4000, 8000, 16000]);
    expect(delayAfterFailures(40)).toBe(MAX_DELAY_MS);
  });

  it('counts down from the last failure, and a clock set back does not shorten it', () => {
    const last = '2026-03-02T09:00:00.000Z';
    expect(retryAfterMs(4, last, new Date('2026-03-02T09:00:01.000Z'))).toBe(3000);
    expect(retryAfterMs(4, last, new Date('2026-03-02T09:00:05.000Z'))).toBe(0);
    expect(retryAfterMs(4, last, new Date('2026-03-02T08:00:00.000Z'))).toBe(4000);
    expect(retryAfterMs(0, null, new Date())).toBe(0);
  });
});
