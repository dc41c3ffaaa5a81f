// The preview host: the same router over HTTP on 127.0.0.1, open only to its own page.
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server';
import { tempDir } from '../helpers/temp-dir';

let server: PreviewServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(): Promise<{ server: PreviewServer; token: string }> {
  const root = await tempDir();
  const rendererDir = path.join(root, 'renderer');
  await fs.mkdir(rendererDir);
  await fs.writeFile(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body></body></html>',
  );
  await fs.writeFile(path.join(root, 'secret.txt'), 'outside the renderer');
  server = await startPreviewServer({ dataDir: path.join(root, 'program'), rendererDir, port: 0, appVersion: '0.0.0' });
  const html = await (await fetch(server.url)).text();
  const token = /name="peerdesk-preview-token" content="([^"]+)"/.exec(html)?.[1];
  expect(token).toBe(server.token);
  return { server, token: token! };
}

function post(url: string, body: unknown, headers: Record<string, string>) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** A raw request, so that Host and Origin can be set as a hostile page or rebinding would. */
function rawRequest(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

describe('preview host', () => {
  it('listens on 127.0.0.1 and answers the channel map with envelopes', async () => {
    const { server, token } = await start();
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    const response = await post(`${server.url}api/program.status`, {}, { 'x-peerdesk-token': token });

    await expect(response.json()).resolves.toMatchObject({ ok: true, value: { state: 'needs-setup' } });
    const invalid = await post(`${server.url}api/program.unlock`, { passphrase: 7 }, { 'x-peerdesk-token': token });
    await expect(invalid.json()).resolves.toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { passphrase: expect.any(Array) } },
    });
  });

  it('refuses calls without the per-launch token, from another origin or another host name', async () => {
    const { server, token } = await start();
    const url = `${server.url}api/program.status`;
    expect((await post(url, {}, {})).status).toBe(403);
    expect((await post(url, {}, { 'x-peerdesk-token': 'guess' })).status).toBe(403);
    expect(await rawRequest(url, { 'x-peerdesk-token': token, origin: 'https://evil.example' })).toBe(403);
    expect(await rawRequest(url, { 'x-peerdesk-token': token, host: `attacker.example:${new URL(url).port}` })).toBe(
      403,
    );
    expect(await rawRequest(url, { 'x-peerdesk-token': token, origin: server.url.replace(/\/$/, '') })).toBe(200);
    const form = await fetch(url, {
      method: 'POST',
      headers: { 'x-peerdesk-token': token, 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(form.status).toBe(415);
  });

  it("serves only files inside the renderer folder, with the app's CSP", async () => {
    const { server } = await start();
    const page = await fetch(server.url);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).not.toContain('unsafe');
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt']) {
      const response = await new Promise<number>((resolve) => {
        http.get({ host: '127.0.0.1', port: new URL(server.url).port, path: attempt }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
      });
      expect([403, 404], attempt).toContain(response);
    }
    const missing = await fetch(`${server.url}no-such-file.js`);
    expect(missing.status).toBe(404);
  });

  it('streams the locked event to the page', async () => {
    const { server, token } = await start();
    const setup = await post(
      `${server.url}api/program.setupBegin`,
      { programName: 'P', leaderName: 'L', passphrase: 'long enough phrase' },
      { 'x-peerdesk-token': token },
    );
    const begin = (await setup.json()) as { value: { recoveryKey: string } };
    await post(
      `${server.url}api/program.setupConfirm`,
      { recoveryKey: begin.value.recoveryKey },
      { 'x-peerdesk-token': token },
    );
    const controller = new AbortController();
    const events = await fetch(`${server.url}api/events`, {
      headers: { 'x-peerdesk-token': token },
      signal: controller.signal,
    });
    expect(events.headers.get('content-type')).toBe('text/event-stream');
    const reader = events.body!.getReader();
    await reader.read();
    await post(`${server.url}api/program.lock`, {}, { 'x-peerdesk-token': token });
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toBe('event: locked\ndata: {"reason":"user"}\n\n');
    controller.abort();
  });
});
