// The resource directory: the list with each resource's type, contact and referrals; add, edit,
// retire and bring back.
import { expect, type Locator, type Page } from '@playwright/test';

export interface ResourceDetails {
  name?: string;
  /** "Clinical care", "Food", ... */
  type?: string;
  contactName?: string;
  phone?: string;
  email?: string;
  website?: string;
  address?: string;
  notes?: string;
}

export class ResourcesPage {
  readonly list: Locator;
  readonly addForm: Locator;

  constructor(private readonly page: Page) {
    this.list = page.getByRole('list', { name: 'Resources' });
    this.addForm = page.getByRole('form', { name: 'Add a resource' });
  }

  /** A resource's row, found by its own Edit button. */
  row(name: string): Locator {
    return this.list
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name: `Edit ${name}`, exact: true }) });
  }

  editForm(name: string): Locator {
    return this.page.getByRole('form', { name: `Edit ${name}` });
  }

  static field(form: Locator, label: string): Locator {
    return form.getByLabel(label, { exact: true });
  }

  async fill(form: Locator, details: ResourceDetails): Promise<void> {
    const field = (label: string) => ResourcesPage.field(form, label);
    if (details.name !== undefined) await field('Name').fill(details.name);
    if (details.type !== undefined) await field('Type').selectOption({ label: details.type });
    if (details.contactName !== undefined) await field('Contact person').fill(details.contactName);
    if (details.phone !== undefined) await field('Phone').fill(details.phone);
    if (details.email !== undefined) await field('Email').fill(details.email);
    if (details.website !== undefined) await field('Website').fill(details.website);
    if (details.address !== undefined) await field('Address').fill(details.address);
    if (details.notes !== undefined) await field('Notes').fill(details.notes);
  }

  async add(details: ResourceDetails & { name: string }): Promise<void> {
    await this.fill(this.addForm, details);
    await this.addForm.getByRole('button', { name: 'Add resource' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: `Added “${details.name}”.` })).toBeVisible();
    await expect(this.row(details.name)).toBeVisible();
  }

  async edit(name: string, details: ResourceDetails): Promise<void> {
    await this.page.getByRole('button', { name: `Edit ${name}`, exact: true }).click();
    const form = this.editForm(name);
    await this.fill(form, details);
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(form).toHaveCount(0);
  }

  async toggleRetired(name: string, action: 'Retire' | 'Bring back'): Promise<void> {
    await this.page.getByRole('button', { name: `${action} ${name}`, exact: true }).click();
    const next = action === 'Retire' ? 'Bring back' : 'Retire';
    await expect(this.page.getByRole('button', { name: `${next} ${name}`, exact: true })).toBeVisible();
  }
}
