// The main process's wiring, run under plain Node against a recording fake of 'electron' and a
// fake backend: what is set up before ready, the window's preferences, the guards on every web
// contents, IPC through the sender gate, events to the window, and locking on OS events.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BackendOptions } from '../../electron/backend/index';
import type { FakeWebContents } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const backendCalls = vi.hoisted(() => ({
  options: null as BackendOptions | null,
  handled: [] as Array<{ channel: unknown; input: unknown }>,
  locks: [] as string[],
  closed: 0,
  backedUpOnQuit: 0,
}));

vi.mock('../../electron/backend/index', () => ({
  createBackend: (options: BackendOptions) => {
    backendCalls.options = options;
    return {
      handle: async (channel: unknown, input: unknown) => {
        backendCalls.handled.push({ channel, input });
        return { ok: true, value: { channel } };
      },
      lock: async (reason: string) => {
        backendCalls.locks.push(reason);
      },
      backUpOnQuit: async () => {
        backendCalls.backedUpOnQuit += 1;
      },
      close: async () => {
        backendCalls.closed += 1;
      },
    };
  },
}));

const fake = await import('./fake-electron');
let dataDir = '';

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'peerdesk-main-'));
  vi.stubEnv('PEERDESK_DATA_DIR', dataDir);
  await import('../../electron/main/index');
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

function mainWindow(): InstanceType<typeof fake.BrowserWindow> {
  const window = fake.BrowserWindow.created[0];
  if (window === undefined) throw new Error('no window was created');
  return window;
}

