import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { todayIso } from '../../shared/api/fields';
import { expect, test } from './fixtures';
import { AppShellPage } from './pages/app-shell-page';
import { BackupsPage } from './pages/backups-page';
import { RestorePage } from './pages/restore-page';
import { ListsPage } from './pages/lists-page';
import { ConsentPage } from './pages/consent-page';
import { MatchingPage } from './pages/matching-page';
import { DoNotMatchSection } from './pages/do-not-match-section';
import { GroupSessionPage } from './pages/group-session-page';
import { MatchingSettingsPage } from './pages/matching-settings-page';
import { ParticipantListPage } from './pages/participant-list-page';
import { ReportsPage } from './pages/reports-page';
import { ResourcesPage } from './pages/resources-page';
import { SetupWizardPage } from './pages/setup-wizard-page';
import { SupervisionPage } from './pages/supervision-page';
import { addPeople, participants, peerSupporters, peoplePages } from './people';

async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
  expect(serious, `serious or critical axe violations on ${screen}`).toEqual([]);
}

test('no serious accessibility violations on the wizard, unlock, shell and settings', async ({ page, preview }) => {
  expect(preview.url).toBeTruthy();
  const wizard = new SetupWizardPage(page);
  await expect(page.getByRole('heading', { name: 'Welcome to PeerDesk' })).toBeVisible();
  await expectNoSeriousViolations(page, 'wizard: welcome');
  await wizard.start();
  await wizard.fillDetails('', '');
  await expect(page.getByText('Enter the program name.')).toBeVisible();
  await expectNoSeriousViolations(page, 'wizard: details with errors');
  await wizard.fillDetails('Riverside Peers', 'Ann Example');
  await page.getByLabel('Passphrase', { exact: true }).fill('lantern orchard');
  await expect(page.getByText(/Strength: /)).toBeVisible();
  await expectNoSeriousViolations(page, 'wizard: passphrase');
  await wizard.choosePassphrase('lantern orchard velvet 42');
  const key = await wizard.readRecoveryKey();
  await expectNoSeriousViolations(page, 'wizard: recovery key');
  await wizard.button('Next').click();
  await expectNoSeriousViolations(page, 'wizard: type the key back');
  await wizard.typeBackRecoveryKey(key);

  const shell = new AppShellPage(page);
  await shell.expectProgram('Riverside Peers');
  await expect(page.getByText('Ann Example')).toBeVisible();
  await expectNoSeriousViolations(page, 'app shell: home');
  await shell.openSettings();
  await expect(page.getByText('The audit log is intact')).toBeVisible();
  await expectNoSeriousViolations(page, 'settings');

  await shell.lock();
  await expectNoSeriousViolations(page, 'unlock');
  await page.getByRole('button', { name: 'Use recovery key' }).click();
  await expectNoSeriousViolations(page, 'unlock with the recovery key');
});

test('no serious accessibility violations on the participants list, record page and lists', async ({
  page,
  program,
}) => {
  expect(program.programName).toBeTruthy();
  const { shell, list, record } = peoplePages(page, participants);
  await shell.openParticipants();
  await list.expectCount(0);
  await expectNoSeriousViolations(page, 'participants: empty list');
  await list.startNew();
  await record.fillName('Zoë', 'Adams');
  await record.field('Email').fill('not-an-email');
  await page.getByRole('button', { name: 'Add participant' }).click();
  await record.expectFieldError('Email', 'Enter an email address like name@example.org.');
  await expectNoSeriousViolations(page, 'participants: new record with errors');
  await record.field('Email').fill('');
  await record.add('Zoë', 'Adams');
  await record.statusPanel.getByRole('button', { name: 'Change status' }).click();
  await expectNoSeriousViolations(page, 'participants: record page');
  await shell.openParticipants();
  await list.expectCount(1);
  await expectNoSeriousViolations(page, 'participants: list');
  await shell.openSettings();
  await new ListsPage(page).open();
  await expectNoSeriousViolations(page, 'settings: lists');
});

