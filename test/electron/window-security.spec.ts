// The Electron shell's security settings, checked in a running app: the window's preferences,
// what the page can reach, and what it is refused. Needs a real Electron binary.
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { electronBinaryAvailable, launchPeerDesk } from './electron-app';

// prettier-ignore
test.skip(!electronBinaryAvailable(), 'No Electron binary on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD); these specs run where Electron is installed');

/** The page's global object, seen without the DOM typings (this file compiles as Node code). */
type PageGlobal = Record<string, unknown> & {
  peerdesk: Record<string, unknown> & {
    invoke: (channel: string, input: unknown) => Promise<{ ok: boolean }>;
  };
  location: { href: string };
  open: (url: string) => unknown;
  fetch: (url: string) => Promise<{ status: number; headers: { get(name: string): string | null } }>;
  eval: (source: string) => unknown;
};

const APP_PAGE = 'app://peerdesk/index.html';

let app: ElectronApplication;
let page: Page;

test.beforeEach(async () => {
  ({ app, page } = await launchPeerDesk(test.info()));
});

test.afterEach(async () => {
  await app?.close();
});

test('the window is sandboxed, context-isolated and without Node', async () => {
  const preferences = await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as {
      // Undocumented but long-standing: the preferences the contents were created with.
      getLastWebPreferences?: () => Record<string, unknown>;
    };
    return contents.getLastWebPreferences?.() ?? null;
  });
  expect(preferences, 'webContents.getLastWebPreferences() is gone; find another way').not.toBeNull();
  expect(preferences).toMatchObject({
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    webviewTag: false,
  });
  expect(page.url()).toBe(APP_PAGE);
});

test('the page sees window.peerdesk with exactly invoke and on, and no Node', async () => {
  const seen = await page.evaluate(() => {
    const page = globalThis as unknown as PageGlobal;
    return {
      bridgeKeys: Object.keys(page.peerdesk).sort(),
      require: typeof page.require,
      process: typeof page.process,
      module: typeof page.module,
      buffer: typeof page.Buffer,
    };
  });
  expect(seen).toEqual({
    bridgeKeys: ['invoke', 'on'],
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    buffer: 'undefined',
  });
});

test('the bridge reaches the backend through IPC, with the test-only program folder', async () => {
  const status = await page.evaluate(() => (globalThis as unknown as PageGlobal).peerdesk.invoke('program.status', {}));
  expect(status.ok).toBe(true);
});

test('window.open is denied', async () => {
  const opened = await page.evaluate(() => (globalThis as unknown as PageGlobal).open('https://example.com/') === null);
  expect(opened).toBe(true);
  expect(app.windows()).toHaveLength(1);
});

test('navigation to another origin is blocked', async () => {
  for (const target of ['https://example.com/', 'file:///etc/passwd', 'app://peerdesk/assets/']) {
    await page.evaluate((url) => {
      (globalThis as unknown as PageGlobal).location.href = url;
    }, target);
    await page.waitForTimeout(500);
    expect(page.url(), target).toBe(APP_PAGE);
  }
});

test('responses carry the strict CSP, and eval is refused', async () => {
  const csp = await page.evaluate(async () => {
    const response = await (globalThis as unknown as PageGlobal).fetch('app://peerdesk/index.html');
    return response.headers.get('content-security-policy');
  });
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain('unsafe');
  const evalResult = await page.evaluate(() => {
    try {
      return (globalThis as unknown as PageGlobal).eval('"ran"');
    } catch {
      return 'refused';
    }
  });
  expect(evalResult).toBe('refused');
});

test('the file server refuses paths that climb out of the renderer folder', async () => {
  const statuses = await page.evaluate(async () => {
    const { fetch } = globalThis as unknown as PageGlobal;
    const status = async (url: string) => (await fetch(url)).status;
    return {
      literal: await status('app://peerdesk/../../etc/passwd'),
      encoded: await status('app://peerdesk/..%2f..%2f..%2f..%2fetc%2fpasswd'),
      backslash: await status('app://peerdesk/..%5c..%5cpackage.json'),
    };
  });
  // The literal form is normalised by the URL parser to /etc/passwd inside the root: not found.
  expect(statuses).toEqual({ literal: 404, encoded: 403, backslash: 403 });
});

test('permission requests are denied', async () => {
  const notification = await page.evaluate(async () => {
    const { Notification } = globalThis as unknown as {
      Notification: { requestPermission: () => Promise<string> };
    };
    return Notification.requestPermission();
  });
  expect(notification).toBe('denied');
});
