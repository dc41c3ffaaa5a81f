// The one PeerDesk window and the web preferences it is locked down with.
import { BrowserWindow } from 'electron';
import { APP_INDEX_URL } from './app-url';

export interface MainWindowOptions {
  preloadPath: string;
  /** DevTools only in development: in a packaged build they would expose decrypted records. */
  devTools: boolean;
}

export function createMainWindow({ preloadPath, devTools }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 520,
    title: 'PeerDesk',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools,
      // Chromium's spellchecker fetches dictionaries from Google and sees every typed word,
      // including notes about participants; the app must stay off the network.
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_INDEX_URL);
  return window;
}
