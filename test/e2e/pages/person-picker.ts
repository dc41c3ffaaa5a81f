// A PersonPicker inside a form: find people by name and add them, or remove one chosen.
import { expect, type Locator } from '@playwright/test';

export class PersonPickerPart {
  readonly chosen: Locator;

  constructor(readonly group: Locator) {
    this.chosen = group.getByRole('list', { name: /: chosen$/ });
  }

  async add(name: string): Promise<void> {
    await this.group.getByLabel('Find by name').fill(name);
    await this.group.getByRole('button', { name: `Add ${name}`, exact: true }).click();
    await expect(this.group.getByRole('button', { name: `Remove ${name}`, exact: true })).toBeVisible();
  }

  async remove(name: string): Promise<void> {
    await this.group.getByRole('button', { name: `Remove ${name}`, exact: true }).click();
    await expect(this.group.getByRole('button', { name: `Remove ${name}`, exact: true })).toHaveCount(0);
  }
}
