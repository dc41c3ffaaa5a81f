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

  async add(label: string, parent?: string, options: { need?: boolean } = {}): Promise<void> {
    await this.page.getByLabel('New term').fill(label);
    if (parent) await this.page.getByLabel('Sub-type of').selectOption({ label: parent });
    if (options.need) await this.page.getByRole('checkbox', { name: 'A need or issue, not a condition' }).check();
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

  /** Marks a main lived-experience tag as a need (or back as a condition). */
  async markAs(label: string, what: 'a need' | 'a condition'): Promise<void> {
    await this.page.getByRole('button', { name: `Mark as ${what}: ${label}`, exact: true }).click();
    const back = what === 'a need' ? 'a condition' : 'a need';
    await expect(this.page.getByRole('button', { name: `Mark as ${back}: ${label}`, exact: true })).toBeVisible();
  }

  needBadge(label: string): Locator {
    return this.term(label).getByText('Need', { exact: true });
  }

  async retire(label: string): Promise<void> {
    await this.page.getByRole('button', { name: `Retire ${label}` }).click();
    await expect(this.page.getByRole('button', { name: `Bring back ${label}` })).toBeVisible();
  }
}
