// The Backups page: the last backup, "Back up now", the restore test and the settings.
import { expect, type Locator, type Page } from '@playwright/test';

export class BackupsPage {
  readonly lastBackup: Locator;
  readonly backUpNow: Locator;
  readonly testRestore: Locator;
  readonly settings: Locator;

  constructor(private readonly page: Page) {
    this.lastBackup = page.getByRole('region', { name: 'Last verified backup' });
    this.backUpNow = page.getByRole('region', { name: 'Back up now' });
    this.testRestore = page.getByRole('region', { name: 'Test a restore' });
    this.settings = page.getByRole('region', { name: 'Backup settings' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backups' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
  }

  /** Starts a backup into a folder typed as text (the preview has no system chooser). */
  async startBackupTo(folder: string): Promise<void> {
    const other = this.backUpNow.getByRole('radio', { name: /^(Another folder|A folder)$/ });
    await other.check();
    await this.backUpNow.getByLabel('Folder for the backup').fill(folder);
    await this.backUpNow.getByRole('button', { name: 'Back up now' }).click();
  }

  async backUpTo(folder: string): Promise<void> {
    await this.startBackupTo(folder);
    await expect(this.backUpNow.getByRole('status')).toContainText('Backup verified. You can now remove the drive.');
  }

  async testRestoreWith(passphrase: string): Promise<void> {
    await this.testRestore.getByLabel('Passphrase of the newest backup').fill(passphrase);
    await this.testRestore.getByRole('button', { name: 'Test a restore' }).click();
  }
}
