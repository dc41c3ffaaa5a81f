// The Reports page: the period and sections, building, the report's sections with their tables
// and charts, the exports, and saved funder profiles.
import { expect, type Download, type Locator, type Page } from '@playwright/test';

const chartName = (title: string) => new RegExp(`^${title}:`);

export class ReportsPage {
  readonly form: Locator;
  readonly report: Locator;
  readonly profiles: Locator;
  readonly saveProfileForm: Locator;

  constructor(private readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Report' });
    this.report = page.getByRole('article');
    this.profiles = page.getByRole('list', { name: 'Funder profiles' });
    this.saveProfileForm = page.getByRole('form', { name: 'Save as profile' });
  }

  async choosePeriod(label: string): Promise<void> {
    await this.form.getByLabel('Period').selectOption({ label });
  }

  section(label: string): Locator {
    return this.form.getByRole('checkbox', { name: label, exact: true });
  }

  /** Builds and waits for the report of that period (its label, such as "(last quarter)"). */
  async build(periodLabel: string | RegExp): Promise<void> {
    await this.form.getByRole('button', { name: 'Build report' }).click();
    await this.expectPeriod(periodLabel);
  }

  async expectPeriod(periodLabel: string | RegExp): Promise<void> {
    await expect(this.report.getByRole('definition').first()).toContainText(periodLabel);
  }

  sectionRegion(title: string): Locator {
    return this.report.getByRole('region', { name: title, exact: true });
  }

  table(caption: string): Locator {
    return this.report.getByRole('table', { name: caption, exact: true });
  }

  /** A chart, found by the title its accessible name begins with. */
  chart(title: string): Locator {
    return this.report.getByRole('img', { name: chartName(title) });
  }

  /** The table drawn beside a chart. */
  tableBeside(chartTitle: string): Locator {
    const chart = this.page.getByRole('img', { name: chartName(chartTitle) });
    return this.report.locator('.report-figure').filter({ has: chart }).getByRole('table');
  }

  /** The number in a table's totals row, under a column, as shown ("1,234" is 1234). */
  async totalOf(table: Locator, column: string): Promise<number> {
    const headers = await table.locator('thead th').allTextContents();
    const index = headers.indexOf(column);
    expect(index, `column "${column}"`).toBeGreaterThan(0);
    const text = await table.locator('tfoot tr').locator('th, td').nth(index).textContent();
    const value = Number((text ?? '').replaceAll(',', ''));
    expect(Number.isFinite(value), `a number in the totals row: ${text}`).toBe(true);
    return value;
  }

  async export(label: 'Export XLSX' | 'Export CSV (zip)' | 'Export PDF'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.report.getByRole('button', { name: label }).click();
    return download;
  }

  async saveProfile(name: string): Promise<void> {
    await this.saveProfileForm.getByLabel('Profile name').fill(name);
    await this.saveProfileForm.getByRole('button', { name: 'Save as profile' }).click();
    await expect(this.profiles.getByRole('button', { name, exact: true })).toBeVisible();
  }

  async buildProfile(name: string): Promise<void> {
    await this.profiles.getByRole('button', { name, exact: true }).click();
  }
}
