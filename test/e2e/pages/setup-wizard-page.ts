// The first-run wizard, step by step, as a program leader goes through it.
import { expect, type Locator, type Page } from '@playwright/test';

export class SetupWizardPage {
  readonly heading: Locator;
  readonly recoveryKey: Locator;
  readonly recoverySheet: Locator;
  readonly recoveryKeyField: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.recoveryKey = page.getByRole('figure', { name: 'Recovery key' }).locator('.recovery-key');
    this.recoverySheet = page.getByRole('region', { name: 'Recovery sheet' });
    this.recoveryKeyField = page.getByLabel('Recovery key', { exact: true });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async start(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Welcome to PeerDesk' })).toBeVisible();
    await this.button('Get started').click();
  }

  async fillDetails(programName: string, leaderName: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Your program' })).toBeVisible();
    await this.page.getByLabel('Program name').fill(programName);
    await this.page.getByLabel('Your name').fill(leaderName);
    await this.button('Next').click();
  }

  async choosePassphrase(passphrase: string, again = passphrase): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Choose a passphrase' })).toBeVisible();
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.page.getByLabel('Passphrase again', { exact: true }).fill(again);
    await this.button('Next').click();
  }

  /** Reads the recovery key shown once during setup. */
  async readRecoveryKey(): Promise<string> {
    await expect(this.page.getByRole('heading', { name: 'Your recovery key' })).toBeVisible();
    const key = (await this.recoveryKey.textContent())?.trim() ?? '';
    expect(key).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    return key;
  }

  async typeBackRecoveryKey(key: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Type the recovery key back' })).toBeVisible();
    await this.recoveryKeyField.fill(key);
    await this.button('Finish setup').click();
  }
}
