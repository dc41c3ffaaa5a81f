import { expect, test } from './fixtures';
import { ListsPage } from './pages/lists-page';
import { addPeople, archiveUndoAndRestore, participants, peoplePages } from './people';

test('add and edit a participant; bad input is refused next to the field and nothing is saved', async ({
  page,
  program,
}) => {
  expect(program.programName).toBeTruthy();
  const { shell, list, record } = peoplePages(page, participants);
  await shell.openParticipants();
  await list.expectCount(0);

  await list.startNew();
  await record.fillName('Zoë', 'Adams');
  await record.field('Phone').fill('555-0100');
  await record.field('Voicemail').selectOption({ label: 'Do not leave a voicemail' });
  await record.field('Text messages').selectOption({ label: 'Texts may be sent' });
  await page.getByRole('checkbox', { name: 'Spanish' }).check();
  await page.getByRole('checkbox', { name: 'Type 2' }).check();
  await record.add('Zoë', 'Adams');
  await expect(page.getByRole('status').filter({ hasText: 'Participant added.' })).toBeVisible();
  const safeContact = page.getByRole('region', { name: 'Safe contact', exact: true });
  await expect(safeContact).toContainText('555-0100');
  await expect(safeContact).toContainText('Do not leave a voicemail');
  // A "yes" to texts counts only with an active consent to be contacted by text.
  await expect(safeContact).toContainText('Not allowed: no active consent (prefers: may be sent)');

  await record.field('Region or postal area').fill('North Hills');
  await record.field("Peer's age from").fill('30');
  await record.field("Peer's age to").fill('20');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await record.expectFieldError("Peer's age to", 'The oldest age must not be below the youngest.');
  await record.field("Peer's age to").fill('45');
  await record.saveChanges();
  await page.reload();
  await expect(record.field('Region or postal area')).toHaveValue('North Hills');
  await expect(page.getByRole('checkbox', { name: 'Type 2' })).toBeChecked();

  await shell.openParticipants();
  await list.expectCount(1);
  await expect(list.grid).toContainText('North Hills');

  await list.startNew();
  await record.fillName('Future', 'Person');
  await record.field('Birth date').fill('2099-01-01');
  await record.field('Email').fill('future.example.org');
  await page.getByRole('button', { name: 'Add participant' }).click();
  await record.expectFieldError('Birth date', 'The birth date is in the future.');
  await record.expectFieldError('Email', 'Enter an email address like name@example.org.');
  await expect(page.getByRole('alert')).toContainText('Nothing was saved.');

  // Leaving asks first; leaving anyway saves nothing.
  await shell.navigation.getByRole('link', { name: 'Participants' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Leave without saving' }).click();
  await list.expectCount(1);
});

test('status changes with history, closing with a reason, archive, undo and restore', async ({ page, program }) => {
  expect(program.programName).toBeTruthy();
  await addPeople(page, participants, [{ first: 'Liam', last: "O'Brien" }]);
  const { record } = peoplePages(page, participants);
  await record.expectStatus('Referred');

  await record.changeStatus('Waiting for a match');
  await record.expectStatus('Waiting for a match');
  await record.statusPanel.getByRole('button', { name: 'Change status' }).click();
  await record.statusPanel.getByLabel('New status').selectOption({ label: 'Closed' });
  await record.statusPanel.getByRole('button', { name: 'Save status' }).click();
  await record.expectFieldError('Reason for closing', 'Choose why the participant is closed.');
  await record.statusPanel.getByLabel('Reason for closing').selectOption({ label: 'Moved away' });
  await record.statusPanel.getByRole('button', { name: 'Save status' }).click();
  await record.expectStatus('Closed');
  await record.expectStatus('Moved away');
  await record.changeStatus('Referred');
  await record.expectStatus('Referred');
  await expect(record.history).toContainText('Referred → Waiting for a match');
  await expect(record.history).toContainText('Waiting for a match → Closed (Moved away)');
  await expect(record.history).toContainText('Closed → Referred');

  await archiveUndoAndRestore(page, participants, "Liam O'Brien");
});

test('search ignores case, accents and punctuation; the table works with the keyboard', async ({ page, program }) => {
  expect(program.programName).toBeTruthy();
  await addPeople(page, participants, [
    { first: 'Zoë', last: 'Adams' },
    { first: 'Liam', last: "O'Brien" },
    { first: 'Sam', last: 'Lee' },
  ]);
  const { shell, list } = peoplePages(page, participants);
  await shell.openParticipants();
  await list.expectCount(3);

  await list.search.fill('zoe');
  await list.expectCount(1);
  await expect(list.row('Zoë Adams')).toBeVisible();
  await list.search.fill('obrien');
  await list.expectCount(1);
  await expect(list.row("Liam O'Brien")).toBeVisible();
  await list.search.fill('');
  await list.expectCount(3);

  const nameHeader = list.grid.getByRole('columnheader', { name: 'Name' });
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(list.grid.getByRole('link').first()).toHaveText("Liam O'Brien");

  await list.grid.getByRole('link').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(list.row('Sam Lee')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(list.row('Zoë Adams')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(list.row('Sam Lee')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Lee' })).toBeVisible();
});

test('the program lists: add a tag and retire one', async ({ page, program }) => {
  expect(program.programName).toBeTruthy();
  const { shell, list } = peoplePages(page, participants);
  const lists = new ListsPage(page);
  await shell.openSettings();
  await lists.open();
  await lists.add('Long COVID');
  await lists.add('Type 3', 'Diabetes');
  await lists.retire('Suicide loss');
  await expect(page.getByRole('button', { name: 'Delete Long COVID' })).toBeEnabled();

  await lists.chooseList('Referral sources');
  await expect(page.getByRole('heading', { name: 'Referral sources' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rename Clinician' })).toBeVisible();

  await shell.openParticipants();
  await list.startNew();
  await expect(page.getByRole('checkbox', { name: 'Long COVID' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Diabetes' }).getByRole('checkbox', { name: 'Type 3' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Suicide loss' })).toHaveCount(0);
});

test('an edited record asks before leaving: staying keeps the edit, leaving saves nothing', async ({
  page,
  program,
}) => {
  expect(program.programName).toBeTruthy();
  await addPeople(page, participants, [{ first: 'Zoë', last: 'Adams', region: 'North Hills' }]);
  const { shell, list, record } = peoplePages(page, participants);
  const heading = page.getByRole('heading', { level: 1, name: 'Zoë Adams' });
  await expect(heading).toBeVisible();
  await expect(record.unsavedChanges).toBeHidden();

  await record.field('Region or postal area').fill('South Bay');
  await shell.navigation.getByRole('link', { name: 'Peer supporters' }).click();
  await expect(record.unsavedChanges).toBeVisible();
  await record.stayOnPage();
  await expect(heading).toBeVisible();
  await expect(record.field('Region or postal area')).toHaveValue('South Bay');

  // The browser's Back button asks too.
  await page.goBack();
  await expect(record.unsavedChanges).toBeVisible();
  await record.stayOnPage();
  await expect(heading).toBeVisible();
  await expect(record.field('Region or postal area')).toHaveValue('South Bay');

  await shell.navigation.getByRole('link', { name: 'Participants' }).click();
  await expect(record.unsavedChanges).toBeVisible();
  await record.leaveWithoutSaving();
  await expect(page.getByRole('heading', { level: 1, name: 'Participants' })).toBeVisible();
  await expect(list.grid).toContainText('North Hills');
  await expect(list.grid).not.toContainText('South Bay');
  await list.open('Zoë Adams');
  await expect(record.field('Region or postal area')).toHaveValue('North Hills');

  // Once saved, leaving does not ask.
  await record.field('Region or postal area').fill('South Bay');
  await record.saveChanges();
  await shell.openParticipants();
  await expect(record.unsavedChanges).toBeHidden();
  await expect(list.grid).toContainText('South Bay');
});
