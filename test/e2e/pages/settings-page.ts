// Settings: change passphrase, auto-lock minutes, the funder reports' threshold, audit log check.
import { expect, type Locator, type Page } from '@playwright/test';

export class SettingsPage {
  readonly autoLockMinutes: Locator;
  readonly auditLog: Locator;
  readonly reportThreshold: Locator;

  constructor(private readonly page: Page) {
    this.autoLockMinutes = page.getByLabel('Auto-lock after (minutes)');
    this.auditLog = page.getByRole('region', { name: 'Audit log' });
    this.reportThreshold = page.getByLabel('Smallest count shown in funder reports');
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    await this.page.getByLabel('Current passphrase', { exact: true }).fill(current);
    await this.page.getByLabel('New passphrase', { exact: true }).fill(next);
    await this.page.getByLabel('New passphrase again', { exact: true }).fill(next);
    await this.page.getByRole('button', { name: 'Change passphrase' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Passphrase changed.' })).toBeVisible();
  }

  async setAutoLockMinutes(minutes: number): Promise<void> {
    await this.autoLockMinutes.fill(String(minutes));
    await this.page.getByRole('button', { name: 'Save auto-lock' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: `locks after ${minutes} minutes` })).toBeVisible();
  }

  /** Saves the threshold; a value out of range stays on the field with its error. */
  async setReportThreshold(threshold: number): Promise<void> {
    await this.reportThreshold.fill(String(threshold));
    await this.page
      .getByRole('form', { name: 'Funder reports' })
      .getByRole('button', { name: 'Save threshold' })
      .click();
  }
}
