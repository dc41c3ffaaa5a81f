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
