// Supervision through the UI: a note with an action item due yesterday shows on the dashboard
// until the item is done; the peer supporter's Supervision section shows the note and well-being.
import { addDays } from '../../shared/api/days';
import { todayIso } from '../../shared/api/fields';
import { expect, test } from './fixtures';
import { AppShellPage } from './pages/app-shell-page';
import { SupervisionPage } from './pages/supervision-page';
import { addPeople, peerSupporters } from './people';

test('an action item due yesterday is on the dashboard until it is done', async ({ page, program }) => {
  expect(program.programName).toBeTruthy();
  const shell = new AppShellPage(page);
  const supervision = new SupervisionPage(page);
  await expect(supervision.attentionCount('Supervision action items overdue')).toHaveText(/^0 /);

  await addPeople(page, peerSupporters, [{ first: 'Ana', last: 'Silva' }]);
  await expect(supervision.panel).toContainText('No supervision notes yet.');
  await supervision.startNew();
  await supervision.fill({
    minutes: 45,
    topics: ['Boundaries', 'Self-care and well-being'],
    wellbeing: '4',
    summary: 'Talked about saying no to late-night calls.',
    actions: [
      { description: 'Find a boundaries refresher course', owner: 'Ann Example', dueOn: addDays(todayIso(), -1) },
    ],
  });
  await supervision.save();
  await expect(page.getByRole('region', { name: 'Follow-up' })).toContainText('Overdue');
  // The saved note stays editable on its page.
  await supervision.form.getByLabel('Minutes').fill('50');
  await supervision.form.getByRole('button', { name: 'Save changes' }).click();
  await expect(supervision.form.getByRole('status')).toHaveText('Changes saved.');
  await expect(supervision.form.getByLabel('Minutes')).toHaveValue('50');

  await shell.openHome();
  await expect(supervision.attentionCount('Supervision action items overdue')).toHaveText(/^1 /);
  const item = supervision.attention.getByRole('region', { name: 'Supervision action items overdue' });
  // The dashboard names whose note it is and when, never what the note says.
  await expect(item).not.toContainText('refresher');
  await item.getByRole('link', { name: 'Ana Silva' }).click();
  await page.getByRole('button', { name: 'Mark done: Find a boundaries refresher course' }).click();
  await expect(page.getByRole('region', { name: 'Follow-up' })).toContainText('Done');

  await shell.openHome();
  await expect(supervision.attentionCount('Supervision action items overdue')).toHaveText(/^0 /);
  await expect(supervision.attention.getByRole('region', { name: 'Supervision action items overdue' })).toHaveCount(0);

  await shell.openPeerSupporters();
  await page.getByRole('link', { name: 'Ana Silva' }).click();
  await expect(supervision.panel.getByRole('list', { name: 'Well-being over time' })).toContainText('4');
  await expect(supervision.panel.getByRole('list', { name: 'Supervision notes' })).toContainText(
    'Individual with Ann Example',
  );
});
