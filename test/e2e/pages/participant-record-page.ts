// A participant's record: the details form, the status panel (closing takes a reason), archive
// and restore.
import type { Page } from '@playwright/test';
import { PersonRecordPage } from './person-record-page';

export class ParticipantRecordPage extends PersonRecordPage {
  constructor(page: Page) {
    super(page, 'participant');
  }

  async changeStatus(status: string, reason?: string): Promise<void> {
    await this.openStatusForm(status);
    if (reason) await this.statusPanel.getByLabel('Reason for closing').selectOption({ label: reason });
    await this.saveStatus();
  }
}
