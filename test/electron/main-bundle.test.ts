// The bundled main process (what electron-builder ships) loads and works with the real backend:
// paths right relative to main.cjs, IPC reaching a real program folder, and no ESM-only package
// left for the CommonJS bundle to require(). Runs under plain Node with a fake 'electron'.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '..', '..');
const bin = (name: string) => path.join(repo, 'node_modules', '.bin', name);

let work = '';
let report: Record<string, unknown> = {};
let mainSource = '';

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'peerdesk-main-bundle-'));
  const outDir = path.join(work, 'dist', 'electron');
  const dataDir = path.join(work, 'program');
  const build = spawnSync(bin('tsx'), ['scripts/build-electron.ts', '--entry', 'main,preload', '--out-dir', outDir], {
    cwd: repo,
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
  mainSource = readFileSync(path.join(outDir, 'main.cjs'), 'utf8');
  mkdirSync(path.join(work, 'dist', 'renderer'), { recursive: true });
  writeFileSync(path.join(work, 'dist', 'renderer', 'index.html'), '<!doctype html><title>PeerDesk</title>');

  const host = spawnSync(
    bin('tsx'),
    [path.join(import.meta.dirname, 'bundle-host.ts'), path.join(outDir, 'main.cjs')],
    {
      cwd: repo,
      encoding: 'utf8',
      // The bundle sits outside the repository; its external packages come from the repo's.
      env: { ...process.env, NODE_PATH: path.join(repo, 'node_modules'), PEERDESK_DATA_DIR: dataDir },
      timeout: 60_000,
    },
  );
  expect(host.status, host.stderr).toBe(0);
  report = JSON.parse(host.stdout) as Record<string, unknown>;
}, 120_000);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

it('answers program.status from the real backend through the IPC handler', () => {
  expect(report.status).toMatchObject({ ok: true, value: { appVersion: '0.1.0-test' } });
});

it('serves the renderer beside the bundle, with the CSP', () => {
  expect(report.pageStatus).toBe(200);
  expect(report.pageCsp).toContain("script-src 'self'");
});

it('opens one window on the app page with the preload beside main.cjs', () => {
  expect(report.windows).toBe(1);
  expect(report.loadedUrl).toBe('app://peerdesk/index.html');
  expect(report.preload).toBe(path.join(work, 'dist', 'electron', 'preload.cjs'));
});

it('requires only CommonJS-loadable packages (ESM-only ones are inlined by the build)', () => {
  const packages = new Set(
    [...mainSource.matchAll(/require\("([^"]+)"\)/g)]
      .map((match) => match[1] ?? '')
      // Node's own modules, with or without "node:" (inlined packages such as Vega use "fs").
      .filter((name) => !isBuiltin(name) && name !== 'electron')
      .map((name) => (name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : (name.split('/')[0] ?? name))),
  );
  expect(packages.size).toBeGreaterThan(0);
  const esmOnly = [...packages].filter((name) => {
    const manifest = JSON.parse(readFileSync(path.join(repo, 'node_modules', name, 'package.json'), 'utf8')) as {
      type?: string;
      main?: string;
      exports?: unknown;
    };
    const hasRequire = JSON.stringify(manifest.exports ?? null).includes('"require"');
    return manifest.type === 'module' && !hasRequire && !(manifest.main ?? '').endsWith('.cjs');
  });
  expect(esmOnly).toEqual([]);
});
