// Packs the app with electron-builder (target `dir`, Linux x64) against a stand-in Electron, and
// checks what an installer would ship: the asar's contents, the unpacked native SQLite module,
// and the fuses flipped in the executable. Runs on a staged copy of the project, so files that
// other tests create and delete in the working tree cannot race electron-builder's file walk.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUSE_DISABLED, FUSE_ENABLED, Fuse, readFuseWire, writeStandInElectron } from './stand-in-electron';

const repo = path.resolve(import.meta.dirname, '..', '..');
const bin = (name: string) => path.join(repo, 'node_modules', '.bin', name);
const NATIVE_MODULE = 'better-sqlite3-multiple-ciphers';

let work = '';
let appOutDir = '';
let asarPath = '';
let asarEntries: string[] = [];

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false', FORCE_COLOR: '0' },
  });
  if (result.status !== 0) {
    throw new Error(
      `${path.basename(command)} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result;
}

/** The production dependency tree, as npm sees it: paths relative to the repository. */
function productionPackagePaths(): string[] {
  const result = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], {
    cwd: repo,
    encoding: 'utf8',
  });
  // npm ls exits non-zero for mere warnings (extraneous packages); the list is still right.
  const paths = result.stdout
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => path.relative(repo, line.trim()))
    .filter((relative) => relative.startsWith('node_modules'));
  if (paths.length === 0) throw new Error(`npm ls listed no dependencies:\n${result.stderr}`);
  return paths;
}

/** A copy holding only what packaging reads: no sources, no tests, no dev dependencies. */
function stageProject(stage: string): void {
  mkdirSync(stage, { recursive: true });
  for (const file of ['package.json', 'package-lock.json', 'electron-builder.yml']) {
    cpSync(path.join(repo, file), path.join(stage, file));
  }
  cpSync(path.join(repo, 'resources'), path.join(stage, 'resources'), { recursive: true });

  const entries = ['main', 'preload', 'snapshot-worker'];
  if (existsSync(path.join(repo, 'electron', 'cli', 'main.ts'))) entries.push('cli');
  run(
    bin('tsx'),
    ['scripts/build-electron.ts', '--entry', entries.join(','), '--out-dir', path.join(stage, 'dist', 'electron')],
    repo,
  );
  run(bin('vite'), ['build', '--outDir', path.join(stage, 'dist', 'renderer'), '--emptyOutDir'], repo);

  const copied: string[] = [];
  for (const relative of productionPackagePaths().sort()) {
    if (copied.some((done) => relative.startsWith(`${done}${path.sep}`))) continue;
    cpSync(path.join(repo, relative), path.join(stage, relative), { recursive: true });
    copied.push(relative);
  }
}

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'peerdesk-packaging-'));
  const stage = path.join(work, 'app');
  const electronDist = path.join(work, 'electron-dist');
  const output = path.join(work, 'release');
  stageProject(stage);
  writeStandInElectron(electronDist);
  run(
    process.execPath,
    [
      path.join(repo, 'node_modules', 'electron-builder', 'cli.js'),
      '--linux',
      'dir',
      '--x64',
      '--publish',
      'never',
      '--projectDir',
      stage,
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${output}`,
    ],
    stage,
  );
  appOutDir = path.join(output, 'linux-unpacked');
  asarPath = path.join(appOutDir, 'resources', 'app.asar');
  asarEntries = existsSync(asarPath) ? listPackage(asarPath, { isPack: false }) : [];
}, 240_000);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe('the packaged app (linux x64, stand-in Electron)', () => {
  it('has the app in resources/app.asar with the bundles, the UI and package.json', () => {
    expect(existsSync(asarPath)).toBe(true);
    expect(asarEntries).toEqual(
      expect.arrayContaining([
        '/package.json',
        '/dist/electron/main.cjs',
        '/dist/electron/preload.cjs',
        '/dist/electron/snapshot-worker.cjs',
        '/dist/renderer/index.html',
      ]),
    );
    const manifest = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as {
      main: string;
    };
    expect(manifest.main).toBe('dist/electron/main.cjs');
  });

  it('leaves out sources, tests, source maps and dev dependencies', () => {
    const appFiles = asarEntries.filter((entry) => !entry.startsWith('/node_modules/'));
    expect(appFiles.filter((entry) => /\.(ts|tsx|mts|cts)$/.test(entry))).toEqual([]);
    expect(appFiles.filter((entry) => entry.endsWith('.map'))).toEqual([]);
    for (const folder of ['test', 'electron', 'renderer', 'shared', 'scripts', 'resources']) {
      expect(asarEntries.filter((entry) => entry.startsWith(`/${folder}/`))).toEqual([]);
    }
    for (const devOnly of ['electron', 'electron-builder', 'vite', 'vitest', 'react', 'esbuild']) {
      expect(asarEntries).not.toContain(`/node_modules/${devOnly}`);
    }
    expect(asarEntries).toEqual(
      expect.arrayContaining(['/node_modules/typeorm/package.json', '/node_modules/zod/package.json']),
    );
  });

  it('ships a preload that requires nothing but electron (it runs sandboxed)', () => {
    const preload = extractFile(asarPath, 'dist/electron/preload.cjs').toString('utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('unpacks the native SQLite module, with its linux-x64 binary, beside the asar', () => {
    const unpacked = path.join(appOutDir, 'resources', 'app.asar.unpacked', 'node_modules', NATIVE_MODULE);
    const binary = path.join(unpacked, 'prebuilds', 'linux-x64.node');
    expect(existsSync(binary)).toBe(true);
    expect(readFileSync(binary).subarray(0, 4)).toEqual(Buffer.from([0x7f, 0x45, 0x4c, 0x46])); // ELF
    // Other operating systems' binaries are not shipped.
    const prebuilds = readdirSync(path.join(unpacked, 'prebuilds'));
    expect(prebuilds.filter((name) => /^(darwin|win32)-/.test(name))).toEqual([]);
    // Its SQLite sources are not shipped either.
    expect(existsSync(path.join(unpacked, 'deps'))).toBe(false);
  });

  it('does not pack the native module inside the asar (only its header entry, marked unpacked)', () => {
    const entry = statFile(asarPath, `node_modules/${NATIVE_MODULE}/prebuilds/linux-x64.node`);
    expect('unpacked' in entry && entry.unpacked).toBe(true);
    const packedNative = asarEntries
      .filter((name) => name.endsWith('.node'))
      .filter((name) => {
        const stat = statFile(asarPath, name.slice(1));
        return !('unpacked' in stat && stat.unpacked);
      });
    expect(packedNative).toEqual([]);
  });

  it('flips the fuses in the executable', () => {
    const wire = readFuseWire(readFileSync(path.join(appOutDir, 'peerdesk')));
    expect(wire[Fuse.RunAsNode]).toBe(FUSE_DISABLED);
    expect(wire[Fuse.EnableCookieEncryption]).toBe(FUSE_ENABLED);
    expect(wire[Fuse.EnableNodeOptionsEnvironmentVariable]).toBe(FUSE_DISABLED);
    expect(wire[Fuse.EnableNodeCliInspectArguments]).toBe(FUSE_DISABLED);
    expect(wire[Fuse.EnableEmbeddedAsarIntegrityValidation]).toBe(FUSE_ENABLED);
    expect(wire[Fuse.OnlyLoadAppFromAsar]).toBe(FUSE_ENABLED);
    expect(wire[Fuse.GrantFileProtocolExtraPrivileges]).toBe(FUSE_DISABLED);
  });
});
