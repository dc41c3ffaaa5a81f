// A person's record page (participant or peer supporter): the details form, the status panel,
// archive and restore.
import { expect, type Locator, type Page } from '@playwright/test';

/** Details beyond the name, as the record's form takes them. */
export interface PersonDetails {
  region?: string;
  /** Checkbox labels in Languages, such as "Spanish". */
  languages?: string[];
  /** Checkbox labels of experience tags, such as "Type 2" (under Diabetes). */
  tags?: string[];
}

export class PersonRecordPage {
  readonly statusPanel: Locator;
  readonly history: Locator;
  /** Asks before leaving a form with unsaved changes. */
  readonly unsavedChanges: Locator;

  constructor(
    protected readonly page: Page,
    /** "participant", "peer supporter" */
    private readonly kind: string,
  ) {
    this.statusPanel = page.getByRole('region', { name: 'Status' });
    this.history = page.getByRole('list', { name: 'History' });
    this.unsavedChanges = page.getByRole('dialog', { name: 'Leave without saving?' });
  }

  field(label: string): Locator {
    // Not the "Ways to meet" checkboxes, which share words such as "Phone".
    return this.page.getByLabel(label, { exact: true }).and(this.page.locator(':not([type=checkbox])'));
  }

  async fillName(first: string, last: string): Promise<void> {
    await this.field('First name').fill(first);
    await this.field('Last name').fill(last);
  }

  tagCheckbox(label: string): Locator {
    return this.page.getByRole('checkbox', { name: label, exact: true });
  }

  async fillDetails(details: PersonDetails): Promise<void> {
    if (details.region !== undefined) await this.field('Region or postal area').fill(details.region);
    for (const language of details.languages ?? []) await this.tagCheckbox(language).check();
    for (const tag of details.tags ?? []) await this.tagCheckbox(tag).check();
  }

  /** Adds a person from the new-record page and waits for their record. */
  async add(first: string, last: string): Promise<void> {
    await this.fillName(first, last);
    await this.page.getByRole('button', { name: `Add ${this.kind}` }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: `${first} ${last}` })).toBeVisible();
  }

  async stayOnPage(): Promise<void> {
    await this.unsavedChanges.getByRole('button', { name: 'Stay on this page' }).click();
    await expect(this.unsavedChanges).toBeHidden();
  }

  async leaveWithoutSaving(): Promise<void> {
    await this.unsavedChanges.getByRole('button', { name: 'Leave without saving' }).click();
    await expect(this.unsavedChanges).toBeHidden();
  }

  async saveChanges(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save changes' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();
  }

  async openStatusForm(status: string): Promise<void> {
    await this.statusPanel.getByRole('button', { name: 'Change status' }).click();
    await this.statusPanel.getByLabel('New status').selectOption({ label: status });
  }

  async saveStatus(): Promise<void> {
    await this.statusPanel.getByRole('button', { name: 'Save status' }).click();
  }

  async expectStatus(text: string): Promise<void> {
    await expect(this.statusPanel.locator('.status-current')).toContainText(text);
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** The error shown next to a field, read through the field's accessible description. */
  async expectFieldError(label: string, message: string): Promise<void> {
    await expect(this.field(label)).toHaveAttribute('aria-invalid', 'true');
    await expect(this.field(label)).toHaveAccessibleDescription(new RegExp(escape(message)));
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
