// The "Do not match" section of a participant's or a peer supporter's page.
import { expect, type Locator, type Page } from '@playwright/test';
import { PersonPickerPart } from './person-picker';

export class DoNotMatchSection {
  readonly region: Locator;
  readonly pairs: Locator;
  readonly form: Locator;
  readonly other: PersonPickerPart;

  constructor(
    page: Page,
    /** Whom this person picks: "Peer supporter" on a participant's page, "Participant" on a peer's. */
    otherLegend: 'Peer supporter' | 'Participant',
  ) {
    this.region = page.getByRole('region', { name: 'Do not match' });
    this.pairs = this.region.getByRole('list', { name: 'Not to be matched with' });
    this.form = this.region.getByRole('form', { name: 'Add a do not match pair' });
    this.other = new PersonPickerPart(this.form.getByRole('group', { name: otherLegend, exact: true }));
  }

  async fill(pair: { name?: string; reason?: string; note?: string }): Promise<void> {
    if (pair.name !== undefined) await this.other.add(pair.name);
    if (pair.reason !== undefined) await this.form.getByLabel('Reason').selectOption({ label: pair.reason });
    if (pair.note !== undefined) await this.form.getByLabel('Note', { exact: true }).fill(pair.note);
  }

  async submit(): Promise<void> {
    await this.form.getByRole('button', { name: 'Add to do not match' }).click();
  }

  async remove(name: string): Promise<void> {
    await this.region.getByRole('button', { name: `Remove do not match: ${name}` }).click();
    await expect(this.region.getByRole('link', { name })).toHaveCount(0);
  }
}
