// Per test: a fresh program folder, its own preview host, and the page opened on it.
import { expect, test as base } from '@playwright/test';
import { startPreviewHost, type PreviewHost } from './preview-host';

export const test = base.extend<{ preview: PreviewHost }>({
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
});

export { expect };
