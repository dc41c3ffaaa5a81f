// The participants list: search, filters, count and the table.
import { expect, type Locator, type Page } from '@playwright/test';

export class ParticipantsPage {
  readonly search: Locator;
  readonly count: Locator;
  readonly grid: Locator;
  readonly includeArchived: Locator;

  constructor(private readonly page: Page) {
    this.search = page.getByLabel('Search participants');
    this.count = page.locator('.list-count');
    this.grid = page.getByRole('grid', { name: 'Participants' });
    this.includeArchived = page.getByLabel('Include archived');
  }

  async expectCount(count: number): Promise<void> {
    await expect(this.count).toHaveText(
      `${count.toLocaleString('en-US')} ${count === 1 ? 'participant' : 'participants'}`,
    );
  }

  row(name: string): Locator {
    return this.grid.getByRole('link', { name, exact: true });
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add participant' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'New participant' })).toBeVisible();
  }

  async open(name: string): Promise<void> {
    await this.row(name).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }
}
