// A people list (participants or peer supporters): search, filters, count and the grid.
import { expect, type Locator, type Page } from '@playwright/test';

export interface PeopleWords {
  /** "participant", "peer supporter" */
  one: string;
  /** "participants", "peer supporters" */
  many: string;
  /** The grid's name and the list's heading: "Participants", "Peer supporters". */
  title: string;
}

export class PeopleListPage {
  readonly search: Locator;
  readonly count: Locator;
  readonly grid: Locator;
  readonly includeArchived: Locator;
  readonly filters: Locator;
  readonly tag: Locator;
  readonly language: Locator;
  readonly region: Locator;

  constructor(
    protected readonly page: Page,
    private readonly words: PeopleWords,
  ) {
    this.search = page.getByLabel(`Search ${words.many}`);
    this.count = page.locator('.list-count');
    this.grid = page.getByRole('grid', { name: words.title });
    this.includeArchived = page.getByLabel('Include archived');
    this.filters = page.getByRole('search', { name: `Find ${words.many}` });
    this.tag = this.filters.getByLabel('Tag', { exact: true });
    this.language = this.filters.getByLabel('Language', { exact: true });
    this.region = this.filters.getByLabel('Region', { exact: true });
  }

  /** A status's checkbox in the filters, such as "Waiting for a match". */
  status(label: string): Locator {
    return this.filters.getByRole('checkbox', { name: label, exact: true });
  }

  /**
   * Ticks or clears a status filter. The box shows the list's URL, which the router updates in a
   * transition: under load it may change a moment after the click, so wait for it rather than
   * expect it at once (as check() and uncheck() do).
   */
  async setStatus(label: string, checked: boolean): Promise<void> {
    const box = this.status(label);
    if ((await box.isChecked()) !== checked) await box.click();
    await expect(box).toBeChecked({ checked });
  }

  columnHeader(name: string): Locator {
    return this.grid.getByRole('columnheader', { name });
  }

  async sortBy(column: string): Promise<void> {
    await this.columnHeader(column).getByRole('button').click();
  }

  /** The names in the grid, top to bottom (the rows drawn, which is all of a short list). */
  async expectNames(names: string[]): Promise<void> {
    await expect(this.grid.getByRole('row').getByRole('link')).toHaveText(names);
  }

  async expectCount(count: number): Promise<void> {
    await expect(this.count).toHaveText(
      `${count.toLocaleString('en-US')} ${count === 1 ? this.words.one : this.words.many}`,
    );
  }

  row(name: string): Locator {
    return this.grid.getByRole('link', { name, exact: true });
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('button', { name: `Add ${this.words.one}` }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: `New ${this.words.one}` })).toBeVisible();
  }

  async open(name: string): Promise<void> {
    await this.row(name).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }
}
