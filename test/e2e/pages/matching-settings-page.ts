// Settings > Matching: the weight of each criterion, and the follow-up schedule.
import { expect, type Locator, type Page } from '@playwright/test';

export class MatchingSettingsPage {
  readonly panel: Locator;
  readonly weights: Locator;
  readonly schedule: Locator;

  constructor(page: Page) {
    this.panel = page.getByRole('region', { name: 'Matching' });
    this.weights = page.getByRole('form', { name: 'Matching weights' });
    this.schedule = page.getByRole('form', { name: 'Follow-up schedule' });
  }

  /** A criterion's weight, by its label, such as "Places free". */
  weight(label: string): Locator {
    return this.weights.getByLabel(label, { exact: true });
  }

  day(label: string): Locator {
    return this.schedule.getByLabel(label, { exact: true });
  }

  async saveWeights(): Promise<void> {
    await this.weights.getByRole('button', { name: 'Save weights' }).click();
  }

  async expectWeightsSaved(): Promise<void> {
    await expect(this.weights.getByRole('status')).toHaveText('Weights saved.');
  }

  async saveSchedule(): Promise<void> {
    await this.schedule.getByRole('button', { name: 'Save follow-ups' }).click();
  }
}
