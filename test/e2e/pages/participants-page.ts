// The participants list: search, filters, count and the grid.
import type { Page } from '@playwright/test';
import { PeopleListPage } from './people-list-page';

export class ParticipantsPage extends PeopleListPage {
  constructor(page: Page) {
    super(page, { one: 'participant', many: 'participants', title: 'Participants' });
  }
}
