// Group sessions through the UI: record one with its facilitators, topics and attendance, change
// it, see the list newest first, and delete one after confirming.
import { expect, test } from './fixtures';
import { AppShellPage } from './pages/app-shell-page';
import { GroupSessionPage } from './pages/group-session-page';
import { addPeople, participants, peerSupporters } from './people';

test('a group session recorded, changed, listed newest first and deleted', async ({ page, program }) => {
  expect(program.programName).toBeTruthy();
  await addPeople(page, peerSupporters, [
    { first: 'Ana', last: 'Silva' },
    { first: 'Ben', last: 'Okafor' },
  ]);
  await addPeople(page, participants, [
    { first: 'Zoë', last: 'Adams' },
    { first: 'Yusuf', last: 'Khan' },
  ]);
  const shell = new AppShellPage(page);
  const groups = new GroupSessionPage(page);
  await shell.openGroups();
  await expect(groups.count).toHaveText('0 group sessions');

  await groups.startNew();
  await groups.form.getByRole('button', { name: 'Add group session' }).click();
  await expect(groups.field('Title')).toHaveAccessibleDescription('Enter the title of the session.');
  await expect(groups.form.getByRole('group', { name: 'Facilitators' })).toContainText('Choose who facilitated.');

  await groups.fill({
    title: 'Living with diabetes',
    heldOn: '2025-01-10',
    minutes: 90,
    modality: 'Video',
    facilitators: ['Ana Silva'],
    topics: ['Sleep', 'Food'],
    attendees: ['Zoë Adams'],
    anonymous: 3,
    notes: 'Good energy.',
  });
  await groups.add('Living with diabetes');

  // Changed: the first topic goes, a co-facilitator and a named attendee come.
  await groups.form.getByRole('button', { name: 'Remove topic 1' }).click();
  await groups.facilitators.add('Ben Okafor');
  await groups.attendees.add('Yusuf Khan');
  await groups.saveChanges();
  await page.reload();
  await expect(groups.topic(1)).toHaveValue('Food');
  await expect(groups.topic(2)).toHaveCount(0);
  await expect(groups.facilitators.chosen).toContainText('Ana Silva');
  await expect(groups.facilitators.chosen).toContainText('Ben Okafor');
  await expect(groups.attendees.chosen).toContainText('Zoë Adams');
  await expect(groups.attendees.chosen).toContainText('Yusuf Khan');
  await expect(groups.field('Others who came without giving a name')).toHaveValue('3');
  await expect(groups.field('How it was held')).toHaveValue('video');

  await shell.openGroups();
  await groups.startNew();
  await groups.fill({ title: 'Caregivers circle', heldOn: '2024-11-02', facilitators: ['Ben Okafor'] });
  await groups.add('Caregivers circle');

  await shell.openGroups();
  await expect(groups.count).toHaveText('2 group sessions');
  await expect(groups.table.getByRole('row').getByRole('link')).toHaveText([
    'Living with diabetes',
    'Caregivers circle',
  ]);
  const row = groups.row('Living with diabetes');
  await expect(row).toContainText('Video');
  // Facilitators in the order of the people lists: by last name.
  await expect(row).toContainText('Ben Okafor, Ana Silva');
  await expect(row.getByRole('cell').last()).toHaveText('5');

  await groups.open('Caregivers circle');
  await groups.startDelete();
  await groups.confirmDelete.getByRole('button', { name: 'Keep it' }).click();
  await expect(groups.confirmDelete).toBeHidden();
  await groups.startDelete();
  await groups.confirmDelete.getByRole('button', { name: 'Delete session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Groups' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Deleted “Caregivers circle, / })).toBeVisible();
  await expect(groups.count).toHaveText('1 group session');
  await expect(groups.row('Caregivers circle')).toHaveCount(0);
});
