import { formatRecoveryKey, generateRecoverySecret } from '../../electron/backend/crypto/recovery-key';
import { expect, test } from './fixtures';
import { AppShellPage } from './pages/app-shell-page';
import { SetupWizardPage } from './pages/setup-wizard-page';

test('first-run wizard sets up the program and opens the app', async ({ page, preview }) => {
  expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
  const wizard = new SetupWizardPage(page);
  await wizard.start();

  await wizard.fillDetails('Riverside Peers', 'Ann Example');

  // The passphrase rules: too short, then typed twice differently.
  await wizard.choosePassphrase('short', 'short');
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveAccessibleDescription(
    /Use at least 10 characters/,
  );
  await expect(page.getByText(/Strength: (Very weak|Weak)/)).toBeVisible();
  await wizard.choosePassphrase('lantern orchard velvet 42', 'lantern orchard velvet 43');
  await expect(page.getByText('The two passphrases are not the same.')).toBeVisible();
  await wizard.choosePassphrase('lantern orchard velvet 42');

  const key = await wizard.readRecoveryKey();
  await expect(wizard.recoverySheet).toContainText('Riverside Peers');
  await expect(wizard.recoverySheet).toContainText(key);
  await expect(wizard.recoverySheet).toContainText(String(new Date().getFullYear()));
  await expect(wizard.recoverySheet).toContainText('locked place');
  await expect(wizard.recoverySheet).toContainText('Use recovery key');
  await expect(wizard.button('Print recovery sheet')).toBeVisible();
  await wizard.button('Next').click();

  // A well-formed key of another program, then a typing mistake, are refused at the field.
  await wizard.typeBackRecoveryKey(formatRecoveryKey(generateRecoverySecret()));
  await expect(page.getByText('This is not the recovery key shown on the previous page.')).toBeVisible();
  await expect(wizard.recoveryKeyField).toHaveAttribute('aria-invalid', 'true');
  const typo = `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`;
  await wizard.typeBackRecoveryKey(typo);
  await expect(page.getByText('This key has a typing mistake')).toBeVisible();

  // Lower case and no dashes are accepted.
  await wizard.typeBackRecoveryKey(key.replaceAll('-', ' ').toLowerCase());
  const shell = new AppShellPage(page);
  await shell.expectProgram('Riverside Peers');
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await expect(page.getByText('Ann Example')).toBeVisible();
});

test('going back from the recovery key starts the key over', async ({ page, preview }) => {
  expect(preview.dataDir).toBeTruthy();
  const wizard = new SetupWizardPage(page);
  await wizard.start();
  await wizard.fillDetails('Hillside Group', 'Bo Example');
  await wizard.choosePassphrase('copper meadow lantern 7');
  const firstKey = await wizard.readRecoveryKey();
  await wizard.button('Back').click();
  await wizard.choosePassphrase('copper meadow lantern 7');
  const secondKey = await wizard.readRecoveryKey();
  expect(secondKey).not.toBe(firstKey);

  // Reloading mid-setup discards the half-made program and starts the wizard again.
  await page.reload();
  await wizard.start();
  await wizard.fillDetails('Hillside Group', 'Bo Example');
  await wizard.choosePassphrase('copper meadow lantern 7');
  const thirdKey = await wizard.readRecoveryKey();
  await wizard.button('Next').click();
  await wizard.typeBackRecoveryKey(thirdKey);
  await new AppShellPage(page).expectProgram('Hillside Group');
});
