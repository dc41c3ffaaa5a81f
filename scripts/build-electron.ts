// Bundles the Node side into dist/electron: the main process, the sandboxed preload and the CLI.
// Run with `tsx scripts/build-electron.ts`. Options: `--entry main,preload` builds only those
// named; `--out-dir DIR` writes elsewhere than dist/electron (the packaging test stages a copy).
import { chmodSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { common, IMPORT_META_URL, nodeBundle } from './node-bundle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Entry {
  name: 'main' | 'preload' | 'cli' | 'snapshot-worker';
  source: string;
  options: BuildOptions;
}

const entries: Entry[] = [
  { name: 'main', source: 'electron/main/index.ts', options: nodeBundle },
  {
    name: 'preload',
    source: 'electron/preload/index.ts',
    // A sandboxed preload can require nothing but 'electron'; everything else is inlined.
    options: { external: ['electron'] },
  },
  // The worker thread of backups and restores, started from beside main.cjs and cli.cjs.
  { name: 'snapshot-worker', source: 'electron/backend/backup/snapshot-worker.ts', options: nodeBundle },
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
