import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShellPage } from './pages/app-shell-page';
import { SetupWizardPage } from './pages/setup-wizard-page';

/** Presses Tab until the target has focus: proves it is reachable by keyboard. */
async function tabTo(page: Page, target: Locator, maxPresses = 15): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('the wizard can be completed with the keyboard alone', async ({ page, preview }) => {
  expect(preview.url).toBeTruthy();
  const wizard = new SetupWizardPage(page);
  const { keyboard } = page;

  await tabTo(page, wizard.button('Get started'));
  await keyboard.press('Enter');

  await tabTo(page, page.getByLabel('Program name'));
  await keyboard.type('Keyboard Peers');
  await tabTo(page, page.getByLabel('Your name'));
  await keyboard.type('Kay Board');
  await keyboard.press('Enter');

  const passphrase = 'quiet harbour lantern 8';
  await tabTo(page, page.getByLabel('Passphrase', { exact: true }));
  await keyboard.type(passphrase);
  await tabTo(page, page.getByLabel('Passphrase again', { exact: true }));
  await keyboard.type(passphrase);
  await keyboard.press('Enter');

  const key = await wizard.readRecoveryKey();
  await tabTo(page, wizard.button('Print recovery sheet'));
  await tabTo(page, wizard.button('Next'));
  await keyboard.press('Enter');

  await tabTo(page, wizard.recoveryKeyField);
  await keyboard.type(key);
  await keyboard.press('Enter');

  const shell = new AppShellPage(page);
  await shell.expectProgram('Keyboard Peers');
  await tabTo(page, shell.navigation.getByRole('link', { name: 'Settings' }));
  await keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await tabTo(page, shell.lockButton, 30);
  await keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Unlock the program' })).toBeVisible();
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await keyboard.type(passphrase);
  await keyboard.press('Enter');
  await shell.expectProgram('Keyboard Peers');
});

test('a report for funders can be chosen, built and exported with the keyboard alone', async ({ page, preview }) => {
  expect(preview.url).toBeTruthy();
  const { keyboard } = page;
  await tabTo(page, page.getByRole('button', { name: 'Explore a demo program' }));
  await keyboard.press('Enter');
  const shell = new AppShellPage(page);
  await tabTo(page, shell.navigation.getByRole('link', { name: 'Reports' }));
  await keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();

  const form = page.getByRole('form', { name: 'Report' });
  await tabTo(page, form.getByLabel('Period'));
  await keyboard.press('ArrowDown');
  await expect(form.getByLabel('Period')).toHaveValue('this-year');
  await tabTo(page, form.getByRole('checkbox', { name: 'Fidelity' }));
  await keyboard.press('Space');
  await expect(form.getByRole('checkbox', { name: 'Fidelity' })).not.toBeChecked();
  await tabTo(page, form.getByRole('button', { name: 'Build report' }));
  await keyboard.press('Enter');

  const report = page.getByRole('article');
  await expect(report.getByRole('definition').first()).toContainText('(this year)');
  await expect(report.getByRole('region', { name: 'Fidelity' })).toHaveCount(0);
  await tabTo(page, report.getByRole('button', { name: 'Export XLSX' }));
  const download = page.waitForEvent('download');
  await keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  // A measure's definition opens from the keyboard.
  await tabTo(page, report.getByText('Definition').first());
  await keyboard.press('Enter');
  await expect(report.locator('details').first()).toHaveAttribute('open', '');
});
