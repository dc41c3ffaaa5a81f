// Bundles the Node side into dist/electron: the main process, the sandboxed preload and the CLI.
// Run with `tsx scripts/build-electron.ts`. Options: `--entry main,preload` builds only those
// named; `--out-dir DIR` writes elsewhere than dist/electron (the packaging test stages a copy).
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Plugin } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface PackageManifest {
  type?: string;
  main?: string;
  exports?: unknown;
}

function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function findManifest(name: string, fromDir: string): PackageManifest | null {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name, 'package.json');
    if (existsSync(candidate)) return JSON.parse(readFileSync(candidate, 'utf8')) as PackageManifest;
    if (path.dirname(dir) === dir) return null;
  }
}

/** ESM-only: "type": "module" and no CommonJS entry ("require" condition or a .cjs main). */
function isEsmOnly(manifest: PackageManifest): boolean {
  if (manifest.type !== 'module') return false;
  const exportsText = JSON.stringify(manifest.exports ?? null);
  return !exportsText.includes('"require"') && !(manifest.main ?? '').endsWith('.cjs');
}

/**
 * Like esbuild's `packages: 'external'`, except for ESM-only packages: the bundle is CommonJS
 * and would have to require() them, which Electron's Node does not promise to support. Those
 * (pure JavaScript, e.g. @scure/base) are inlined; everything else, above all the native
 * SQLite module, stays external and is packed by electron-builder from node_modules.
 */
const externalPackages: Plugin = {
  name: 'external-packages-except-esm-only',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, (args) => {
      if (path.isAbsolute(args.path)) return undefined;
      const manifest = findManifest(packageNameOf(args.path), args.resolveDir || root);
      if (manifest !== null && isEsmOnly(manifest)) return undefined;
      return { path: args.path, external: true };
    });
  },
};

/**
 * vega-canvas's Node build tries `await import('canvas')` at its top level, which a CommonJS
 * bundle cannot hold. Reports draw their charts as SVG with no canvas (the optional `canvas`
 * package is not installed, so the Node build finds none either): its browser build, which
 * finds no DOM in Node, behaves the same.
 */
const vegaWithoutCanvas: Plugin = {
  name: 'vega-canvas-without-node-canvas',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^vega-canvas$/ }, () => ({
      path: path.join(root, 'node_modules/vega-canvas/build/vega-canvas.browser.js'),
    }));
  },
};

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node24',
  sourcemap: true,
  logLevel: 'warning',
};

interface Entry {
  name: 'main' | 'preload' | 'cli';
  source: string;
  options: BuildOptions;
}

// The sources are ES modules: in the CommonJS bundle, import.meta.url becomes this file's URL, so
// that code which finds files beside a package (fonts, for instance) works in both.
const IMPORT_META_URL = "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;";
const nodeBundle: BuildOptions = {
  plugins: [vegaWithoutCanvas, externalPackages],
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: IMPORT_META_URL },
};

const entries: Entry[] = [
  { name: 'main', source: 'electron/main/index.ts', options: nodeBundle },
  {
    name: 'preload',
    source: 'electron/preload/index.ts',
    // A sandboxed preload can require nothing but 'electron'; everything else is inlined.
    options: { external: ['electron'] },
  },
  {
    name: 'cli',
    source: 'electron/cli/main.ts',
    options: { ...nodeBundle, banner: { js: `#!/usr/bin/env node\n${IMPORT_META_URL}` } },
  },
];

function optionValues(argv: readonly string[], name: string): string[] {
  return argv.flatMap((arg, i) => (argv[i - 1] === name ? [arg] : []));
}

function selectedEntries(argv: readonly string[]): Entry[] {
  const names = optionValues(argv, '--entry').flatMap((value) => value.split(','));
  const unknown = names.filter((name) => !entries.some((entry) => entry.name === name));
  if (unknown.length > 0) throw new Error(`build-electron: unknown entry ${unknown.join(', ')}`);
  return names.length === 0 ? entries : entries.filter((entry) => names.includes(entry.name));
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const outDir = path.resolve(optionValues(argv, '--out-dir').at(-1) ?? path.join(root, 'dist', 'electron'));
  for (const entry of selectedEntries(argv)) {
    const source = path.join(root, entry.source);
    if (!existsSync(source)) throw new Error(`build-electron: ${entry.source} does not exist`);
    const outfile = path.join(outDir, `${entry.name}.cjs`);
    await build({ ...common, ...entry.options, entryPoints: [source], outfile });
    // The CLI is the package's `bin`: runnable straight from a terminal.
    if (entry.name === 'cli') chmodSync(outfile, 0o755);
    console.log(`built ${path.relative(root, outfile)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
