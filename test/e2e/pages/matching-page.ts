// Matching through the UI: the Matches section of a participant's record, the suggestions page,
// a match's page (start, end, follow-ups and the fit check, the contact timeline) and the form
// that logs a contact or an attempt.
import { expect, type Locator, type Page } from '@playwright/test';

export interface ContactDetails {
  /** YYYY-MM-DDTHH:MM */
  at: string;
  minutes?: number;
  modality?: string;
  functions?: string[];
  fidelityItems?: string[];
  concern?: string;
}

export class MatchingPage {
  /** The Matches section of a participant's record. */
  readonly section: Locator;
  readonly suggested: Locator;
  readonly facts: Locator;
  readonly followUps: Locator;
  readonly contacts: Locator;
  readonly timeline: Locator;
  readonly contactForm: Locator;

  constructor(private readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Matches', exact: true });
    this.suggested = page.getByRole('region', { name: 'Suggested' });
    this.facts = page.getByRole('region', { name: 'The match' });
    this.followUps = page.getByRole('region', { name: 'Follow-ups' });
    this.contacts = page.getByRole('region', { name: 'Contacts', exact: true });
    this.timeline = this.contacts.getByRole('list', { name: 'Contacts and attempts' });
    this.contactForm = page.getByRole('form', { name: /^(Contact|Attempt)$/ });
  }

  async findPeerSupporter(participant: string): Promise<void> {
    await this.section.getByRole('link', { name: 'Find a peer supporter' }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: `Find a peer supporter for ${participant}` }),
    ).toBeVisible();
  }

  /** A ranked peer supporter on the suggestions page. */
  suggestion(peer: string): Locator {
    return this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { level: 3, name: new RegExp(`^\\d+\\. ${peer}$`) }) });
  }

  reasons(peer: string): Locator {
    return this.suggestion(peer)
      .getByRole('list', { name: new RegExp(`^Why ${peer} ranks`) })
      .getByRole('listitem');
  }

  async choose(peer: string): Promise<void> {
    await this.suggestion(peer)
      .getByRole('button', { name: `Choose ${peer}` })
      .click();
  }

  /** Chooses a peer supporter and starts the match from the given day. */
  async startMatch(peer: string, startedOn: string): Promise<void> {
    await this.choose(peer);
    await this.startChosen(peer, startedOn);
  }

  /** Starts the match with the peer supporter already chosen. */
  async startChosen(peer: string, startedOn: string): Promise<void> {
    const form = this.page.getByRole('form', { name: `Match with ${peer}` });
    await form.getByLabel('Start date').fill(startedOn);
    await form.getByRole('button', { name: 'Start match' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: new RegExp(`with ${peer}$`) })).toBeVisible();
    await expect(this.page.getByText('Match started.')).toBeVisible();
  }

  async logContact(details: ContactDetails): Promise<void> {
    await this.contacts.getByRole('link', { name: 'Log a contact' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^Log a contact: / })).toBeVisible();
    await this.fillContact(details);
    await this.contactForm.getByRole('button', { name: 'Save contact' }).click();
    await expect(this.page.getByText('Contact saved.')).toBeVisible();
  }

  async logAttempt(details: ContactDetails): Promise<void> {
    await this.contacts.getByRole('link', { name: 'Log an attempt' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^Log an attempt: / })).toBeVisible();
    await this.fillContact(details);
    await this.contactForm.getByRole('button', { name: 'Save attempt' }).click();
    await expect(this.page.getByText('Contact saved.')).toBeVisible();
  }

  private async fillContact(details: ContactDetails): Promise<void> {
    const form = this.contactForm;
    await form.getByLabel('Date and time').fill(details.at);
    if (details.minutes !== undefined) await form.getByLabel('Minutes').fill(String(details.minutes));
    if (details.modality !== undefined)
      await form.getByLabel('Way of contact').selectOption({ label: details.modality });
    for (const name of details.functions ?? []) await form.getByRole('checkbox', { name, exact: true }).check();
    if (details.fidelityItems) {
      await form.getByText(/^Fidelity items/).click();
      for (const name of details.fidelityItems) await form.getByRole('checkbox', { name, exact: true }).check();
    }
    if (details.concern !== undefined) {
      await form.getByRole('checkbox', { name: 'A concern to raise with a supervisor' }).check();
      await form.getByLabel('The concern').fill(details.concern);
    }
  }

  /** The fit check on a match's page; "Not a fit" leads on to the suggestions. */
  async answerFitCheck(firstContact: 'Yes' | 'No', fit: string): Promise<void> {
    const form = this.followUps.getByRole('form', { name: 'Fit check' });
    await form.getByLabel('Did the first contact happen?').selectOption({ label: firstContact });
    await form.getByLabel(/^How does .* feel about the match\?$/).selectOption({ label: fit });
    await form.getByRole('button', { name: 'Save fit check' }).click();
  }

  /** A row of the totals above the timeline, such as "Contacts". */
  total(label: string): Locator {
    return this.contacts.locator(`dt:text-is("${label}") + dd`);
  }

  fact(label: string): Locator {
    return this.facts.locator(`dt:text-is("${label}") + dd`);
  }
}