test('no serious accessibility violations on the peer supporters list and record page', async ({ page, program }) => {
  expect(program.programName).toBeTruthy();
  const { shell, list, record } = peoplePages(page, peerSupporters);
  await shell.openPeerSupporters();
  await list.expectCount(0);
  await expectNoSeriousViolations(page, 'peer supporters: empty list');
  await list.startNew();
  await record.fillName('Amara', 'Okafor');
  await record.field('Capacity').fill('-1');
  await page.getByRole('button', { name: 'Add peer supporter' }).click();
  await record.expectFieldError('Capacity', 'Capacity cannot be negative.');
  await expectNoSeriousViolations(page, 'peer supporters: new record with errors');
  await record.field('Capacity').fill('2');
  await record.add('Amara', 'Okafor');
  await record.addTraining({ topic: 'Listening', on: '2024-03-01', hours: '2', trainer: 'Mia Chen' });
  await expect(record.training.getByRole('table')).toContainText('Listening');
  await record.addCertification({ name: 'First aid', issuedOn: '2020-01-01', expiresOn: '2021-01-01' });
  await expect(record.certifications).toContainText('Expired');
  await record.openStatusForm('On leave');
  await expectNoSeriousViolations(page, 'peer supporters: record page');
  await shell.openPeerSupporters();
  await expect(list.gridRow('Amara Okafor')).toContainText('Renew certification');
  await expectNoSeriousViolations(page, 'peer supporters: list');
});

test('no serious accessibility violations on the demo program and its locked page', async ({ page, preview }) => {
  expect(preview.url).toBeTruthy();
  await page.getByRole('button', { name: 'Explore a demo program' }).click();
  const shell = new AppShellPage(page);
  await expect(page.getByRole('note', { name: 'Demo program' })).toBeVisible();
  await shell.openParticipants();
  await expectNoSeriousViolations(page, 'demo: participants');
  await shell.lockButton.click();
  await expect(page.getByRole('heading', { name: 'DEMO — the demo program is locked' })).toBeVisible();
  await expectNoSeriousViolations(page, 'demo: locked');
});

test('no serious accessibility violations on consents, supervision notes and the dashboard', async ({
  page,
  program,
}) => {
  expect(program.programName).toBeTruthy();
  await addPeople(page, participants, [{ first: 'Zoë', last: 'Adams' }]);
  const consents = new ConsentPage(page);
  await consents.startNew();
  await consents.form.getByRole('button', { name: 'Save consent' }).click();
  await expect(consents.field('Kind of consent')).toHaveAccessibleDescription(/Choose the kind of consent/);
  await expectNoSeriousViolations(page, 'consent: new with errors');
  await consents.fill({ kind: 'Contact by text, voicemail or email', purposes: ['Reminders'] });
  await consents.save();
  await expectNoSeriousViolations(page, 'consent: saved, incomplete');

  await addPeople(page, peerSupporters, [{ first: 'Amara', last: 'Okafor' }]);
  const supervision = new SupervisionPage(page);
  await supervision.startNew();
  await supervision.fill({ wellbeing: '3', actions: [{ description: 'Rest', dueOn: '2020-01-01' }] });
  await expectNoSeriousViolations(page, 'supervision: new note');
  await supervision.save();
  await expectNoSeriousViolations(page, 'supervision: saved note');
  await page.getByRole('link', { name: 'Amara Okafor' }).click();
  await expectNoSeriousViolations(page, 'peer supporter: supervision section');
  const shell = new AppShellPage(page);
  await shell.openHome();
  await expect(supervision.attentionCount('Consents incomplete')).toHaveText(/^1 /);
  await expectNoSeriousViolations(page, 'home: needs attention');
});

