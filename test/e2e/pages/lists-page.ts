// Settings > Lists: the program's vocabulary, one kind at a time.
import { expect, type Locator, type Page } from '@playwright/test';

export class ListsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Edit the lists' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Lists' })).toBeVisible();
  }

  async chooseList(label: string): Promise<void> {
    await this.page.getByLabel('List', { exact: true }).selectOption({ label });
  }

  /** A term's row, found by its own actions (a sub-type's text also carries its parent's name). */
  term(label: string): Locator {
    return this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name: `Rename ${label}`, exact: true }) });
  }

  deleteButton(label: string): Locator {
    return this.page.getByRole('button', { name: `Delete ${label}`, exact: true });
  }

  async add(label: string, parent?: string): Promise<void> {
    await this.page.getByLabel('New term').fill(label);
    if (parent) await this.page.getByLabel('Sub-type of').selectOption({ label: parent });
    await this.page.getByRole('button', { name: 'Add term' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: `Added “${label}”.` })).toBeVisible();
  }

  async rename(label: string, newLabel: string): Promise<void> {
    await this.page.getByRole('button', { name: `Rename ${label}`, exact: true }).click();
    await this.page.getByLabel(`New name for ${label}`, { exact: true }).fill(newLabel);
    await this.page.getByRole('button', { name: 'Save name' }).click();
    await expect(this.term(newLabel)).toBeVisible();
  }

  async delete(label: string): Promise<void> {
    await this.deleteButton(label).click();
    await expect(this.term(label)).toHaveCount(0);
  }

  async retire(label: string): Promise<void> {
    await this.page.getByRole('button', { name: `Retire ${label}` }).click();
    await expect(this.page.getByRole('button', { name: `Bring back ${label}` })).toBeVisible();
  }
}
