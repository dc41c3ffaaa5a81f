// The Content-Security-Policy and the other headers every app:// response carries.
// Pure, so the exact policy is pinned by a unit test.

/**
 * No inline script, no eval, nothing from another origin: the renderer holds decrypted health
 * records, so an injected script must have nowhere to load from and nowhere to send to.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function responseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // Files come from the app bundle, which changes only with the app; no cache to go stale.
    'Cache-Control': 'no-store',
  };
}
