// Restore from a backup: choose the file, give its passphrase, see what it holds, restore.
import { expect, type Locator, type Page } from '@playwright/test';

export class RestorePage {
  readonly preview: Locator;

  constructor(private readonly page: Page) {
    this.preview = page.getByRole('region', { name: 'This backup holds' });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async expectOpen(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Restore from a backup' })).toBeVisible();
  }

  /** Another file than those found, by its path. */
  async chooseFile(file: string): Promise<void> {
    const other = this.page.getByRole('radio', { name: /^(Another backup file|A backup file)$/ });
    await other.check();
    await this.page.getByRole('textbox', { name: 'Path of the backup file' }).fill(file);
  }

  async check(passphrase: string): Promise<void> {
    await this.page.getByLabel('Passphrase of the backup').fill(passphrase);
    await this.button('Check the backup').click();
  }

  async expectHolds(programName: string, counts: Record<string, number>): Promise<void> {
    await expect(this.preview).toContainText(programName);
    for (const [label, count] of Object.entries(counts)) {
      await expect(this.preview.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) })).toBeVisible();
      await expect(
        this.preview.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]'),
      ).toHaveText(String(count));
    }
  }
}
