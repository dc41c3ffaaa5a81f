import { expect, test } from './fixtures';
import { AppShellPage } from './pages/app-shell-page';
import { SettingsPage } from './pages/settings-page';
import { UnlockPage } from './pages/unlock-page';
import { setUpProgram } from './program';

test('change the passphrase in Settings; only the new one unlocks', async ({ page, preview }) => {
  expect(preview.url).toBeTruthy();
  const program = await setUpProgram(page);
  const shell = new AppShellPage(page);
  await shell.openSettings();
  const settings = new SettingsPage(page);

  // A wrong current passphrase changes nothing.
  await page.getByLabel('Current passphrase', { exact: true }).fill('not the passphrase');
  await page.getByLabel('New passphrase', { exact: true }).fill('harbour thistle pewter 9');
  await page.getByLabel('New passphrase again', { exact: true }).fill('harbour thistle pewter 9');
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('That is not the current passphrase.')).toBeVisible();

  const newPassphrase = 'harbour thistle pewter 9';
  await settings.changePassphrase(program.passphrase, newPassphrase);
  await expect(settings.auditLog).toContainText('The audit log is intact');

  await shell.lock();
  const unlock = new UnlockPage(page);
  await unlock.unlock(program.passphrase);
  await unlock.expectWrongPassphrase();
  await unlock.unlock(newPassphrase);
  await shell.expectProgram(program.programName);
});

test('unlock with the recovery key and set a new passphrase', async ({ page, preview }) => {
  expect(preview.url).toBeTruthy();
  const program = await setUpProgram(page);
  const shell = new AppShellPage(page);
  await shell.lock();

  const unlock = new UnlockPage(page);
  const newPassphrase = 'saffron kettle meadow 5';
  await unlock.unlockWithRecoveryKey(program.recoveryKey, newPassphrase);
  await shell.expectProgram(program.programName);

  await shell.lock();
  await unlock.unlock(newPassphrase);
  await shell.expectProgram(program.programName);
});

test('auto-lock minutes are saved within their bounds', async ({ page, preview }) => {
  expect(preview.url).toBeTruthy();
  await setUpProgram(page);
  const shell = new AppShellPage(page);
  await shell.openSettings();
  const settings = new SettingsPage(page);
  await expect(settings.autoLockMinutes).toHaveValue('10');
  await settings.autoLockMinutes.fill('0');
  await page.getByRole('button', { name: 'Save auto-lock' }).click();
  await expect(page.getByText('At least 1 minute.')).toBeVisible();
  await settings.setAutoLockMinutes(25);
  await shell.openHome();
  await shell.openSettings();
  await expect(settings.autoLockMinutes).toHaveValue('25');
});
