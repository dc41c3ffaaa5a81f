// The UI measure: how long the participants page takes to show its first rows, in Chromium,
// through the preview host, on the benchmark's program. Each run is a first visit: a fresh page
// load (the program already unlocked), a moment on Home, then a click on Participants. The time
// is taken inside the page, from the click event to the frame after the first row is in the
// document, so that the test driver's own round trips are not counted as rendering.
import { chromium, type Page } from '@playwright/test';
import path from 'node:path';
import { startPreviewServer } from '../../electron/preview/server';
import { summarise, type Measure } from './stats';

const root = path.resolve(import.meta.dirname, '../..');
const FIRST_ROW = '[data-index="0"] a';

// Run inside the page (plain script text: this project's Node code has no DOM types). Notes when
// the next click happens and when the frame after the first row's insertion has been painted.
const ARM_FIRST_RENDER_TIMER = `(() => {
  const timing = { clickAt: 0, paintedAt: 0 };
  window.firstRenderTiming = timing;
  document.addEventListener('click', () => { timing.clickAt = performance.now(); }, { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (timing.clickAt === 0 || !document.querySelector(${JSON.stringify(FIRST_ROW)})) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { timing.paintedAt = performance.now(); }, 0));
  });
  observer.observe(document.body, { childList: true, subtree: true });
})()`;

const FIRST_RENDER_MS = `window.firstRenderTiming.paintedAt > 0
  ? window.firstRenderTiming.paintedAt - window.firstRenderTiming.clickAt
  : null`;

async function readFirstRenderMs(page: Page): Promise<number> {
  const handle = await page.waitForFunction(FIRST_RENDER_MS);
  return (await handle.jsonValue()) as number;
}

export async function measureFirstRender(
  dataDir: string,
  passphrase: string,
  runs: number,
  rendererDir = path.join(root, 'dist/renderer'),
): Promise<Measure> {
  const server = await startPreviewServer({
    dataDir,
    rendererDir,
    port: 0,
    appVersion: 'bench',
  });
  const browser = await chromium.launch({
    executablePath: process.env.PEERDESK_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    await fetch(`${server.url}api/program.unlock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-peerdesk-token': server.token },
      body: JSON.stringify({ passphrase }),
    });
    const durations: number[] = [];
    // One unmeasured load first: the browser's own first start is not the app's.
    for (let run = -1; run < runs; run += 1) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${server.url}#/`);
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'Home', exact: true }).waitFor();
      // A person reads Home for a moment before choosing a page.
      await page.waitForTimeout(500);
      await page.evaluate(ARM_FIRST_RENDER_TIMER);
      await nav.getByRole('link', { name: 'Participants', exact: true }).click();
      await page.locator(FIRST_ROW).first().waitFor();
      const ms = await readFirstRenderMs(page);
      if (run >= 0) durations.push(ms);
      await page.close();
    }
    return summarise('ui.participants.firstRender', durations, 300);
  } finally {
    await browser.close();
    await server.close();
  }
}
