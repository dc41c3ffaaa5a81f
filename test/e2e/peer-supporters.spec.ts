import { expect, test } from './fixtures';
import { addPeople, archiveUndoAndRestore, peerSupporters, peoplePages } from './people';

/** A local calendar date, days from today, as the date inputs take it. */
function daysFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

test('add and edit a peer supporter; a capacity of -1 is refused next to the field and nothing is saved', async ({
  page,
  program,
}) => {
  expect(program.programName).toBeTruthy();
  const { shell, list, record } = peoplePages(page, peerSupporters);
  await shell.openPeerSupporters();
  await list.expectCount(0);

  await list.startNew();
  await record.fillName('Amara', 'Okafor');
  await record.field('Capacity').fill('-1');
  await page.getByRole('button', { name: 'Add peer supporter' }).click();
  await record.expectFieldError('Capacity', 'Capacity cannot be negative.');
  await expect(page.getByRole('alert')).toContainText('Nothing was saved.');
  await shell.navigation.getByRole('link', { name: 'Peer supporters' }).click();
  await page
    .getByRole('dialog', { name: 'Leave without saving?' })
    .getByRole('button', { name: 'Leave without saving' })
    .click();
  await list.expectCount(0);

  await list.startNew();
  await record.field('Capacity').fill('3');
  await record.field('Birth year').fill('1980');
  await record.field('Phone').fill('555-0199');
  await page.getByRole('checkbox', { name: 'Spanish' }).check();
  await page.getByRole('checkbox', { name: 'Type 2' }).check();
  await page.getByRole('checkbox', { name: 'Video' }).check();
  await record.add('Amara', 'Okafor');
  await expect(page.getByRole('status').filter({ hasText: 'Peer supporter added.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Safe contact', exact: true })).toContainText('555-0199');

  await record.field('Region or postal area').fill('North Hills');
  await record.field('Volunteer or paid').selectOption({ label: 'Paid' });
  await record.field('Code of conduct signed').fill(daysFromToday(-3));
  await record.field('Availability').fill('Weekday evenings');
  await record.saveChanges();
  await page.reload();
  await expect(record.field('Region or postal area')).toHaveValue('North Hills');
  await expect(record.field('Capacity')).toHaveValue('3');
  await expect(record.field('Code of conduct signed')).toHaveValue(daysFromToday(-3));
  await expect(page.getByRole('checkbox', { name: 'Video' })).toBeChecked();

  await shell.openPeerSupporters();
  await list.expectCount(1);
  await expect(list.gridRow('Amara Okafor')).toContainText('North Hills');
  await expect(list.gridRow('Amara Okafor')).toContainText('3');
});

test('status to active, then on leave with dates and a private reason; archive, undo and restore', async ({
  page,
  program,
}) => {
  expect(program.programName).toBeTruthy();
  await addPeople(page, peerSupporters, [{ first: 'Liam', last: "O'Brien" }]);
  const { shell, list, record } = peoplePages(page, peerSupporters);
  await record.expectStatus('Applicant');

  await record.changeStatus('Active');
  await record.expectStatus('Active');
  await record.openStatusForm('On leave');
  await record.statusPanel.getByLabel('Leave until').fill(daysFromToday(-1));
  await record.saveStatus();
  await record.expectFieldError('Leave until', 'The leave cannot end before it starts.');
  await record.statusPanel.getByRole('button', { name: 'Cancel' }).click();
  await record.changeStatus('On leave', { from: daysFromToday(0), until: daysFromToday(30), reason: 'Family care' });
  await record.expectStatus('On leave');
  await record.expectStatus('until');
  await record.expectStatus('Reason (private): Family care');
  await expect(record.history).toContainText('Applicant → Active');
  await expect(record.history).toContainText('Active → On leave');

  await shell.openPeerSupporters();
  await expect(list.gridRow("Liam O'Brien")).toContainText('On leave');
  await expect(list.grid).not.toContainText('Family care');
  await list.open("Liam O'Brien");

  await archiveUndoAndRestore(page, peerSupporters, "Liam O'Brien");
});

test('training with total hours; a certification expiring within 60 days is flagged in the list', async ({
  page,
  program,
}) => {
  expect(program.programName).toBeTruthy();
  await addPeople(page, peerSupporters, [{ first: 'Sam', last: 'Lee' }]);
  const { shell, list, record } = peoplePages(page, peerSupporters);

  await record.addTraining({ topic: 'Listening', on: daysFromToday(-7), hours: '2.5', trainer: 'Mia Chen' });
  await expect(record.training.getByRole('table')).toContainText('Listening');
  await expect(record.training).toContainText('Total: 2.5 hours');
  await record.addTraining({ topic: 'Boundaries', on: daysFromToday(-2), hours: '1.5', trainer: '' });
  await expect(record.training).toContainText('Total: 4 hours');
  await record.training.getByRole('button', { name: /^Remove training: Boundaries/ }).click();
  await expect(record.training).toContainText('Total: 2.5 hours');
  await expect(record.training.getByRole('table')).not.toContainText('Boundaries');

  await shell.openPeerSupporters();
  await expect(list.gridRow('Sam Lee')).not.toContainText('Renew certification');
  await list.open('Sam Lee');
  await record.addCertification({
    name: 'Mental health first aid',
    issuedOn: daysFromToday(-300),
    expiresOn: daysFromToday(30),
  });
  await expect(record.certifications.getByRole('listitem')).toContainText('Mental health first aid');
  await expect(record.certifications.getByRole('listitem')).toContainText('Expires soon');

  await shell.openPeerSupporters();
  await expect(list.gridRow('Sam Lee')).toContainText('Renew certification');
});
