// The app:// scheme: its privileges (registered before ready) and the handler that serves the
// built renderer from inside the app bundle, so the UI never runs from file:// or a server.
import { protocol } from 'electron';
import { APP_SCHEME } from './app-url';
import { serveRendererRequest } from './renderer-files';

/** Must run before the app's 'ready' event; Chromium reads scheme privileges at startup. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: real origins and relative URLs; secure: a secure context like https.
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    },
  ]);
}

export function serveRendererFiles(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const { status, headers, body } = await serveRendererRequest(rendererRoot, request.method, request.url);
    // Response wants an ArrayBuffer-backed view; copy into one the type system can vouch for.
    return new Response(body === null ? null : new Uint8Array(body), { status, headers });
  });
}
