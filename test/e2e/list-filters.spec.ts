// The people lists' filters: each one narrows the count and the rows, and the list keeps its
// filters, search and sort while a record is open (Back, the breadcrumb, the nav link, a reload).
import { expect, test } from './fixtures';
import { addPeople, participants, peerSupporters } from './people';
import { AppShellPage } from './pages/app-shell-page';
import { ParticipantRecordPage } from './pages/participant-record-page';
import { ParticipantsPage } from './pages/participants-page';
import { PeerSupportersPage } from './pages/peer-supporters-page';

test('participants: filter by status, tag, language and region; the count follows', async ({ page, program }) => {
  expect(program.programName).toBeTruthy();
  await addPeople(page, participants, [
    {
      first: 'Zoë',
      last: 'Adams',
      region: 'North Hills',
      languages: ['Spanish'],
      tags: ['Type 2'],
      status: 'Waiting for a match',
    },
    { first: 'Liam', last: "O'Brien", region: 'South Bay', languages: ['English'], tags: ['Lumpectomy'] },
    {
      first: 'Sam',
      last: 'Lee',
      region: 'north hills',
      languages: ['Spanish', 'English'],
      tags: ['Type 1'],
      status: 'Waiting for a match',
    },
    { first: 'Ana', last: 'Diaz', languages: ['French'] },
  ]);
  const shell = new AppShellPage(page);
  const list = new ParticipantsPage(page);
  await shell.openParticipants();
  await list.expectCount(4);

  await list.setStatus('Waiting for a match', true);
  await list.expectCount(2);
  await list.expectNames(['Zoë Adams', 'Sam Lee']);
  await list.setStatus('Referred', true);
  await list.expectCount(4);
  await list.setStatus('Waiting for a match', false);
  await list.expectCount(2);
  await list.expectNames(['Ana Diaz', "Liam O'Brien"]);
  await list.setStatus('Referred', false);
  await list.expectCount(4);

  // A main tag finds its sub-types too.
  await list.tag.selectOption({ label: 'Diabetes / Type 2' });
  await list.expectCount(1);
  await list.expectNames(['Zoë Adams']);
  await list.tag.selectOption({ label: 'Diabetes (all)' });
  await list.expectCount(2);
  await list.expectNames(['Zoë Adams', 'Sam Lee']);
  await list.tag.selectOption({ label: 'Any tag' });
  await list.expectCount(4);

  await list.language.selectOption({ label: 'Spanish' });
  await list.expectCount(2);
  await list.expectNames(['Zoë Adams', 'Sam Lee']);
  await list.language.selectOption({ label: 'French' });
  await list.expectCount(1);
  await list.expectNames(['Ana Diaz']);
  await list.language.selectOption({ label: 'Any language' });
  await list.expectCount(4);

  // Any part of the region, in any case.
  await list.region.fill('NORTH');
  await list.expectCount(2);
  await list.expectNames(['Zoë Adams', 'Sam Lee']);
  await list.region.fill('bay');
  await list.expectCount(1);
  await list.expectNames(["Liam O'Brien"]);

  // Filters add up.
  await list.language.selectOption({ label: 'French' });
  await list.expectCount(0);
  await expect(page.getByText('No participants to show.')).toBeVisible();
  await list.region.fill('');
  await list.expectCount(1);
  await list.language.selectOption({ label: 'Any language' });
  await list.expectCount(4);
});

test('participants: filters, search and sort are kept while a record is open', async ({ page, program }) => {
  expect(program.programName).toBeTruthy();
  await addPeople(page, participants, [
    { first: 'Zoë', last: 'Adams', region: 'North Hills', tags: ['Type 2'], status: 'Waiting for a match' },
    { first: 'Sam', last: 'Lee', region: 'North Hills', tags: ['Type 1'], status: 'Waiting for a match' },
    { first: 'Liam', last: "O'Brien", region: 'North Hills', tags: ['Type 1'] },
    { first: 'Ana', last: 'Diaz', region: 'South Bay', tags: ['Type 1'], status: 'Waiting for a match' },
  ]);
  const shell = new AppShellPage(page);
  const list = new ParticipantsPage(page);
  const record = new ParticipantRecordPage(page);
  await shell.openParticipants();
  await list.setStatus('Waiting for a match', true);
  await list.tag.selectOption({ label: 'Diabetes (all)' });
  await list.region.fill('north');
  await list.sortBy('Name');
  await list.expectCount(2);
  await list.expectNames(['Sam Lee', 'Zoë Adams']);

  const expectKept = async () => {
    await expect(list.status('Waiting for a match')).toBeChecked();
    await expect(list.status('Referred')).not.toBeChecked();
    await expect(list.tag.locator('option:checked')).toHaveText('Diabetes (all)');
    await expect(list.region).toHaveValue('north');
    await expect(list.columnHeader('Name')).toHaveAttribute('aria-sort', 'descending');
    await list.expectCount(2);
    await list.expectNames(['Sam Lee', 'Zoë Adams']);
  };

  // The browser's Back button.
  await list.open('Sam Lee');
  await page.goBack();
  await expectKept();

  // The record's breadcrumb.
  await list.open('Sam Lee');
  await page.locator('.breadcrumb').getByRole('link', { name: 'Participants' }).click();
  await expectKept();

  // The nav link, after going elsewhere in between.
  await list.open('Zoë Adams');
  await shell.openHome();
  await shell.openParticipants();
  await expectKept();

  // A reload.
  await page.reload();
  await expectKept();

  // The search box too; clearing everything is remembered as well.
  await list.search.fill('zoe');
  await list.expectCount(1);
  await list.open('Zoë Adams');
  await page.goBack();
  await expect(list.search).toHaveValue('zoe');
  await list.expectNames(['Zoë Adams']);
  await list.search.fill('');
  await list.setStatus('Waiting for a match', false);
  await list.tag.selectOption({ label: 'Any tag' });
  await list.region.fill('');
  await list.expectCount(4);
  await list.open("Liam O'Brien");
  await record.expectStatus('Referred');
  await shell.openParticipants();
  await list.expectCount(4);
  await expect(list.region).toHaveValue('');
});

test('peer supporters: filter by language and status; the filters are kept while a record is open', async ({
  page,
  program,
}) => {
  expect(program.programName).toBeTruthy();
  await addPeople(page, peerSupporters, [
    { first: 'Amara', last: 'Okafor', languages: ['Spanish'], region: 'East End', status: 'Active' },
    { first: 'Ben', last: 'Cho', languages: ['English'], region: 'East End' },
    { first: 'Carla', last: 'Ruiz', languages: ['Spanish', 'English'], region: 'West End' },
  ]);
  const shell = new AppShellPage(page);
  const list = new PeerSupportersPage(page);
  await shell.openPeerSupporters();
  await list.expectCount(3);

  await list.language.selectOption({ label: 'Spanish' });
  await list.expectCount(2);
  await list.expectNames(['Amara Okafor', 'Carla Ruiz']);
  await list.setStatus('Active', true);
  await list.expectCount(1);
  await list.expectNames(['Amara Okafor']);
  await list.setStatus('Active', false);
  await list.region.fill('west');
  await list.expectCount(1);
  await list.expectNames(['Carla Ruiz']);

  await list.open('Carla Ruiz');
  await page.goBack();
  await expect(list.language.locator('option:checked')).toHaveText('Spanish');
  await expect(list.region).toHaveValue('west');
  await list.expectCount(1);
  await list.open('Carla Ruiz');
  await shell.openPeerSupporters();
  await expect(list.language.locator('option:checked')).toHaveText('Spanish');
  await list.expectNames(['Carla Ruiz']);
});
