// The Electron entry: one instance, one locked-down window, the backend behind IPC.
// Bundled to dist/electron/main.cjs; paths below are relative to that file.
import path from 'node:path';
import { app, type BrowserWindow, Menu, session } from 'electron';
import { createBackend } from '../backend/index';
import { defaultProgramDir, demoDirFor, resolveDataDir } from '../backend/config/data-dir';
import { registerAppSchemePrivileges, serveRendererFiles } from './app-protocol';
import { buildAppMenu } from './app-menu';
import { eventSender, handleBackendCalls } from './backend-ipc';
import { readOption } from './command-line';
import { closeBackendBeforeQuit, lockOnSessionEnd, lockOnSystemEvents } from './lifecycle';
import { createMainWindow } from './main-window';
import { denyAllPermissions, guardAllWebContents, guardDownloads } from './web-contents-guards';

// The bundle is CommonJS, so __dirname is the folder of main.cjs (dist/electron).
const rendererRoot = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

// A packaged app refuses the switches that would open it to a debugger: the fuses cover
// Node's, this covers Chromium's.
if (
  app.isPackaged &&
  ['remote-debugging-port', 'remote-debugging-pipe', 'inspect', 'inspect-brk'].some((s) => app.commandLine.hasSwitch(s))
) {
  app.exit(1);
}

// --profile-dir moves Chromium's own profile (and with it the single-instance lock), so that
// tests can run several isolated instances side by side. Development and tests only: in a
// packaged app two instances must never share one program folder.
const profileDir = app.isPackaged ? undefined : readOption(process.argv, '--profile-dir');
if (profileDir !== undefined) app.setPath('userData', path.resolve(profileDir));

app.enableSandbox();
registerAppSchemePrivileges();
guardAllWebContents();

if (!app.requestSingleInstanceLock()) {
  // Another PeerDesk owns this profile; it will be told through 'second-instance'.
  app.quit();
} else {
  start();
}

function start(): void {
  let mainWindow: BrowserWindow | null = null;

  // --data-dir and PEERDESK_DATA_DIR are for development and tests; the installed app keeps its
  // program in its own user-data folder.
  const programDir = () => defaultProgramDir(app.getPath('userData'));
  const dataDir = app.isPackaged
    ? programDir()
    : resolveDataDir(readOption(process.argv, '--data-dir'), process.env, programDir);
  // Packaged, the demo lives beside the program in the user-data folder ("program-demo").
  const backend = createBackend({
    dataDir,
    demoDir: demoDirFor(dataDir),
    appVersion: app.getVersion(),
    host: 'electron',
    emit: eventSender(() => mainWindow),
  });

  handleBackendCalls(backend, () => mainWindow);
  closeBackendBeforeQuit(backend);

  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // One window holds the program; closing it ends the program's session on every platform.
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
    guardDownloads(session.defaultSession, app.getPath('documents'));
    serveRendererFiles(rendererRoot);
    Menu.setApplicationMenu(
      buildAppMenu({
        isPackaged: app.isPackaged,
        isMac: process.platform === 'darwin',
        onLock: () => {
          backend.lock('user').catch((error: unknown) => console.error('Lock failed', error));
        },
      }),
    );
    lockOnSystemEvents(backend);

    mainWindow = createMainWindow({ preloadPath, devTools: !app.isPackaged });
    lockOnSessionEnd(mainWindow, backend);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });
}
