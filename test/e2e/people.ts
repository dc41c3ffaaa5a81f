// People added through the UI, for tests that need a list or a record to work on.
import type { Page } from '@playwright/test';
import { AppShellPage } from './pages/app-shell-page';
import { ParticipantRecordPage } from './pages/participant-record-page';
import { ParticipantsPage } from './pages/participants-page';
import { PeerSupporterRecordPage } from './pages/peer-supporter-record-page';
import { PeerSupportersPage } from './pages/peer-supporters-page';
import type { PersonDetails } from './pages/person-record-page';

export interface NewPerson extends PersonDetails {
  first: string;
  last: string;
  /** A status to move to after adding, such as "Waiting for a match". */
  status?: string;
}

export async function addParticipants(page: Page, people: readonly NewPerson[]): Promise<void> {
  const shell = new AppShellPage(page);
  const list = new ParticipantsPage(page);
  const record = new ParticipantRecordPage(page);
  for (const person of people) {
    await shell.openParticipants();
    await list.startNew();
    await record.fillDetails(person);
    await record.add(person.first, person.last);
    if (person.status) {
      await record.changeStatus(person.status);
      await record.expectStatus(person.status);
    }
  }
}

export async function addPeerSupporters(page: Page, people: readonly NewPerson[]): Promise<void> {
  const shell = new AppShellPage(page);
  const list = new PeerSupportersPage(page);
  const record = new PeerSupporterRecordPage(page);
  for (const person of people) {
    await shell.openPeerSupporters();
    await list.startNew();
    await record.fillDetails(person);
    await record.add(person.first, person.last);
    if (person.status) {
      await record.changeStatus(person.status);
      await record.expectStatus(person.status);
    }
  }
}
