// What matching is told through Settings and the records: the weights of the criteria and the
// follow-up schedule, tags that name a need rather than a condition, and "do not match" pairs
// recorded from either side.
import { expect, test } from './fixtures';
import { AppShellPage } from './pages/app-shell-page';
import { DoNotMatchSection } from './pages/do-not-match-section';
import { ListsPage } from './pages/lists-page';
import { MatchingSettingsPage } from './pages/matching-settings-page';
import { addPeople, participants, peerSupporters } from './people';

test('the weights and the follow-up schedule are saved, checked and kept', async ({ page, program }) => {
  expect(program.programName).toBeTruthy();
  const shell = new AppShellPage(page);
  const matching = new MatchingSettingsPage(page);
  await shell.openSettings();
  await expect(matching.weight('Same lived experience (the exact sub-type)')).toHaveValue('40');

  await matching.weight('Places free').fill('101');
  await matching.saveWeights();
  await expect(matching.weight('Places free')).toHaveAccessibleDescription('A weight is 100 at most.');
  await matching.weight('Places free').fill('0');
  await matching.weight('Same lived experience (the exact sub-type)').fill('60');
  await matching.saveWeights();
  await matching.expectWeightsSaved();

  await matching.day('Escalate after (days without contact)').fill('10');
  await matching.saveSchedule();
  await expect(matching.day('Escalate after (days without contact)')).toHaveAccessibleDescription(
    'Escalate after more days than the alert.',
  );
  await matching.day('Escalate after (days without contact)').fill('45');
  await matching.day('Fit check by day').fill('10');
  await matching.saveSchedule();
  await expect(matching.schedule.getByRole('status')).toHaveText('Follow-up schedule saved.');

  await page.reload();
  await expect(matching.weight('Places free')).toHaveValue('0');
  await expect(matching.weight('Same lived experience (the exact sub-type)')).toHaveValue('60');
  await expect(matching.day('Escalate after (days without contact)')).toHaveValue('45');
  await expect(matching.day('Fit check by day')).toHaveValue('10');

  // The defaults come back only when saved.
  await matching.weights.getByRole('button', { name: 'Fill in the default weights' }).click();
  await expect(matching.weight('Places free')).toHaveValue('5');
  await page.reload();
  await expect(matching.weight('Places free')).toHaveValue('0');
  await matching.weights.getByRole('button', { name: 'Fill in the default weights' }).click();
  await matching.saveWeights();
  await matching.expectWeightsSaved();
  await page.reload();
  await expect(matching.weight('Places free')).toHaveValue('5');
  await expect(matching.weight('Same lived experience (the exact sub-type)')).toHaveValue('40');
});

test('a tag marked as a need, with its sub-types, and back to a condition', async ({ page, program }) => {
  expect(program.programName).toBeTruthy();
  const lists = new ListsPage(page);
  await new AppShellPage(page).openSettings();
  await lists.open();
  await expect(lists.needBadge('Caregiving')).toBeVisible();
  await expect(lists.needBadge('Diabetes')).toHaveCount(0);

  await lists.add('Hearing loss', undefined, { need: true });
  await expect(lists.needBadge('Hearing loss')).toBeVisible();
  await lists.add('Young carers', 'Caregiving');
  await expect(lists.needBadge('Young carers')).toBeVisible();

  await lists.markAs('Diabetes', 'a need');
  await expect(lists.needBadge('Diabetes')).toBeVisible();
  await expect(lists.needBadge('Type 2')).toBeVisible();
  // Sub-types follow their parent: they have no button of their own.
  await expect(page.getByRole('button', { name: /^Mark as a (need|condition): Type 2$/ })).toHaveCount(0);
  await page.reload();
  await expect(lists.needBadge('Type 2')).toBeVisible();
  await lists.markAs('Diabetes', 'a condition');
  await expect(lists.needBadge('Diabetes')).toHaveCount(0);
  await expect(lists.needBadge('Type 2')).toHaveCount(0);
  await expect(lists.needBadge('Hearing loss')).toBeVisible();
});

test('do-not-match pairs: recorded on either side, shown on both, removed', async ({ page, program }) => {
  expect(program.programName).toBeTruthy();
  await addPeople(page, peerSupporters, [{ first: 'Ana', last: 'Silva' }]);
  await addPeople(page, participants, [{ first: 'Zoë', last: 'Adams' }]);
  const onParticipant = new DoNotMatchSection(page, 'Peer supporter');
  await expect(onParticipant.region).toContainText('No one.');

  await onParticipant.submit();
  await expect(onParticipant.form.getByLabel('Reason')).toHaveAccessibleDescription('Choose the reason.');
  await expect(onParticipant.form.getByRole('group', { name: 'Peer supporter' })).toContainText(
    'Choose the peer supporter.',
  );
  await onParticipant.fill({ name: 'Ana Silva', reason: 'Another reason' });
  await onParticipant.submit();
  await expect(onParticipant.form.getByLabel('Note', { exact: true })).toHaveAccessibleDescription(
    /Say why these two must not be matched\./,
  );
  await onParticipant.fill({ note: 'Neighbours' });
  await onParticipant.submit();
  await expect(onParticipant.pairs).toContainText('Ana Silva: another reason (Neighbours)');

  await onParticipant.pairs.getByRole('link', { name: 'Ana Silva' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ana Silva' })).toBeVisible();
  const onPeer = new DoNotMatchSection(page, 'Participant');
  await expect(onPeer.pairs).toContainText('Zoë Adams: another reason (Neighbours)');
  await onPeer.remove('Zoë Adams');
  await expect(onPeer.region).toContainText('No one.');

  // Recorded from the peer supporter's side, it shows on the participant's.
  await onPeer.fill({ name: 'Zoë Adams', reason: 'Same household' });
  await onPeer.submit();
  await expect(onPeer.pairs).toContainText('Zoë Adams: same household');
  await onPeer.pairs.getByRole('link', { name: 'Zoë Adams' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zoë Adams' })).toBeVisible();
  await expect(onParticipant.pairs).toContainText('Ana Silva: same household');
  await expect(onParticipant.pairs).not.toContainText('Neighbours');
});
