// Matching through the UI: a waiting participant, the suggestions with their reasons; a match
// started, two contacts and an attempt logged; the fit check answered "not a fit", which ends
// the match and leads to a new one; and the history on the participant's record.
import { addDays } from '../../shared/api/days';
import { todayIso } from '../../shared/api/fields';
import { expect, test } from './fixtures';
import { MatchingPage } from './pages/matching-page';
import { addPeople, participants, peerSupporters, peoplePages } from './people';

test('match a waiting participant, follow the match, re-match after "not a fit", and see the history', async ({
  page,
  program,
}) => {
  expect(program.programName).toBeTruthy();
  const today = todayIso();
  const started = addDays(today, -10);
  await addPeople(page, peerSupporters, [
    { first: 'Ana', last: 'Silva', tags: ['Type 2'], languages: ['Spanish'], status: 'Active' },
    { first: 'Bea', last: 'Lopez', tags: ['Type 1'], status: 'Active' },
    // Still an applicant: not available.
    { first: 'Cleo', last: 'Ward', tags: ['Type 2'] },
  ]);
  // Referred a month ago and waiting since before the match starts.
  const { list, record, openList } = peoplePages(page, participants);
  await openList();
  await list.startNew();
  await record.fillDetails({ tags: ['Type 2'], languages: ['Spanish'] });
  await record.field('Referral date').fill(addDays(today, -30));
  await record.add('Zoë', 'Adams');
  await record.openStatusForm('Waiting for a match');
  await record.statusPanel.getByLabel('Date of the change').fill(addDays(today, -20));
  await record.saveStatus();
  await record.expectStatus('Waiting for a match');

  const matching = new MatchingPage(page);
  await expect(matching.section).toContainText('No matches yet.');
  await matching.findPeerSupporter('Zoë Adams');
  // Ana shares the exact condition and ranks first; each criterion has its line, misses marked.
  await expect(matching.suggested.getByRole('heading', { level: 3 }).first()).toHaveText('1. Ana Silva');
  await expect(matching.reasons('Ana Silva').filter({ hasText: 'Type 2' })).toHaveCount(1);
  await expect(matching.reasons('Ana Silva').filter({ hasText: 'Type 2' })).not.toContainText('no points');
  await expect(matching.suggestion('Bea Lopez')).toBeVisible();
  await expect(matching.reasons('Bea Lopez').filter({ hasText: 'no points' }).first()).toBeVisible();
  await page.getByText(/^Not available/).click();
  await expect(page.getByRole('list', { name: 'Not available' })).toContainText('Cleo Ward');

  await matching.startMatch('Ana Silva', started);
  await expect(matching.fact('Status')).toContainText('Active');
  await expect(matching.fact('Chosen')).toContainText('Ranked 1');
  await expect(matching.followUps).toContainText('Fit check');

  await matching.logContact({
    at: `${addDays(today, -9)}T10:00`,
    minutes: 30,
    modality: 'Phone',
    functions: ['Being there', 'Social and emotional support'],
    fidelityItems: ['Promote hope'],
  });
  await matching.logContact({
    at: `${addDays(today, -4)}T14:30`,
    minutes: 45,
    modality: 'In person',
    functions: ['Assistance in daily management'],
  });
  await matching.logAttempt({ at: `${addDays(today, -2)}T09:15`, modality: 'Phone' });
  await expect(matching.timeline.getByRole('listitem')).toHaveCount(3);
  // Newest first; the attempt is shown as one.
  await expect(matching.timeline.getByRole('listitem').first()).toContainText('Attempt: no answer');
  await expect(matching.timeline.getByRole('listitem').nth(1)).toContainText('45 min, In person');
  await expect(matching.total('Contacts')).toHaveText('2');
  await expect(matching.total('Attempts')).toHaveText('1');
  await expect(matching.total('Hours')).toHaveText('1.3');
  await expect(matching.total('By way of contact')).toHaveText('Phone 1 · In person 1');

  await matching.answerFitCheck('Yes', 'Not a fit');
  await expect(page.getByText('Replacing the match with Ana Silva, ended as not a fit.')).toBeVisible();
  await matching.startMatch('Bea Lopez', today);
  await expect(matching.fact('Replaces')).toHaveText('The match with Ana Silva');

  await matching.facts.getByRole('link', { name: 'Zoë Adams' }).click();
  await record.expectStatus('Matched');
  await expect(matching.section).toContainText('With Bea Lopez');
  const earlier = matching.section.getByRole('list', { name: 'Earlier matches' }).getByRole('listitem');
  await expect(earlier).toHaveCount(1);
  await expect(earlier).toContainText('Ana Silva');
  await expect(earlier).toContainText('Not a fit');
  await earlier.getByRole('link', { name: 'With Ana Silva' }).click();
  await expect(matching.fact('Ended')).toContainText('Not a fit');
  await matching.fact('Replaced by').getByRole('link', { name: 'The match with Bea Lopez' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Match: Zoë Adams with Bea Lopez' })).toBeVisible();
});
