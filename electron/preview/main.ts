// `npm run preview`: serves the built renderer against a real program folder on 127.0.0.1.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import packageJson from '../../package.json';
import { demoDirFor, resolveDataDir } from '../backend/config/data-dir';
import { startPreviewServer } from './server';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.resolve(here, '../../dist/renderer');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      'demo-dir': { type: 'string' },
      port: { type: 'string', default: '5178' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0-65535, not ${values.port}`);
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`${rendererDir}/index.html is missing: build the renderer first (npm run build:renderer)`);
  }
  const dataDir = resolveDataDir(values['data-dir']);
  const server = await startPreviewServer({
    dataDir,
    demoDir: values['demo-dir'] === undefined ? demoDirFor(dataDir) : path.resolve(values['demo-dir']),
    rendererDir,
    port,
    appVersion: packageJson.version,
  });
  process.stdout.write(`PeerDesk preview: ${server.url}\n`);
  const stop = () => {
    void server.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`peerdesk preview: ${(error as Error).message}\n`);
  process.exit(1);
});
