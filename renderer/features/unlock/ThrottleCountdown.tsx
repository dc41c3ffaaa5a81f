// Always in the page so screen readers follow it; it says something only while throttled.
export function ThrottleCountdown({ secondsLeft }: { secondsLeft: number }) {
  return (
    <p
      className={secondsLeft > 0 ? 'countdown' : 'visually-hidden'}
      role="status"
      aria-live="polite"
      aria-atomic="true"
    >
      {secondsLeft > 0
        ? `Too many attempts. Try again in ${secondsLeft} ${secondsLeft === 1 ? 'second' : 'seconds'}.`
        : ''}
    </p>
  );
}
