// The participant list for a recipient: reached from Reports; its form, the check of consents
// with who is left out and why, and the export.
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class ParticipantListPage {
  readonly leftOut: Locator;
  readonly result: Locator;

  constructor(private readonly page: Page) {
    this.leftOut = page.getByRole('table', { name: /^Left out for lack of consent/ });
    this.result = page.getByRole('region', { name: /^(What the list would hold|Exported)$/ });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    await this.page.getByRole('link', { name: 'Participant list for a recipient (needs consent)' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Participant list for a recipient' })).toBeVisible();
  }

  async fill(recipient: string, purpose: string, fields: string[]): Promise<void> {
    await this.page.getByLabel('Recipient', { exact: true }).fill(recipient);
    await this.page.getByLabel('Purpose', { exact: true }).fill(purpose);
    for (const field of fields) await this.page.getByRole('checkbox', { name: field }).check();
  }

  async checkConsents(): Promise<void> {
    await this.page.getByRole('button', { name: 'Check consents' }).click();
    await expect(this.result).toBeVisible();
  }

  async export(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export list' }).click();
    return download;
  }

  leftOutRow(name: string): Locator {
    return this.leftOut.getByRole('row', { name: new RegExp(`^${name}`) });
  }
}
