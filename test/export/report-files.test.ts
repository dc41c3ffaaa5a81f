// The files a funder report is exported to, opened the way a funder opens them: the XLSX with
// exceljs, the CSV zip unzipped and read as UTF-8, the PDF's text extracted. Each holds the
// report's numbers and suppressed cells; a text cell that looks like a formula is neutralised.
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { extractText } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../shared/api/reports';
import { reportFixture } from '../reports/report-fixture';

let files: Record<'xlsx' | 'csv' | 'pdf' | 'json', ExportedFile>;
let audit: Array<{ action: string; detail: string }>;
const bytes = (file: ExportedFile) => Buffer.from(file.dataBase64, 'base64');

describe('report files', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    const { call, session } = await reportFixture(); // last quarter: April to June 2026
    await call('settings.update', { reportThreshold: 5 });
    const period = { kind: 'last-quarter' } as const;
    files = {
      xlsx: await call('reports.export', { period, format: 'xlsx' }),
      csv: await call('reports.export', { period, format: 'csv' }),
      pdf: await call('reports.export', { period, format: 'pdf' }),
      json: await call('reports.export', { period, format: 'json', sections: ['reach'] }),
    };
    audit = await session
      .requireOpen()
      .dataSource.manager.query(`SELECT action, detail FROM audit_log WHERE action = 'report.export' ORDER BY seq`);
  });

  it('names each file after the program and the period, with its type', () => {
    expect(files.xlsx).toMatchObject({
      fileName: 'PeerDesk-report-Riverside-Peers-2026-04-01-to-2026-06-30.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(files.csv).toMatchObject({ fileName: expect.stringMatching(/\.zip$/), mimeType: 'application/zip' });
    expect(files.pdf.mimeType).toBe('application/pdf');
    expect(JSON.parse(bytes(files.json).toString('utf8')).sections).toHaveLength(1);
  });

  it('writes an XLSX with an About sheet, a sheet per section, numbers as numbers, dates as dates, no formulas', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(bytes(files.xlsx)).buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'About this report',
      'Reach',
      'Matches',
      'Contacts',
      'Referrals and concerns',
      'Group sessions',
      'Participants served',
      'Peer supporters',
      'Fidelity',
    ]);
    const rows = (name: string) => {
      const found: unknown[][] = [];
      workbook.getWorksheet(name)!.eachRow((row) => found.push((row.values as unknown[]).slice(1)));
      return found;
    };
    const about = rows('About this report');
    expect(about).toContainEqual(['Threshold (t)', 5]);
    expect(about).toContainEqual(['From', new Date('2026-04-01T00:00:00Z')]);
    expect(about).toContainEqual(['To', new Date('2026-06-30T00:00:00Z')]);
    expect(about.find((row) => row[0] === 'Generated at')?.[1]).toBeInstanceOf(Date);
    expect(about.find((row) => row[1] === 'reach.participantsServed')?.[2]).toMatch(
      /^Participants with at least one contact/,
    );
    expect(about.find((row) => row[0] === 'Small counts')?.[1]).toContain('"<5"');

    expect(rows('Reach')).toContainEqual(['Participants served', 3]);
    expect(rows('Contacts')).toContainEqual(['Contact hours', 3]);
    expect(rows('Contacts')).toContainEqual(['Phone', '<5', 'suppressed']);
    expect(rows('Contacts')).toContainEqual(['Group', 0, 0]);
    expect(rows('Contacts')).toContainEqual(['Total', 'suppressed', 'suppressed']);
    const served = rows('Participants served');
    expect(served).toContainEqual(['Région Québec', '<5']);
    expect(served).toContainEqual([`'=HYPERLINK("x")`, '<5']);

    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
        }),
      );
    }
  });

  it('writes one CSV per section in a zip, UTF-8 with a BOM, text neutralised', () => {
    const entries = unzipSync(bytes(files.csv));
    expect(Object.keys(entries)).toEqual([
      '00-about.csv',
      '01-reach.csv',
      '02-matches.csv',
      '03-contacts.csv',
      '04-referrals.csv',
      '05-groups.csv',
      '06-demographics.csv',
      '07-workforce.csv',
      '08-fidelity.csv',
    ]);
    for (const entry of Object.values(entries)) expect([...entry.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (name: string) => strFromU8(entries[name]).slice(1).split('\r\n');
    expect(lines('00-about.csv')).toContain('Threshold (t),5');
    expect(lines('00-about.csv')).toContain('From,2026-04-01');
    expect(lines('01-reach.csv')).toContain('Participants served,3');
    expect(lines('03-contacts.csv')).toContain('Phone,<5,suppressed');
    expect(lines('03-contacts.csv')).toContain('Total,suppressed,suppressed');
    expect(lines('06-demographics.csv')).toContain('Région Québec,<5');
    expect(lines('06-demographics.csv')).toContain(`"'=HYPERLINK(""x"")",<5`);
  });

  it('writes a PDF with the program, the period, the numbers and the charts', async () => {
    const { text } = await extractText(new Uint8Array(bytes(files.pdf)), { mergePages: true });
    for (const expected of [
      'Riverside Peers',
      'Report for funders: 1 Apr 2026 to 30 Jun 2026 (last quarter)',
      'Counts from 1 to 4 are shown as "<5"',
      'Participants served',
      'Contacts by month',
      'Participants served by month',
      'Contacts by way of meeting',
      'Région Québec',
      '<5',
      'Page 1 of',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Ada');
  });

  it('records each export in the audit log: format, period and sections, no names', () => {
    expect(audit).toHaveLength(4);
    expect(JSON.parse(audit[3].detail)).toEqual({
      host: 'cli',
      format: 'json',
      from: '2026-04-01',
      to: '2026-06-30',
      sections: 'reach',
    });
  });
});
