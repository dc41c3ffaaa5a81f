// Electron e2e: the shell's security settings in a running app, through Playwright's _electron.
// Kept apart from playwright.config.ts (browser e2e against the preview host). Where no Electron
// binary exists the specs report themselves skipped, with the reason.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/electron',
  testMatch: '**/*.spec.ts',
  globalSetup: './test/electron/global-setup.ts',
  outputDir: 'test-results/electron',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Each test starts its own app with its own profile; two at a time suits a 2-core machine.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  forbidOnly: Boolean(process.env.CI),
});
