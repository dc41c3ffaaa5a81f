import { useEffect } from 'react';
import { call } from '../../api/call';

export const TOUCH_INTERVAL_MS = 30_000;

/** Tells the backend the person is active (it locks after idle time), at most every 30 s. */
export function useSessionTouch(): void {
  useEffect(() => {
    let last = Date.now();
    const onActivity = () => {
      const now = Date.now();
      if (now - last < TOUCH_INTERVAL_MS) return;
      last = now;
      // A LOCKED answer is handled by the query client; nothing else to do here.
      call('session.touch', {}).catch(() => undefined);
    };
    window.addEventListener('keydown', onActivity, { capture: true, passive: true });
    window.addEventListener('pointerdown', onActivity, { capture: true, passive: true });
    return () => {
      window.removeEventListener('keydown', onActivity, { capture: true });
      window.removeEventListener('pointerdown', onActivity, { capture: true });
    };
  }, []);
}
