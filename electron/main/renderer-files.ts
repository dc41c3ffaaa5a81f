// Maps app://peerdesk/<path> requests onto the built renderer folder, refusing anything that
// would leave it. Pure (node:fs and node:path only, no 'electron'), so it is unit tested.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isAppUrl } from './app-url';
import { responseHeaders } from './content-security-policy';
import { mimeTypeFor } from './mime-types';

export type RendererFileLookup = { kind: 'file'; filePath: string } | { kind: 'forbidden' };

/**
 * Resolves a request URL to a file under `root`, or says why not. The resolved path must stay
 * strictly inside the root: `..` segments (also percent-encoded), backslashes, NUL bytes and
 * other hosts are refused before the file system is touched.
 */
export function lookupRendererFile(root: string, requestUrl: string): RendererFileLookup {
  if (!isAppUrl(requestUrl)) return { kind: 'forbidden' };
  return resolveRendererPath(root, new URL(requestUrl).pathname);
}

/** The path guard itself, shared with the preview host, which serves the same files over HTTP. */
export function resolveRendererPath(root: string, pathname: string): RendererFileLookup {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'forbidden' };
  }
  // Backslashes are separators on Windows; the build never produces them, so refuse everywhere
  // rather than let one platform resolve what another would not.
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'forbidden' };
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const resolvedRoot = path.resolve(root);
  const filePath = path.resolve(resolvedRoot, relative);
  const fromRoot = path.relative(resolvedRoot, filePath);
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${path.sep}`) || path.isAbsolute(fromRoot)) {
    return { kind: 'forbidden' };
  }
  return { kind: 'file', filePath };
}

export interface RendererResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

function textResponse(status: number, text: string): RendererResponse {
  return {
    status,
    headers: responseHeaders('text/plain; charset=utf-8'),
    body: new TextEncoder().encode(text),
  };
}

/** Answers one request for the renderer's files; the Electron protocol handler wraps this. */
export function serveRendererRequest(root: string, method: string, requestUrl: string): Promise<RendererResponse> {
  return serveRendererFile(method, () => lookupRendererFile(root, requestUrl));
}

/** Reads a looked-up file into a response; the preview host serves the same files this way. */
export async function serveRendererFile(method: string, lookup: () => RendererFileLookup): Promise<RendererResponse> {
  if (method !== 'GET' && method !== 'HEAD') return textResponse(405, 'Method not allowed');
  const found = lookup();
  if (found.kind === 'forbidden') return textResponse(403, 'Forbidden');
  try {
    const info = await stat(found.filePath);
    if (!info.isFile()) return textResponse(404, 'Not found');
    const body = method === 'HEAD' ? null : new Uint8Array(await readFile(found.filePath));
    return { status: 200, headers: responseHeaders(mimeTypeFor(found.filePath)), body };
  } catch {
    return textResponse(404, 'Not found');
  }
}
