// The consent-gated participant list through the UI: a participant whose release for the clinic
// expired yesterday is left out and named with the reason; one whose release is current is in
// the file, which is read back.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { addDays } from '../../shared/api/days';
import { todayIso } from '../../shared/api/fields';
import { expect, test } from './fixtures';
import { ConsentPage } from './pages/consent-page';
import { ParticipantListPage } from './pages/participant-list-page';
import { addPeople, participants } from './people';

const CLINIC = 'Eastside Family Clinic';

test('a participant list leaves out a release that expired yesterday, and says so', async ({ page, program }) => {
  expect(program.programName).toBeTruthy();
  const consents = new ConsentPage(page);
  const yesterday = addDays(todayIso(), -1);
  for (const [first, last, expiresOn] of [
    ['Ana', 'Current', addDays(todayIso(), 200)],
    ['Ben', 'Lapsed', yesterday],
  ] as const) {
    await addPeople(page, participants, [{ first, last }]);
    await consents.startNew();
    await consents.fill({
      kind: 'Release of information',
      information: 'Dates of contacts and referrals made',
      recipients: `Dr. Ana Ruiz, ${CLINIC}`,
      purposes: ['Coordinate care with the clinic'],
      expiresOn,
      signedOn: addDays(todayIso(), -30),
      method: 'Signed on paper (on file)',
    });
    await consents.save();
  }

  const list = new ParticipantListPage(page);
  await list.open();
  await list.fill(CLINIC, 'Coordinate care', ['Date of birth', 'Phone']);
  await list.checkConsents();
  await expect(list.result).toContainText('1 participant can be included; 1 would be left out for lack of consent.');
  await expect(list.leftOutRow('Ben Lapsed')).toContainText(`The release expired on ${yesterday}`);

  const download = await list.export();
  await expect(list.result).toContainText('Exported 1 participant; 1 left out for lack of consent.');
  expect(download.suggestedFilename()).toBe(`PeerDesk-list-for-Eastside-Family-Clinic-${todayIso()}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(fs.readFileSync(await download.path())).buffer);
  const names: unknown[] = [];
  workbook.worksheets[0].eachRow((row) => names.push(row.getCell(1).value));
  expect(names).toContain('Ana Current');
  expect(names).not.toContain('Ben Lapsed');
});

test('a participant list without a recipient names the field and writes nothing', async ({ page, program }) => {
  expect(program.programName).toBeTruthy();
  const list = new ParticipantListPage(page);
  await list.open();
  await list.fill('', 'Coordinate care', []);
  await page.getByRole('button', { name: 'Check consents' }).click();
  await expect(
    page.getByText('Enter the recipient named in the release, such as "Eastside Family Clinic".'),
  ).toBeVisible();
  await expect(list.result).toHaveCount(0);
});
