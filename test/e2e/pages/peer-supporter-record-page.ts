// A peer supporter's record: details, status (leave with dates and a private reason),
// training, certifications, archive and restore.
import type { Locator, Page } from '@playwright/test';
import { PersonRecordPage } from './person-record-page';

export interface Leave {
  from: string;
  until: string;
  reason: string;
}

export class PeerSupporterRecordPage extends PersonRecordPage {
  readonly training: Locator;
  readonly certifications: Locator;

  constructor(page: Page) {
    super(page, 'peer supporter');
    this.training = page.getByRole('region', { name: 'Training' });
    this.certifications = page.getByRole('region', { name: 'Certifications' });
  }

  async changeStatus(status: string, leave?: Leave): Promise<void> {
    await this.openStatusForm(status);
    if (leave) {
      await this.statusPanel.getByLabel('Leave from').fill(leave.from);
      await this.statusPanel.getByLabel('Leave until').fill(leave.until);
      await this.statusPanel.getByLabel('Reason for the leave (private)').fill(leave.reason);
    }
    await this.saveStatus();
  }

  async addTraining(record: { topic: string; on: string; hours: string; trainer: string }): Promise<void> {
    const form = this.training.getByRole('form', { name: 'Add training' });
    await form.getByLabel('Topic').selectOption({ label: record.topic });
    await form.getByLabel('Date').fill(record.on);
    await form.getByLabel('Hours').fill(record.hours);
    await form.getByLabel('Trainer').fill(record.trainer);
    await form.getByRole('button', { name: 'Add training' }).click();
  }

  async addCertification(certification: { name: string; issuedOn: string; expiresOn: string }): Promise<void> {
    const form = this.certifications.getByRole('form', { name: 'Add certification' });
    await form.getByLabel('Certification').fill(certification.name);
    await form.getByLabel('Issued on').fill(certification.issuedOn);
    await form.getByLabel('Expires on').fill(certification.expiresOn);
    await form.getByRole('button', { name: 'Add certification' }).click();
  }
}
