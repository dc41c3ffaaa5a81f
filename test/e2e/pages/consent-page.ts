// A consent's page: the form of its elements, its status, the printable form, the scan and
// revocation; and the Consents panel on the participant's record that leads to it.
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export interface ConsentDetails {
  kind: string;
  information?: string;
  recipients?: string;
  purposes?: string[];
  expiresOn?: string;
  signedOn?: string;
  method?: string;
}

export class ConsentPage {
  readonly panel: Locator;
  readonly status: Locator;
  readonly form: Locator;

  constructor(private readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Consents' });
    this.status = page.getByRole('region', { name: 'Consent status' });
    this.form = page.getByRole('form', { name: 'Consent' });
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  async startNew(): Promise<void> {
    await this.panel.getByRole('link', { name: 'Record a consent' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^New consent for / })).toBeVisible();
  }

  async fill(details: ConsentDetails): Promise<void> {
    await this.field('Kind of consent').selectOption({ label: details.kind });
    if (details.information !== undefined) await this.field('Information to be disclosed').fill(details.information);
    if (details.recipients !== undefined) await this.field('Recipients').fill(details.recipients);
    for (const [index, purpose] of (details.purposes ?? []).entries()) {
      await this.form.getByRole('button', { name: 'Add a purpose' }).click();
      await this.form.getByRole('textbox', { name: `Purpose ${index + 1}` }).fill(purpose);
    }
    if (details.expiresOn !== undefined) await this.field('Expires on').fill(details.expiresOn);
    if (details.signedOn !== undefined) await this.field('Date signed').fill(details.signedOn);
    if (details.method !== undefined) await this.field('How it was obtained').selectOption({ label: details.method });
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: 'Save consent' }).click();
    await expect(this.page.getByText('Consent saved.')).toBeVisible();
  }

  async expectStatus(label: string): Promise<void> {
    await expect(this.status.locator('.badge')).toHaveText(label);
  }

  async attachScan(fileName: string, mimeType: string, buffer: Buffer): Promise<void> {
    await this.page.getByLabel('Attach scan').setInputFiles({ name: fileName, mimeType, buffer });
  }

  async printForm(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.status.getByRole('button', { name: 'Print consent form (PDF)' }).click();
    return download;
  }

  async revoke(how: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Revoke consent' });
    await form.getByLabel('How it was revoked').fill(how);
    await form.getByRole('button', { name: 'Revoke consent' }).click();
  }
}