describe('before ready', () => {
  it('registers app:// as a privileged standard, secure scheme', () => {
    expect(fake.recorded.schemesRegisteredBeforeReady).toBe(true);
    expect(fake.recorded.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('enables the sandbox for every renderer and takes the single-instance lock', () => {
    expect(fake.app.sandboxEnabled).toBe(true);
    expect(fake.app.listenerCount('second-instance')).toBe(1);
  });

  it('creates the backend for the Electron host with the chosen data folder', () => {
    expect(backendCalls.options).toMatchObject({
      dataDir,
      appVersion: '0.1.0-test',
      host: 'electron',
    });
  });

  it('creates no window yet', () => {
    expect(fake.BrowserWindow.created).toHaveLength(0);
  });
});

describe('after ready', () => {
  beforeAll(async () => {
    await fake.app.becomeReady();
  });

  it('opens one window, locked down, on the app page', () => {
    expect(fake.BrowserWindow.created).toHaveLength(1);
    const preferences = mainWindow().options.webPreferences ?? {};
    expect(preferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: true, // not packaged in this test
      spellcheck: false,
    });
    expect(String(preferences.preload)).toMatch(/preload\.cjs$/);
    expect(mainWindow().loadedUrl).toBe('app://peerdesk/index.html');
  });

  it('denies every permission request and check', () => {
    const callback = vi.fn();
    fake.recorded.permissionRequestHandler?.(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(fake.recorded.permissionCheckHandler?.(null, 'clipboard-read', 'app://peerdesk')).toBe(false);
    expect(fake.recorded.devicePermissionHandler?.({})).toBe(false);
  });

  it('downloads only what the app hands over, asking where to save it', () => {
    const download = fake.recorded.sessionListeners.get('will-download');
    const item = (url: string) => ({
      getURL: () => url,
      getFilename: () => 'consent-3-release.pdf',
      setSaveDialogOptions: vi.fn(),
    });
    const own = item('blob:app://peerdesk/4f7c2a90-0d43-4b1e-9a2e-1c2d3e4f5a6b');
    const ownEvent = new fake.FakeEvent();
    download?.(ownEvent, own);
    expect(ownEvent.defaultPrevented).toBe(false);
    expect(own.setSaveDialogOptions).toHaveBeenCalledWith({
      title: 'Save a copy',
      defaultPath: '/fake/documents/consent-3-release.pdf',
    });
    const foreign = new fake.FakeEvent();
    download?.(foreign, item('https://example.com/file.pdf'));
    expect(foreign.defaultPrevented).toBe(true);
  });

  it('guards the window: foreign navigation, new windows and webviews are refused', () => {
    const contents: FakeWebContents = mainWindow().webContents;
    for (const hook of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const away = new fake.FakeEvent('https://example.com/');
      contents.emit(hook, away);
      expect(away.defaultPrevented, hook).toBe(true);
      const reload = new fake.FakeEvent('app://peerdesk/index.html');
      contents.emit(hook, reload);
      expect(reload.defaultPrevented, hook).toBe(false);
    }
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const webview = new fake.FakeEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
  });

  it('serves app:// through the guarded file server, CSP on every answer', async () => {
    const handler = fake.recorded.protocolHandlers.get('app');
    expect(handler).toBeDefined();
    // No renderer is built beside the source module here, so the page itself is a 404.
    const missing = await handler?.(new Request('app://peerdesk/index.html'));
    expect(missing?.status).toBe(404);
    expect(missing?.headers.get('content-security-policy')).toContain("script-src 'self'");
    const escape = await handler?.(new Request('app://peerdesk/..%2f..%2fpackage.json'));
    expect(escape?.status).toBe(403);
    expect(escape?.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('passes IPC from the app page to the backend and refuses anything else', async () => {
    const invoke = fake.recorded.ipcHandlers.get('peerdesk:invoke');
    expect(invoke).toBeDefined();
    const fromApp = { senderFrame: { url: 'app://peerdesk/index.html', parent: null } };
    await expect(invoke?.(fromApp, 'program.status', {})).resolves.toEqual({
      ok: true,
      value: { channel: 'program.status' },
    });
    const before = backendCalls.handled.length;
    const fromElsewhere = { senderFrame: { url: 'https://example.com/', parent: null } };
    await expect(invoke?.(fromElsewhere, 'program.status', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const fromSubframe = { senderFrame: { url: 'app://peerdesk/index.html', parent: {} } };
    await expect(invoke?.(fromSubframe, 'program.status', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await expect(invoke?.({ senderFrame: null }, 'program.status', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(backendCalls.handled.length).toBe(before);
  });

  it("opens the system's chooser for the app page only, and answers the chosen path", async () => {
    const choose = fake.recorded.ipcHandlers.get('peerdesk:choose-path');
    const fromApp = { senderFrame: { url: 'app://peerdesk/index.html', parent: null } };
    fake.dialog.answer = { canceled: false, filePaths: ['/media/stick'] };
    await expect(choose?.(fromApp, 'folder')).resolves.toBe('/media/stick');
    expect(fake.dialog.opened.at(-1)?.options).toMatchObject({ properties: ['openDirectory', 'createDirectory'] });
    fake.dialog.answer = { canceled: true, filePaths: [] };
    await expect(choose?.(fromApp, 'backup-file')).resolves.toBeNull();
    expect(fake.dialog.opened.at(-1)?.options).toMatchObject({ properties: ['openFile'] });
    const opened = fake.dialog.opened.length;
    await expect(
      choose?.({ senderFrame: { url: 'https://example.com/', parent: null } }, 'folder'),
    ).resolves.toBeNull();
    await expect(choose?.(fromApp, 'any-file')).resolves.toBeNull();
    expect(fake.dialog.opened.length).toBe(opened);
  });

  it("forwards the backend's events to the window", () => {
    backendCalls.options?.emit?.('locked', { reason: 'idle' });
    expect(mainWindow().webContents.sent).toContainEqual({
      channel: 'peerdesk:event:locked',
      args: [{ reason: 'idle' }],
    });
  });

  it('locks on OS lock, suspend and shutdown', async () => {
    fake.powerMonitor.emit('lock-screen');
    fake.powerMonitor.emit('suspend');
    fake.powerMonitor.emit('shutdown');
    await Promise.resolve();
    expect(backendCalls.locks).toEqual(['os-lock', 'suspend', 'shutdown']);
  });

  it('focuses the existing window when a second instance starts', () => {
    fake.app.emit('second-instance', new fake.FakeEvent(), [], '/');
    expect(mainWindow().focused).toBe(true);
  });

  it('has a Lock item in the File menu that locks as the person asked', () => {
    const menu = fake.recorded.applicationMenu as { template: Array<{ label?: string; submenu?: unknown }> };
    const file = menu.template.find((item) => item.label === '&File');
    const lock = (file?.submenu as Array<{ label?: string; click?: () => void }>).find((item) => item.label === 'Lock');
    lock?.click?.();
    expect(backendCalls.locks.at(-1)).toBe('user');
  });

  it('closes the backend before quitting, then quits', async () => {
    const quitsBefore = fake.app.quitCalls;
    const firstQuit = new fake.FakeEvent();
    fake.app.emit('before-quit', firstQuit);
    expect(firstQuit.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(fake.app.quitCalls).toBe(quitsBefore + 1));
    expect(backendCalls.backedUpOnQuit).toBe(1);
    expect(backendCalls.closed).toBe(1);
    // The second quit (made by the handler itself) goes through.
    const secondQuit = new fake.FakeEvent();
    fake.app.emit('before-quit', secondQuit);
    expect(secondQuit.defaultPrevented).toBe(false);
  });
});
