// Per test: a fresh program folder, its own preview host, and the page opened on it; and for
// tests that start inside a program, that program set up through the wizard and open.
import { expect, test as base } from '@playwright/test';
import { startPreviewHost, type PreviewHost } from './preview-host';
import { setUpProgram, type TestProgram } from './program';

export const test = base.extend<{ preview: PreviewHost; program: TestProgram }>({
  preview: async ({ page }, use) => {
    const host = await startPreviewHost();
    // Script errors and Content-Security-Policy refusals fail the test: the CSP is strict.
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) {
        problems.push(`CSP: ${message.text()}`);
      }
    });
    try {
      await page.goto(host.url);
      await use(host);
      expect(problems, 'errors in the page').toEqual([]);
    } finally {
      await page.close();
      await host.stop();
    }
  },
  program: async ({ page, preview }, use) => {
    expect(preview.url).toBeTruthy();
    await use(await setUpProgram(page));
  },
});

export { expect };
