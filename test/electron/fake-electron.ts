// A recording stand-in for the parts of the 'electron' module the main process uses, so the
// shell's wiring (order of setup, window preferences, guards, IPC, lifecycle) is tested under
// plain Node where no Electron binary exists. Only what electron/main touches is modelled.
import { EventEmitter } from 'node:events';

type Listener = (...args: unknown[]) => void;

export class FakeEvent {
  defaultPrevented = false;
  constructor(readonly url = '') {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

let ready = false;
let resolveReady: () => void = () => undefined;
const readyPromise = new Promise<void>((resolve) => {
  resolveReady = resolve;
});

class FakeApp extends EventEmitter {
  isPackaged = false;
  readonly paths = new Map<string, string>([
    ['userData', '/fake/user-data/PeerDesk'],
    ['documents', '/fake/documents'],
  ]);
  sandboxEnabled = false;
  quitCalls = 0;
  singleInstanceLock = true;

  enableSandbox(): void {
    this.sandboxEnabled = true;
  }
  requestSingleInstanceLock(): boolean {
    return this.singleInstanceLock;
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }
  getPath(name: string): string {
    const value = this.paths.get(name);
    if (value === undefined) throw new Error(`no fake path for ${name}`);
    return value;
  }
  getVersion(): string {
    return '0.1.0-test';
  }
  whenReady(): Promise<void> {
    return readyPromise;
  }
  quit(): void {
    this.quitCalls += 1;
    const event = new FakeEvent();
    this.emit('before-quit', event);
  }
  /** Test control: fires 'ready' and lets whenReady() callbacks run. */
  async becomeReady(): Promise<void> {
    ready = true;
    resolveReady();
    this.emit('ready');
    await readyPromise;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export const app = new FakeApp();

export const recorded = {
  privilegedSchemes: [] as unknown[],
  schemesRegisteredBeforeReady: false,
  protocolHandlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  applicationMenu: null as unknown,
  permissionRequestHandler: null as Listener | null,
  permissionCheckHandler: null as ((...args: unknown[]) => boolean) | null,
  devicePermissionHandler: null as ((...args: unknown[]) => boolean) | null,
  sessionListeners: new Map<string, Listener>(),
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    recorded.privilegedSchemes.push(...schemes);
    recorded.schemesRegisteredBeforeReady = !ready;
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
    recorded.protocolHandlers.set(scheme, handler);
  },
};

export const ipcMain = {
  handle(channel: string, handler: (event: unknown, ...args: unknown[]) => unknown): void {
    recorded.ipcHandlers.set(channel, handler);
  },
};

export const dialog = {
  /** What the next chooser answers; tests set it. */
  answer: { canceled: true, filePaths: [] as string[] },
  opened: [] as Array<{ window: unknown; options: unknown }>,
  showOpenDialog(window: unknown, options: unknown): Promise<{ canceled: boolean; filePaths: string[] }> {
    dialog.opened.push({ window, options });
    return Promise.resolve(dialog.answer);
  },
};

export const powerMonitor = new EventEmitter();

export class FakeWebContents extends EventEmitter {
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  windowOpenHandler: ((details: unknown) => unknown) | null = null;
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: (details: unknown) => unknown): void {
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly created: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  destroyed = false;
  focused = false;
  constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
    super();
    BrowserWindow.created.push(this);
    // Electron emits this for every web contents it creates, the window's own included.
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {
    this.focused = true;
  }
  show(): void {}
}

export const Menu = {
  buildFromTemplate(template: unknown[]): { template: unknown[] } {
    return { template };
  },
  setApplicationMenu(menu: unknown): void {
    recorded.applicationMenu = menu;
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: Listener): void {
      recorded.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
      recorded.permissionCheckHandler = handler;
    },
    setDevicePermissionHandler(handler: (...args: unknown[]) => boolean): void {
      recorded.devicePermissionHandler = handler;
    },
    on(name: string, listener: Listener): void {
      recorded.sessionListeners.set(name, listener);
    },
  },
};

export type { Listener };
