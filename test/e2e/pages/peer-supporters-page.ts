// The peer supporters list: search, filters, count and the grid with its certification flags.
import type { Locator, Page } from '@playwright/test';
import { PeopleListPage } from './people-list-page';

export class PeerSupportersPage extends PeopleListPage {
  constructor(page: Page) {
    super(page, { one: 'peer supporter', many: 'peer supporters', title: 'Peer supporters' });
  }

  /** The grid row that holds this person's name. */
  gridRow(name: string): Locator {
    return this.grid.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }
}
