// The unlock screen: passphrase, or the recovery key with a new passphrase.
import { expect, type Locator, type Page } from '@playwright/test';

export class UnlockPage {
  readonly heading: Locator;
  readonly passphrase: Locator;
  readonly unlockButton: Locator;
  readonly countdown: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Unlock the program' });
    this.passphrase = page.getByLabel('Passphrase', { exact: true });
    this.unlockButton = page.getByRole('button', { name: 'Unlock', exact: true });
    this.countdown = page.getByRole('status').filter({ hasText: /Try again in \d+ seconds?/ });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  async unlock(passphrase: string): Promise<void> {
    await this.expectShown();
    await this.passphrase.fill(passphrase);
    await this.unlockButton.click();
  }

  async expectWrongPassphrase(): Promise<void> {
    await expect(this.page.getByText('That passphrase is not right.')).toBeVisible();
    await expect(this.passphrase).toHaveAttribute('aria-invalid', 'true');
  }

  async unlockWithRecoveryKey(recoveryKey: string, newPassphrase: string): Promise<void> {
    await this.expectShown();
    await this.page.getByRole('button', { name: 'Use recovery key' }).click();
    await expect(this.page.getByRole('heading', { name: 'Unlock with the recovery key' })).toBeVisible();
    await this.page.getByLabel('Recovery key', { exact: true }).fill(recoveryKey);
    await this.page.getByLabel('New passphrase', { exact: true }).fill(newPassphrase);
    await this.page.getByLabel('New passphrase again', { exact: true }).fill(newPassphrase);
    await this.page.getByRole('button', { name: 'Unlock and set new passphrase' }).click();
  }
}
