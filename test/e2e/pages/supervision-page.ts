// A supervision note's page and the Supervision section of a peer supporter's record; and the
// dashboard's attention list on Home.
import { expect, type Locator, type Page } from '@playwright/test';

export interface NoteDetails {
  minutes?: number;
  topics?: string[];
  wellbeing?: string;
  summary?: string;
  actions?: Array<{ description: string; owner?: string; dueOn: string }>;
}

export class SupervisionPage {
  readonly panel: Locator;
  readonly form: Locator;
  readonly attention: Locator;

  constructor(private readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Supervision', exact: true });
    this.form = page.getByRole('form', { name: 'Supervision note' });
    this.attention = page.getByRole('region', { name: 'Needs attention' });
  }

  async startNew(): Promise<void> {
    await this.panel.getByRole('link', { name: 'Write a supervision note' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^New supervision note: / })).toBeVisible();
  }

  async fill(details: NoteDetails): Promise<void> {
    if (details.minutes !== undefined) await this.form.getByLabel('Minutes').fill(String(details.minutes));
    for (const topic of details.topics ?? []) await this.form.getByRole('checkbox', { name: topic }).check();
    if (details.wellbeing !== undefined) {
      await this.form.getByLabel('Well-being check').selectOption({ label: details.wellbeing });
    }
    if (details.summary !== undefined) await this.form.getByRole('textbox', { name: 'Summary' }).fill(details.summary);
    for (const [index, action] of (details.actions ?? []).entries()) {
      await this.form.getByRole('button', { name: 'Add an action item' }).click();
      await this.form.getByLabel(`Action ${index + 1}`, { exact: true }).fill(action.description);
      if (action.owner !== undefined) await this.form.getByLabel(`Owner of action ${index + 1}`).fill(action.owner);
      await this.form.getByLabel(`Due date of action ${index + 1}`).fill(action.dueOn);
    }
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: 'Save note' }).click();
    await expect(this.page.getByText('Supervision note saved.')).toBeVisible();
  }

  attentionCount(label: string): Locator {
    return this.attention.getByRole('list', { name: 'Counts' }).getByRole('listitem').filter({ hasText: label });
  }
}