test('no serious accessibility violations on suggestions, a match, its contacts and the matches list', async ({
  page,
  program,
}) => {
  expect(program.programName).toBeTruthy();
  await addPeople(page, peerSupporters, [
    { first: 'Ana', last: 'Silva', tags: ['Type 2'], status: 'Active' },
    { first: 'Cleo', last: 'Ward', tags: ['Type 2'] },
  ]);
  await addPeople(page, participants, [
    { first: 'Zoë', last: 'Adams', tags: ['Type 2'], status: 'Waiting for a match' },
  ]);
  const matching = new MatchingPage(page);
  await expectNoSeriousViolations(page, 'participant: matches section, none yet');
  await matching.findPeerSupporter('Zoë Adams');
  await page.getByText(/^Not available/).click();
  await matching.choose('Ana Silva');
  await expectNoSeriousViolations(page, 'suggestions, one chosen');
  await matching.startChosen('Ana Silva', todayIso());
  await expectNoSeriousViolations(page, 'match: active');
  await matching.contacts.getByRole('link', { name: 'Log a contact' }).click();
  await matching.contactForm.getByRole('button', { name: 'Save contact' }).click();
  await expect(matching.contactForm.getByLabel('Minutes')).toHaveAccessibleDescription(/minutes/);
  await matching.contactForm.getByText(/^Fidelity items/).click();
  await expectNoSeriousViolations(page, 'contact: new with errors');
  await matching.contactForm.getByLabel('Minutes').fill('20');
  await matching.contactForm.getByRole('button', { name: 'Save contact' }).click();
  await expect(page.getByText('Contact saved.')).toBeVisible();
  await page.getByRole('button', { name: 'End match' }).click();
  await expectNoSeriousViolations(page, 'match: timeline and the end form');
  await new AppShellPage(page).navigation.getByRole('link', { name: 'Matches' }).click();
  await expect(page.getByRole('table', { name: 'Matches' })).toContainText('Zoë Adams');
  await expectNoSeriousViolations(page, 'matches list');
});

test('no serious accessibility violations on groups, resources, matching settings and do not match', async ({
  page,
  program,
}) => {
  expect(program.programName).toBeTruthy();
  await addPeople(page, peerSupporters, [{ first: 'Amara', last: 'Okafor' }]);
  await addPeople(page, participants, [{ first: 'Zoë', last: 'Adams' }]);
  const doNotMatch = new DoNotMatchSection(page, 'Peer supporter');
  await doNotMatch.submit();
  await expect(doNotMatch.form.getByLabel('Reason')).toHaveAccessibleDescription('Choose the reason.');
  await expectNoSeriousViolations(page, 'participant: do not match with errors');
  await doNotMatch.fill({ name: 'Amara Okafor', reason: 'Known to each other' });
  await doNotMatch.submit();
  await expect(doNotMatch.pairs).toContainText('Amara Okafor');
  await expectNoSeriousViolations(page, 'participant: do not match');

  const shell = new AppShellPage(page);
  const groups = new GroupSessionPage(page);
  await shell.openGroups();
  await expectNoSeriousViolations(page, 'groups: empty list');
  await groups.startNew();
  await groups.form.getByRole('button', { name: 'Add group session' }).click();
  await expect(groups.field('Title')).toHaveAccessibleDescription('Enter the title of the session.');
  await expectNoSeriousViolations(page, 'groups: new session with errors');
  await groups.fill({
    title: 'Peer circle',
    facilitators: ['Amara Okafor'],
    topics: ['Sleep'],
    attendees: ['Zoë Adams'],
  });
  await groups.add('Peer circle');
  await expectNoSeriousViolations(page, 'groups: session page');
  await shell.openGroups();
  await expect(groups.row('Peer circle')).toBeVisible();
  await expectNoSeriousViolations(page, 'groups: list');

  const resources = new ResourcesPage(page);
  await shell.openResources();
  await resources.addForm.getByRole('button', { name: 'Add resource' }).click();
  await expect(ResourcesPage.field(resources.addForm, 'Type')).toHaveAccessibleDescription('Choose the type.');
  await expectNoSeriousViolations(page, 'resources: add with errors');
  await resources.add({ name: 'Food Share', type: 'Food', phone: '555 0101' });
  await page.getByRole('button', { name: 'Edit Food Share', exact: true }).click();
  await expectNoSeriousViolations(page, 'resources: list while editing');

  const matching = new MatchingSettingsPage(page);
  await shell.openSettings();
  await matching.weight('Places free').fill('500');
  await matching.saveWeights();
  await expect(matching.weight('Places free')).toHaveAccessibleDescription('A weight is 100 at most.');
  await expectNoSeriousViolations(page, 'settings: matching with errors');
});

