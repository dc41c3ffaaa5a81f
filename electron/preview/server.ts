// The preview host: the built renderer and POST /api/<channel> on 127.0.0.1, through the same
// router as the app, so the real UI can be driven in a browser. Development and tests only:
// never packaged. Every API call needs the per-launch token that only the served page holds.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventName, Events } from '../../shared/api/events';
import { createBackend, type Backend } from '../backend/index';
import { responseHeaders } from '../main/content-security-policy';
import { resolveRendererPath, serveRendererFile } from '../main/renderer-files';

export const TOKEN_HEADER = 'x-peerdesk-token';
// A consent scan of up to 10 MB arrives as base64 (4/3 larger) inside the JSON body.
const MAX_BODY_BYTES = 16 * 1024 * 1024;

export interface PreviewOptions {
  dataDir: string;
  /** The demo program's folder; beside dataDir unless given. */
  demoDir?: string;
  rendererDir: string;
  port: number;
  appVersion: string;
}

export interface PreviewServer {
  url: string;
  token: string;
  backend: Backend;
  close(): Promise<void>;
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, responseHeaders('application/json; charset=utf-8'));
  res.end(JSON.stringify(value));
}

async function readBody(req: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  const token = randomBytes(32).toString('base64url');
  const listeners = new Set<(event: EventName, payload: unknown) => void>();
  const backend = createBackend({
    dataDir: options.dataDir,
    ...(options.demoDir === undefined ? {} : { demoDir: options.demoDir }),
    appVersion: options.appVersion,
    host: 'preview',
    emit: <E extends EventName>(event: E, payload: Events[E]) =>
      listeners.forEach((listener) => listener(event, payload)),
  });
  let origin = '';

  // Another site in the person's browser must not reach this server: only our own Host and
  // Origin pass (DNS rebinding, cross-site form posts), and JSON content forces a preflight.
  const fromOwnPage = (req: http.IncomingMessage): boolean => {
    const host = req.headers.host;
    if (host !== new URL(origin).host) return false;
    const requestOrigin = req.headers.origin;
    return requestOrigin === undefined || requestOrigin === origin;
  };

  const handleApi = async (req: http.IncomingMessage, res: http.ServerResponse, channel: string) => {
    if (!fromOwnPage(req) || !sameToken(req.headers[TOKEN_HEADER], token)) {
      return sendJson(res, 403, {
        ok: false,
        error: { code: 'FORBIDDEN', message: 'This request did not come from the PeerDesk page.' },
      });
    }
    if (channel === 'events' && req.method === 'GET') return streamEvents(req, res);
    if (req.method !== 'POST')
      return sendJson(res, 405, { ok: false, error: { code: 'FORBIDDEN', message: 'Use POST.' } });
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(res, 415, { ok: false, error: { code: 'VALIDATION', message: 'Send JSON.' } });
    }
    const body = await readBody(req);
    if (body === null)
      return sendJson(res, 413, { ok: false, error: { code: 'VALIDATION', message: 'The request is too large.' } });
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return sendJson(res, 400, {
        ok: false,
        error: { code: 'VALIDATION', message: 'The request body is not valid JSON.' },
      });
    }
    sendJson(res, 200, await backend.handle(channel, input));
  };

  const streamEvents = (req: http.IncomingMessage, res: http.ServerResponse) => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    const listener = (event: EventName, payload: unknown) =>
      res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    listeners.add(listener);
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    req.on('close', () => {
      clearInterval(heartbeat);
      listeners.delete(listener);
    });
  };

  // The same files and guard as the app:// protocol; the page alone receives the token.
  const handlePage = async (req: http.IncomingMessage, res: http.ServerResponse, pathname: string) => {
    // A rebound host name must not even read the page that carries the token.
    if (!fromOwnPage(req))
      return sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: 'Wrong host.' } });
    const file = await serveRendererFile(req.method ?? 'GET', () => resolveRendererPath(options.rendererDir, pathname));
    let body = file.body === null ? '' : Buffer.from(file.body);
    if (file.status === 200 && file.headers['Content-Type']?.startsWith('text/html')) {
      body = body
        .toString('utf8')
        .replace('</head>', `<meta name="peerdesk-preview-token" content="${token}" />\n</head>`);
    }
    res.writeHead(file.status, file.headers);
    res.end(body);
  };

  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const api = /^\/api\/([^/]+)$/.exec(pathname);
    const work = api ? handleApi(req, res, api[1]) : handlePage(req, res, pathname);
    work.catch((error: unknown) => {
      console.error('[peerdesk preview] request failed:', error);
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'The preview server failed.' } });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/`,
    token,
    backend,
    async close() {
      await backend.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
