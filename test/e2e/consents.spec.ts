// The consent register through the UI: a release of information with every element, its scan,
// its printed form (a real PDF, read back), its revocation; an incomplete consent named as such.
import fs from 'node:fs';
import { extractText } from 'unpdf';
import { todayIso } from '../../shared/api/fields';
import { addDays } from '../../shared/api/days';
import { expect, test } from './fixtures';
import { ConsentPage } from './pages/consent-page';
import { addPeople, participants } from './people';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

test('record a release of information, attach its scan, print its form, revoke it', async ({ page, program }) => {
  await addPeople(page, participants, [{ first: 'Zoë', last: "O'Brien" }]);
  const consents = new ConsentPage(page);
  await expect(consents.panel).toContainText('No consents on file.');
  await consents.startNew();
  await expect(consents.field('Who may disclose')).toHaveValue(program.programName);
  await consents.fill({
    kind: 'Release of information',
    information: 'Dates of contacts and referrals made',
    recipients: 'Dr. Ana Ruiz, Eastside Family Clinic',
    purposes: ['Coordinate care with the clinic'],
    expiresOn: addDays(todayIso(), 200),
    signedOn: addDays(todayIso(), -3),
    method: 'Signed on paper (on file)',
  });
  await consents.save();
  await consents.expectStatus('Active');
  await expect(consents.status).not.toContainText('Missing');

  await consents.attachScan('signed-release.png', 'image/png', PNG);
  await expect(page.getByRole('region', { name: 'Signed copy' })).toContainText('signed-release.png (1 KB)');

  const download = await consents.printForm();
  expect(download.suggestedFilename()).toMatch(/^consent-\d+-release\.pdf$/);
  const pdf = fs.readFileSync(await download.path());
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  expect(text).toContain("Zoë O'Brien");
  expect(text).toContain('Dr. Ana Ruiz, Eastside Family Clinic');
  expect(text).toContain(program.programName);

  await consents.revoke('In writing');
  await consents.expectStatus('Revoked');
  await expect(consents.status).toContainText(`recorded by ${program.leaderName}`);
  await expect(consents.form).toHaveCount(0);

  await page.getByRole('link', { name: "Zoë O'Brien" }).click();
  await expect(consents.panel.getByRole('listitem')).toContainText(['Release of information Revoked']);
});

test('a consent missing its expiry is incomplete and names what is missing', async ({ page, program }) => {
  expect(program.programName).toBeTruthy();
  await addPeople(page, participants, [{ first: 'Ngaio', last: 'Te Rangi' }]);
  const consents = new ConsentPage(page);
  await consents.startNew();
  await consents.fill({
    kind: 'Program participation and confidentiality agreement',
    information: 'Everything recorded about the peer support',
    recipients: 'The program leader and the matched peer supporter',
    purposes: ['Peer support'],
    signedOn: todayIso(),
    method: 'Typed signature',
  });
  await consents.save();
  await consents.expectStatus('Incomplete');
  await expect(consents.status).toContainText('Missing: an expiry date or event.');

  await page.getByRole('link', { name: 'Ngaio Te Rangi' }).click();
  await expect(consents.panel).toContainText('Missing: an expiry date or event.');
});

test('bad input on a consent is refused next to the field, and nothing is saved', async ({ page, program }) => {
  expect(program.programName).toBeTruthy();
  await addPeople(page, participants, [{ first: 'Ana', last: 'Díaz' }]);
  const consents = new ConsentPage(page);
  await consents.startNew();
  await consents.form.getByRole('button', { name: 'Save consent' }).click();
  await expect(consents.field('Kind of consent')).toHaveAccessibleDescription(/Choose the kind of consent/);
  await consents.fill({ kind: 'Research', signedOn: addDays(todayIso(), 5), purposes: [''] });
  await consents.form.getByRole('button', { name: 'Save consent' }).click();
  await expect(consents.field('Date signed')).toHaveAccessibleDescription(/This date is in the future/);
  await expect(consents.form.getByText('Enter the purpose, or remove the line.')).toBeVisible();
  await page.getByRole('link', { name: 'Ana Díaz' }).click();
  await page
    .getByRole('dialog', { name: 'Leave without saving?' })
    .getByRole('button', { name: 'Leave without saving' })
    .click();
  await expect(consents.panel).toContainText('No consents on file.');
});

test('a text preference without an active consent to be contacted is shown as not allowed', async ({
  page,
  program,
}) => {
  expect(program.programName).toBeTruthy();
  await addPeople(page, participants, [{ first: 'Mere', last: 'Walker' }]);
  const details = page.getByRole('form', { name: 'Participant details' });
  await details.getByRole('combobox', { name: 'Text messages' }).selectOption({ label: 'Texts may be sent' });
  await details.getByRole('button', { name: 'Save changes' }).click();
  const safeContact = page.getByRole('region', { name: 'Safe contact', exact: true });
  await expect(safeContact).toContainText('Not allowed: no active consent (prefers: may be sent)');

  const consents = new ConsentPage(page);
  await consents.startNew();
  await consents.fill({
    kind: 'Contact by text, voicemail or email',
    information: 'Reminders of meetings with the peer supporter',
    recipients: 'The participant',
    purposes: ['Arrange meetings'],
    expiresOn: addDays(todayIso(), 365),
    signedOn: todayIso(),
    method: 'Typed signature',
  });
  await consents.form.getByRole('checkbox', { name: 'Text messages' }).check();
  await consents.save();
  await consents.expectStatus('Active');
  await page.getByRole('link', { name: 'Mere Walker' }).click();
  await expect(safeContact).toContainText('May be sent');
  await expect(safeContact).not.toContainText('Not allowed');
});