test('no serious accessibility violations on reports: the choices, a built report, funder profiles', async ({
  page,
  preview,
}) => {
  expect(preview.url).toBeTruthy();
  await page.getByRole('button', { name: 'Explore a demo program' }).click();
  await expect(page.getByRole('note', { name: 'Demo program' })).toBeVisible();
  await new AppShellPage(page).openReports();
  const reports = new ReportsPage(page);
  await expectNoSeriousViolations(page, 'reports: the choices');
  await reports.choosePeriod('Custom dates');
  await reports.form.getByLabel('From').fill('2026-03-01');
  await reports.form.getByLabel('To').fill('2026-01-01');
  await reports.form.getByRole('button', { name: 'Build report' }).click();
  await expect(reports.form.getByLabel('To')).toHaveAccessibleDescription('The end date is before the start date.');
  await expectNoSeriousViolations(page, 'reports: custom dates with errors');
  await reports.choosePeriod('Last quarter');
  await reports.build('(last quarter)');
  await reports.report
    .getByText(/^Definition/)
    .first()
    .click();
  await expectNoSeriousViolations(page, 'reports: a built report with its charts');
  await reports.saveProfile('Quarterly report for the county');
  await reports.profiles.getByRole('button', { name: 'Edit Quarterly report for the county' }).click();
  await expectNoSeriousViolations(page, 'reports: editing a funder profile');
});

test('no serious accessibility violations on the participant list for a recipient', async ({ page, program }) => {
  expect(program.programName).toBeTruthy();
  await addPeople(page, participants, [{ first: 'Zoë', last: "O'Brien" }]);
  const list = new ParticipantListPage(page);
  await list.open();
  await expectNoSeriousViolations(page, 'participant list: the form');
  await list.fill('Eastside Family Clinic', 'Coordinate care', ['Phone']);
  await list.checkConsents();
  await expect(list.leftOutRow("Zoë O'Brien")).toContainText('No release of information on file');
  await expectNoSeriousViolations(page, 'participant list: who is left out');
});

test('no serious accessibility violations on backups and restores', async ({ page, program }) => {
  const stick = fs.mkdtempSync(path.join(os.tmpdir(), 'peerdesk-e2e-stick-'));
  try {
    await expect(page.getByRole('list', { name: 'Backups' })).toBeVisible();
    await expectNoSeriousViolations(page, 'home: a backup notice');
    const backups = new BackupsPage(page);
    await backups.open();
    await expectNoSeriousViolations(page, 'backups: none yet');
    await backups.backUpTo(stick);
    await backups.testRestoreWith('wrong passphrase here');
    await expect(backups.testRestore.getByLabel('Passphrase of the newest backup')).toHaveAccessibleDescription(
      /That passphrase does not open /,
    );
    await expectNoSeriousViolations(page, 'backups: verified, a wrong passphrase');
    await page.getByRole('link', { name: 'Restore from a backup…' }).click();
    await page.getByRole('button', { name: 'Lock and choose a backup' }).click();
    const restore = new RestorePage(page);
    await restore.expectOpen();
    await restore.check(program.passphrase);
    await expect(restore.preview).toBeVisible();
    await expectNoSeriousViolations(page, 'restore: what the backup holds');
  } finally {
    fs.rmSync(stick, { recursive: true, force: true });
  }
});
