// People added through the UI, for tests that need a list or a record to work on, and the steps
// both kinds of person take alike.
import { expect, type Page } from '@playwright/test';
import { AppShellPage } from './pages/app-shell-page';
import { ParticipantRecordPage } from './pages/participant-record-page';
import { ParticipantsPage } from './pages/participants-page';
import { PeerSupporterRecordPage } from './pages/peer-supporter-record-page';
import { PeerSupportersPage } from './pages/peer-supporters-page';
import type { PeopleListPage } from './pages/people-list-page';
import type { PersonDetails, PersonRecordPage } from './pages/person-record-page';

export interface NewPerson extends PersonDetails {
  first: string;
  last: string;
  /** A status to move to after adding, such as "Waiting for a match". */
  status?: string;
}

/** A kind of person: its list and record pages, and the navigation link to its list. */
export interface PeopleKind<ListPage extends PeopleListPage, RecordPage extends PersonRecordPage> {
  List: new (page: Page) => ListPage;
  Record: new (page: Page) => RecordPage;
  openList: (shell: AppShellPage) => Promise<void>;
}

export const participants: PeopleKind<ParticipantsPage, ParticipantRecordPage> = {
  List: ParticipantsPage,
  Record: ParticipantRecordPage,
  openList: (shell) => shell.openParticipants(),
};

export const peerSupporters: PeopleKind<PeerSupportersPage, PeerSupporterRecordPage> = {
  List: PeerSupportersPage,
  Record: PeerSupporterRecordPage,
  openList: (shell) => shell.openPeerSupporters(),
};

export function peoplePages<ListPage extends PeopleListPage, RecordPage extends PersonRecordPage>(
  page: Page,
  kind: PeopleKind<ListPage, RecordPage>,
) {
  const shell = new AppShellPage(page);
  return { shell, list: new kind.List(page), record: new kind.Record(page), openList: () => kind.openList(shell) };
}

export async function addPeople(
  page: Page,
  kind: PeopleKind<PeopleListPage, PersonRecordPage>,
  people: readonly NewPerson[],
): Promise<void> {
  const { list, record, openList } = peoplePages(page, kind);
  for (const person of people) {
    await openList();
    await list.startNew();
    await record.fillDetails(person);
    await record.add(person.first, person.last);
    if (person.status) {
      await record.openStatusForm(person.status);
      await record.saveStatus();
      await record.expectStatus(person.status);
    }
  }
}

/**
 * From the open record of `name`: Archive, then Undo; Archive again, and the record leaves the
 * list but for "Include archived"; Restore brings it back.
 */
export async function archiveUndoAndRestore(
  page: Page,
  kind: PeopleKind<PeopleListPage, PersonRecordPage>,
  name: string,
): Promise<void> {
  const { list, record, openList } = peoplePages(page, kind);
  const archived = page.getByText('Archived', { exact: true });
  await record.button('Archive').click();
  await expect(archived).toBeVisible();
  await record.button('Undo').click();
  await expect(record.button('Archive')).toBeVisible();
  await expect(archived).toHaveCount(0);

  await record.button('Archive').click();
  await expect(record.button('Undo')).toBeVisible();
  await openList();
  await list.expectCount(0);
  await list.includeArchived.check();
  await list.expectCount(1);
  await expect(list.grid.getByText('Archived')).toBeVisible();
  await list.open(name);
  await record.button('Restore').click();
  await expect(record.button('Archive')).toBeVisible();
  await openList();
  await list.expectCount(1);
}
