// The shell's pure security rules: which URLs are the app's own, the renderer file server's
// traversal guard, content types and CSP, the IPC sender gate, and the command line.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_INDEX_URL, isAllowedNavigation, isAppUrl, isTrustedSender } from '../../electron/main/app-url';
import { readOption } from '../../electron/main/command-line';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/content-security-policy';
import { invokeFromFrame } from '../../electron/main/ipc-guard';
import { FALLBACK_MIME_TYPE, mimeTypeFor } from '../../electron/main/mime-types';
import { lookupRendererFile, serveRendererRequest } from '../../electron/main/renderer-files';

describe('app URLs', () => {
  it.each(['app://peerdesk/index.html', 'app://peerdesk/', 'app://peerdesk/assets/index-abc.js'])(
    '%s is the app',
    (url) => {
      expect(isAppUrl(url)).toBe(true);
    },
  );

  it.each([
    'https://peerdesk/index.html',
    'file:///index.html',
    'app://peerdesk.evil.example/index.html',
    'app://evil/index.html',
    'app://user:pw@peerdesk/index.html',
    'app://peerdesk:8080/index.html',
    'http://127.0.0.1:5173/',
    'about:blank',
    'not a url',
    '',
  ])('%s is not the app', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('trusts only a sender showing the app', () => {
    expect(isTrustedSender(APP_INDEX_URL)).toBe(true);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender('https://example.com/')).toBe(false);
  });

  it('allows navigation only to the app page itself', () => {
    expect(isAllowedNavigation('app://peerdesk/index.html')).toBe(true);
    expect(isAllowedNavigation('app://peerdesk/index.html#/settings')).toBe(true);
    expect(isAllowedNavigation('app://peerdesk/')).toBe(true);
    expect(isAllowedNavigation('app://peerdesk/assets/index.js')).toBe(false);
    expect(isAllowedNavigation('https://example.com/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)')).toBe(false);
  });
});

describe('renderer files', () => {
  let root = '';

  beforeAll(() => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'peerdesk-renderer-'));
    root = path.join(parent, 'renderer');
    mkdirSync(path.join(root, 'assets'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>PeerDesk</title>');
    writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    // A secret beside the root, which no request may reach.
    writeFileSync(path.join(parent, 'secret.txt'), 'secret');
  });

  afterAll(() => rmSync(path.dirname(root), { recursive: true, force: true }));

  it('maps the root and plain paths inside the folder', () => {
    expect(lookupRendererFile(root, 'app://peerdesk/')).toEqual({
      kind: 'file',
      filePath: path.join(root, 'index.html'),
    });
    expect(lookupRendererFile(root, 'app://peerdesk/assets/app.js?v=1#x')).toEqual({
      kind: 'file',
      filePath: path.join(root, 'assets', 'app.js'),
    });
  });

  it.each([
    'app://peerdesk/..%2fsecret.txt',
    'app://peerdesk/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://peerdesk/assets/..%2f..%2fsecret.txt',
    'app://peerdesk/%2e%2e%2fsecret.txt',
    'app://peerdesk/..%5csecret.txt',
    'app://peerdesk/assets%5c..%5c..%5csecret.txt',
    'app://peerdesk/index.html%00.js',
    'app://peerdesk/%E0%A4%A',
    'app://other/index.html',
    'https://peerdesk/index.html',
  ])('refuses %s', (url) => {
    expect(lookupRendererFile(root, url)).toEqual({ kind: 'forbidden' });
  });

  it('normalises literal dot segments away before they can climb out', () => {
    // The URL parser resolves these, so they land inside the root (and then 404).
    const lookup = lookupRendererFile(root, 'app://peerdesk/../../etc/passwd');
    expect(lookup).toEqual({ kind: 'file', filePath: path.join(root, 'etc', 'passwd') });
  });

  it('serves a file with its type and the CSP', async () => {
    const response = await serveRendererRequest(root, 'GET', 'app://peerdesk/index.html');
    expect(response.status).toBe(200);
    expect(response.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(new TextDecoder().decode(response.body ?? new Uint8Array())).toContain('PeerDesk');
  });

  it('answers 404 for unknown paths and folders, 403 for escapes, 405 for writes', async () => {
    const status = async (url: string, method = 'GET') => (await serveRendererRequest(root, method, url)).status;
    expect(await status('app://peerdesk/nope.js')).toBe(404);
    expect(await status('app://peerdesk/assets')).toBe(404);
    expect(await status('app://peerdesk/../../etc/passwd')).toBe(404);
    expect(await status('app://peerdesk/..%2fsecret.txt')).toBe(403);
    expect(await status('app://peerdesk/index.html', 'POST')).toBe(405);
  });

  it('keeps the CSP on error responses and sends no body for HEAD', async () => {
    const refused = await serveRendererRequest(root, 'GET', 'app://peerdesk/..%2fsecret.txt');
    expect(refused.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(new TextDecoder().decode(refused.body ?? new Uint8Array())).not.toContain('secret');
    const head = await serveRendererRequest(root, 'HEAD', 'app://peerdesk/index.html');
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
  });
});

describe('content types and CSP', () => {
  it('knows what a Vite build contains', () => {
    expect(mimeTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('/x/a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/x/a.unknown')).toBe(FALLBACK_MIME_TYPE);
    expect(mimeTypeFor('/x/Makefile')).toBe(FALLBACK_MIME_TYPE);
  });

  it('is the strict policy, with no unsafe sources', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*/);
  });
});

describe('IPC sender gate', () => {
  const ok = { ok: true as const, value: 'status' };

  it('passes calls from the app page to the backend', async () => {
    const handle = vi.fn(async () => ok);
    const result = await invokeFromFrame({ url: APP_INDEX_URL, isMainFrame: true }, 'program.status', {}, handle);
    expect(result).toEqual(ok);
    expect(handle).toHaveBeenCalledWith('program.status', {});
  });

  it.each([
    ['a foreign page', { url: 'https://example.com/', isMainFrame: true }],
    ['a subframe', { url: APP_INDEX_URL, isMainFrame: false }],
    ['a destroyed frame', { url: null, isMainFrame: true }],
    ['no frame', null],
  ])('refuses %s with FORBIDDEN and never reaches the backend', async (_name, sender) => {
    const handle = vi.fn(async () => ok);
    const result = await invokeFromFrame(sender, 'program.status', {}, handle);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(handle).not.toHaveBeenCalled();
  });

  it('turns a throwing backend into an INTERNAL envelope', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await invokeFromFrame({ url: APP_INDEX_URL, isMainFrame: true }, 'program.status', {}, async () => {
      throw new Error('boom');
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describe('command line', () => {
  it('reads --name=value and --name value, the last one winning', () => {
    expect(readOption(['electron', '.', '--data-dir=/a'], '--data-dir')).toBe('/a');
    expect(readOption(['electron', '.', '--data-dir', '/b'], '--data-dir')).toBe('/b');
    expect(readOption(['x', '--data-dir', '/a', '--data-dir=/c'], '--data-dir')).toBe('/c');
  });

  it('ignores a missing or empty value and an option in its place', () => {
    expect(readOption(['x'], '--data-dir')).toBeUndefined();
    expect(readOption(['x', '--data-dir'], '--data-dir')).toBeUndefined();
    expect(readOption(['x', '--data-dir='], '--data-dir')).toBeUndefined();
    expect(readOption(['x', '--data-dir', '--inspect'], '--data-dir')).toBeUndefined();
    expect(readOption(['x', '--data-directory=/a'], '--data-dir')).toBeUndefined();
  });
});
