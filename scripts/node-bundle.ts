// The esbuild options that make a Node bundle of PeerDesk's backend: CommonJS, every package
// external but the ESM-only ones, import.meta.url kept working. Used by build-electron.ts and by the
// crash suite, which bundles its child process once instead of compiling it on every start.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions, Plugin } from 'esbuild';

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

export const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node24',
  sourcemap: true,
  logLevel: 'warning',
};

// The sources are ES modules: in the CommonJS bundle, import.meta.url becomes this file's URL, so
// that code which finds files beside a package (fonts, for instance) works in both.
export const IMPORT_META_URL = "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;";
export const nodeBundle: BuildOptions = {
  plugins: [vegaWithoutCanvas, externalPackages],
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: IMPORT_META_URL },
};
