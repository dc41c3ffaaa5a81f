// The group sessions: the list (newest first) and one session's page with its form and delete.
import { expect, type Locator, type Page } from '@playwright/test';
import { PersonPickerPart } from './person-picker';

export interface GroupDetails {
  title?: string;
  heldOn?: string;
  minutes?: number;
  /** "In person", "Video", ... */
  modality?: string;
  facilitators?: string[];
  topics?: string[];
  attendees?: string[];
  anonymous?: number;
  notes?: string;
}

export class GroupSessionPage {
  readonly table: Locator;
  readonly count: Locator;
  readonly form: Locator;
  readonly facilitators: PersonPickerPart;
  readonly attendees: PersonPickerPart;
  readonly confirmDelete: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Group sessions' });
    this.count = page.locator('.list-count');
    this.form = page.getByRole('form', { name: 'Group session' });
    this.facilitators = new PersonPickerPart(this.form.getByRole('group', { name: 'Facilitators' }));
    this.attendees = new PersonPickerPart(this.form.getByRole('group', { name: 'Participants who came' }));
    this.confirmDelete = page.getByRole('dialog', { name: 'Delete this group session?' });
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  topic(index: number): Locator {
    return this.form.getByRole('textbox', { name: `Topic ${index}`, exact: true });
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('link', { name: 'Add group session' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'New group session' })).toBeVisible();
  }

  async fill(details: GroupDetails): Promise<void> {
    if (details.title !== undefined) await this.field('Title').fill(details.title);
    if (details.heldOn !== undefined) await this.field('Date').fill(details.heldOn);
    if (details.minutes !== undefined) await this.field('Minutes').fill(String(details.minutes));
    if (details.modality !== undefined) await this.field('How it was held').selectOption({ label: details.modality });
    for (const name of details.facilitators ?? []) await this.facilitators.add(name);
    for (const topic of details.topics ?? []) {
      await this.form.getByRole('button', { name: 'Add a topic' }).click();
      await this.form
        .getByRole('textbox', { name: /^Topic \d+$/ })
        .last()
        .fill(topic);
    }
    for (const name of details.attendees ?? []) await this.attendees.add(name);
    if (details.anonymous !== undefined) {
      await this.field('Others who came without giving a name').fill(String(details.anonymous));
    }
    if (details.notes !== undefined) await this.form.getByRole('textbox', { name: 'Notes' }).fill(details.notes);
  }

  /** Adds the new session and waits for its page. */
  async add(title: string): Promise<void> {
    await this.form.getByRole('button', { name: 'Add group session' }).click();
    await expect(this.page.getByText('Group session added.')).toBeVisible();
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText(title);
  }

  async saveChanges(): Promise<void> {
    await this.form.getByRole('button', { name: 'Save changes' }).click();
    await expect(this.form.getByRole('status')).toHaveText('Changes saved.');
  }

  /** A row of the list, found by the session's title. */
  row(title: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  async open(title: string): Promise<void> {
    await this.table.getByRole('link', { name: title, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText(title);
  }

  async startDelete(): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete session' }).click();
    await expect(this.confirmDelete).toBeVisible();
  }
}
