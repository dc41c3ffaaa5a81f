// The UI measure: how long the participants page takes to show its first rows, in Chromium,
// through the preview host, on the benchmark's program.
import { chromium } from '@playwright/test';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { startPreviewServer } from '../../electron/preview/server';
import { summarise, type Measure } from './stats';

const root = path.resolve(import.meta.dirname, '../..');

export async function measureFirstRender(dataDir: string, passphrase: string, runs: number): Promise<Measure> {
  const server = await startPreviewServer({
    dataDir,
    rendererDir: path.join(root, 'dist/renderer'),
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
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Home' }).waitFor();
    const durations: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      await page.goto(`${server.url}#/`);
      await page.getByRole('link', { name: 'Home' }).waitFor();
      const start = performance.now();
      await page.getByRole('link', { name: 'Participants' }).click();
      await page.locator('[data-index="0"] a').first().waitFor();
      durations.push(performance.now() - start);
    }
    return summarise('ui.participants.firstRender', durations, 300);
  } finally {
    await browser.close();
    await server.close();
  }
}
