// Reports for funders through the UI, on the demo program: last quarter's report with its charts
// and the tables beside them, exported as XLSX and PDF and read back; a saved funder profile
// that rebuilds in one click, changed and deleted; the small-count threshold saved in Settings.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { extractText } from 'unpdf';
import { todayIso } from '../../shared/api/fields';
import { reportCharts } from '../../shared/api/report-charts';
import { resolvePeriod } from '../../shared/api/report-period';
import { expect, test } from './fixtures';
import { AppShellPage } from './pages/app-shell-page';
import { ReportsPage } from './pages/reports-page';
import { SettingsPage } from './pages/settings-page';

const DEMO_NAME = 'Demo program (DEMO)';

async function openDemoReports(page: Page): Promise<ReportsPage> {
  await page.getByRole('button', { name: 'Explore a demo program' }).click();
  await expect(page.getByRole('note', { name: 'Demo program' })).toBeVisible();
  await new AppShellPage(page).openReports();
  return new ReportsPage(page);
}

/** A sheet of an exported workbook as lines of cell values (empty lines left out). */
async function sheetLines(file: string, sheetName: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(sheetName);
  expect(sheet, `the sheet "${sheetName}"`).toBeDefined();
  const lines: unknown[][] = [];
  // exceljs counts cells from 1: values[0] is always empty.
  sheet?.eachRow((row) => lines.push((row.values as unknown[]).slice(1)));
  return lines;
}

test("build last quarter's report for the demo program, see its charts, export XLSX and PDF", async ({
  page,
  preview,
}) => {
  expect(preview.url).toBeTruthy();
  const reports = await openDemoReports(page);
  const lastQuarter = resolvePeriod({ kind: 'last-quarter' }, todayIso());
  await reports.choosePeriod('Last quarter');
  await expect(reports.form).toContainText(lastQuarter.label);
  await reports.build(lastQuarter.label);
  await expect(reports.report.getByRole('heading', { level: 2 })).toHaveText(DEMO_NAME);
  await expect(reports.report).toContainText('threshold');

  // Every chart the report draws, with its table beside it.
  for (const chart of reportCharts) {
    await expect(reports.chart(chart.title)).toBeVisible();
    await expect(reports.chart(chart.title)).toContainText(chart.title);
    await expect(reports.tableBeside(chart.title).getByRole('row')).not.toHaveCount(0);
  }
  // A chart is one image for screen readers, and no stop for the keyboard: its table is read.
  await expect(reports.report.locator('.report-chart [tabindex]:not([tabindex^="-"])')).toHaveCount(0);
  const byMonth = reports.tableBeside('Contacts by month');
  // A quarter's three months, then the totals.
  await expect(byMonth.locator('tbody tr')).toHaveCount(3);
  await expect(byMonth.locator('tfoot th')).toHaveText('Total');
  const contacts = await reports.totalOf(byMonth, 'Contacts');
  expect(contacts).toBeGreaterThan(0);
  // Small counts show as "<11", explained to screen readers.
  await expect(reports.report.getByRole('cell', { name: '<11 (fewer than 11, suppressed)' }).first()).toBeVisible();

  const xlsx = await reports.export('Export XLSX');
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const xlsxFile = await xlsx.path();
  expect(await sheetLines(xlsxFile, 'About this report')).toContainEqual(['Program', DEMO_NAME]);
  // The same total, as a number, on the Contacts sheet under the same table.
  const contactLines = await sheetLines(xlsxFile, 'Contacts');
  const tableStart = contactLines.findIndex((line) => line[0] === 'Contacts by month');
  expect(tableStart).toBeGreaterThan(-1);
  expect(contactLines.slice(tableStart).find((line) => line[0] === 'Total')?.[1]).toBe(contacts);

  const pdf = await reports.export('Export PDF');
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const { text } = await extractText(new Uint8Array(fs.readFileSync(await pdf.path())), { mergePages: true });
  expect(text).toContain(DEMO_NAME);
  expect(text).toContain('Contacts by month');
  expect(text).toMatch(new RegExp(`\\b${contacts.toLocaleString('en-US')}\\b`));
});

test('a saved funder profile builds its report in one click, then is changed and deleted; the threshold saved in Settings applies', async ({
  page,
  preview,
}) => {
  expect(preview.url).toBeTruthy();
  const reports = await openDemoReports(page);
  const today = todayIso();
  const lastQuarter = resolvePeriod({ kind: 'last-quarter' }, today);
  const thisYear = resolvePeriod({ kind: 'this-year' }, today);

  await reports.choosePeriod('Last quarter');
  const leftOut = ['Matches', 'Referrals and concerns', 'Group sessions', 'Participants served', 'Peer supporters'];
  for (const section of [...leftOut, 'Fidelity']) await reports.section(section).uncheck();
  await reports.saveProfile('Quarterly report for the county');
  await expect(reports.profiles).toContainText('Last quarter: Reach, Contacts');

  // Another report first, so that the profile's click visibly changes the choices and the report.
  await reports.choosePeriod('This year');
  await reports.section('Fidelity').check();
  await reports.build(thisYear.label);
  await expect(reports.sectionRegion('Fidelity')).toBeVisible();

  await reports.buildProfile('Quarterly report for the county');
  await reports.expectPeriod(lastQuarter.label);
  await expect(reports.report.getByRole('region')).toHaveCount(2);
  await expect(reports.sectionRegion('Reach')).toBeVisible();
  await expect(reports.sectionRegion('Contacts')).toBeVisible();
  await expect(reports.form.getByLabel('Period')).toHaveValue('last-quarter');
  await expect(reports.section('Fidelity')).not.toBeChecked();

  const shell = new AppShellPage(page);
  const settings = new SettingsPage(page);
  await shell.openSettings();
  await expect(settings.reportThreshold).toHaveValue('11');
  await settings.setReportThreshold(4);
  await expect(settings.reportThreshold).toHaveAccessibleDescription(/whole number from 5 to 20/);
  await settings.setReportThreshold(15);
  await expect(page.getByRole('status').filter({ hasText: 'Funder reports show counts below 15' })).toBeVisible();
  await expect(settings.reportThreshold).toHaveAccessibleDescription(/Counts from 1 to 14 are shown as <15/);

  await shell.openReports();
  await reports.buildProfile('Quarterly report for the county');
  await reports.expectPeriod(lastQuarter.label);
  await expect(reports.report.getByRole('definition').nth(2)).toHaveText('15');
  await expect(reports.report.locator('header')).toContainText('<15');

  // A profile changed, then deleted.
  await reports.profiles.getByRole('button', { name: 'Edit Quarterly report for the county' }).click();
  const edit = page.getByRole('form', { name: 'Edit Quarterly report for the county' });
  await edit.getByLabel('Profile name').fill('County board, yearly');
  await edit.getByLabel('Period').selectOption({ label: 'Last year' });
  await edit.getByRole('checkbox', { name: 'Fidelity' }).check();
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(reports.profiles.getByRole('listitem')).toHaveText([
    /^County board, yearly\s*Last year: Reach, Contacts, Fidelity/,
  ]);
  await reports.profiles.getByRole('button', { name: 'Delete County board, yearly' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete profile' }).click();
  await expect(page.getByText('No profiles yet')).toBeVisible();
});
