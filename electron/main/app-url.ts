// The app's own origin (app://peerdesk) and the test for "this URL is the app's own page".
// Pure: no 'electron' import, so it is unit tested under plain Node.

export const APP_SCHEME = 'app';
export const APP_HOST = 'peerdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether a URL belongs to the app's own origin. Compares scheme and host rather than
 * `URL.origin`, because Node's URL parser gives non-special schemes an opaque ("null") origin.
 * Credentials and ports are refused: the app's own pages never carry them.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The IPC sender check: only a frame showing the app's own page may call the backend. */
export function isTrustedSender(frameUrl: string | null | undefined): boolean {
  return typeof frameUrl === 'string' && isAppUrl(frameUrl);
}

/** Navigation is allowed only within the app's own page (a reload or a fragment change). */
export function isAllowedNavigation(targetUrl: string): boolean {
  const parsed = parse(targetUrl);
  return parsed !== null && isAppUrl(targetUrl) && (parsed.pathname === '/' || parsed.pathname === '/index.html');
}

/** A file the app's own page hands over for saving (a consent form, a scan): blob:app://peerdesk/… */
export function isAppBlobUrl(url: string): boolean {
  return url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length));
}
