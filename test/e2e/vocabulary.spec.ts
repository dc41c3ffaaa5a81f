// Settings > Lists: renaming a term shows on the records that have it, retiring one keeps it on
// those records but offers it no more, and only a term nothing uses can be deleted.
import { expect, test } from './fixtures';
import { addPeople, participants } from './people';
import { AppShellPage } from './pages/app-shell-page';
import { ListsPage } from './pages/lists-page';
import { ParticipantRecordPage } from './pages/participant-record-page';
import { ParticipantsPage } from './pages/participants-page';

test('rename a term in use and the record shows the new name; retire one; delete only an unused one', async ({
  page,
  program,
}) => {
  expect(program.programName).toBeTruthy();
  await addPeople(page, participants, [{ first: 'Zoë', last: 'Adams', tags: ['Type 2', 'Caregiving'] }]);
  const shell = new AppShellPage(page);
  const lists = new ListsPage(page);
  const list = new ParticipantsPage(page);
  const record = new ParticipantRecordPage(page);
  await shell.openSettings();
  await lists.open();

  // A term in use cannot be deleted, and says why; an unused one can.
  await expect(lists.term('Type 2')).toContainText('In use by 1 record');
  await expect(lists.deleteButton('Type 2')).toBeDisabled();
  await expect(lists.deleteButton('Type 2')).toHaveAccessibleDescription('In use by 1 record: retire it instead');
  await expect(lists.term('Gestational')).toContainText('Not in use');
  await lists.delete('Gestational');

  await lists.rename('Type 2', 'Type 2 diabetes');
  await expect(lists.term('Type 2')).toHaveCount(0);
  await lists.retire('Caregiving');
  await expect(lists.term('Caregiving')).toContainText('Retired');
  await page.reload();
  await expect(lists.term('Type 2 diabetes')).toBeVisible();
  await expect(lists.term('Gestational')).toHaveCount(0);
  await expect(lists.term('Caregiving')).toContainText('Retired');

  await shell.openParticipants();
  await list.open('Zoë Adams');
  await expect(record.tagCheckbox('Type 2 diabetes')).toBeChecked();
  await expect(record.tagCheckbox('Type 2')).toHaveCount(0);
  await expect(record.tagCheckbox('Caregiving')).toBeChecked();

  await shell.openParticipants();
  await expect(list.tag.getByRole('option', { name: 'Diabetes / Type 2 diabetes' })).toBeAttached();
  await list.startNew();
  await expect(record.tagCheckbox('Type 2 diabetes')).toBeVisible();
  await expect(record.tagCheckbox('Caregiving')).toHaveCount(0);
  await expect(record.tagCheckbox('Gestational')).toHaveCount(0);
});

test('deleting a term that came into use since the list was shown is refused, with the reason', async ({
  page,
  preview,
  program,
}) => {
  expect(program.programName).toBeTruthy();
  const shell = new AppShellPage(page);
  const lists = new ListsPage(page);
  await shell.openSettings();
  await lists.open();
  await expect(lists.term('Type 2')).toContainText('Not in use');

  // Another window of the same program gives the term to a participant meanwhile.
  const other = await page.context().newPage();
  try {
    await other.goto(preview.url);
    await addPeople(other, participants, [{ first: 'Zoë', last: 'Adams', tags: ['Type 2'] }]);
  } finally {
    await other.close();
  }

  await lists.deleteButton('Type 2').click();
  await expect(lists.term('Type 2').getByRole('alert')).toHaveText(
    '"Type 2" is in use (1), so it can only be retired, not deleted.',
  );
  await expect(lists.term('Type 2')).toContainText('In use by 1 record');
  await expect(lists.deleteButton('Type 2')).toBeDisabled();
});
