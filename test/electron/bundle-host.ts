// Child-process host for main-bundle.test.ts: loads a bundled main.cjs under plain Node with the
// recording fake of 'electron' in place, makes the app ready, then reports what it saw as JSON.
import Module, { createRequire } from 'node:module';
import * as fake from './fake-electron';

const mainPath = process.argv[2];
if (mainPath === undefined) throw new Error('usage: bundle-host <main.cjs>');

// CommonJS resolution is the only way in: the bundle calls require('electron') itself.
const moduleApi = Module as unknown as {
  _resolveFilename: (this: unknown, request: string, ...rest: unknown[]) => string;
};
const resolveFilename = moduleApi._resolveFilename;
moduleApi._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? 'electron' : resolveFilename.call(this, request, ...rest);
};
const require = createRequire(import.meta.url);
require.cache.electron = { id: 'electron', filename: 'electron', loaded: true, exports: fake } as NodeJS.Module;

require(mainPath);
await fake.app.becomeReady();

const invoke = fake.recorded.ipcHandlers.get('peerdesk:invoke');
const serve = fake.recorded.protocolHandlers.get('app');
const status = await invoke?.(
  { senderFrame: { url: 'app://peerdesk/index.html', parent: null } },
  'program.status',
  {},
);
const page = await serve?.(new Request('app://peerdesk/index.html'));
const window = fake.BrowserWindow.created[0];

process.stdout.write(
  JSON.stringify({
    status,
    pageStatus: page?.status,
    pageCsp: page?.headers.get('content-security-policy'),
    windows: fake.BrowserWindow.created.length,
    preload: window?.options.webPreferences?.preload,
    loadedUrl: window?.loadedUrl,
  }),
);
