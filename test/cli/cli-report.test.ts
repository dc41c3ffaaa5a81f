// `peerdesk report` as a real process on a small demo program: the JSON holds every measure
// under its stable key, with suppressed cells marked; the other formats are the files the app
// writes; mistakes are one line and exit 2, before any passphrase is asked for.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSections, type Report } from '../../shared/api/reports';
import { runCli } from '../helpers/run-cli';

const env = { PEERDESK_PASSPHRASE: 'a demo passphrase for the report test' };
let dir: string;
let out: string;

const report = (format: string, file: string, ...extra: string[]) =>
  runCli(
    [
      'report',
      '--data-dir',
      dir,
      '--from',
      '2025-01-01',
      '--to',
      '2025-12-31',
      '--format',
      format,
      '--out',
      file,
      ...extra,
    ],
    env,
  );

describe('peerdesk report', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    // Its own folder for the whole file: tempDir() folders go after each test.
    out = await fs.mkdtemp(path.join(os.tmpdir(), 'peerdesk-cli-report-'));
    dir = path.join(out, 'demo');
    const made = await runCli(['demo', '--size', 'small', '--data-dir', dir], env);
    expect(made.code).toBe(0);
  }, 120_000);

  afterAll(() => fs.rm(out, { recursive: true, force: true }));

  it('writes the JSON with every section and measure under its key, suppressed cells marked', async () => {
    const file = path.join(out, 'report.json');
    const result = await report('json', file);
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: `Report written to ${file}\n` });
    const json = JSON.parse(await fs.readFile(file, 'utf8')) as Report;
    expect(json.period).toMatchObject({ kind: 'custom', from: '2025-01-01', to: '2025-12-31' });
    expect(json.threshold).toBe(11);
    expect(json.sections.map((section) => section.key)).toEqual(reportSections);
    const served = json.sections[0]?.measures.find((m) => m.key === 'reach.participantsServed');
    expect(served?.cell).toEqual({ kind: 'value', value: expect.any(Number) });
    const cells = json.sections.flatMap((s) => s.tables.flatMap((t) => t.rows.flatMap((r) => Object.values(r.cells))));
    expect(cells).toContainEqual({ kind: 'suppressed', reason: 'small-count', shown: '<11' });
    expect(json.suppressionApplied).toBe(true);
  });

  it('writes XLSX, a zip of CSV files and a PDF', async () => {
    const xlsx = path.join(out, 'report.xlsx');
    expect(await report('xlsx', xlsx, '--sections', 'reach,contacts')).toMatchObject({ code: 0, stderr: '' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['About this report', 'Reach', 'Contacts']);

    const csv = path.join(out, 'report.zip');
    expect(await report('csv', csv)).toMatchObject({ code: 0, stderr: '' });
    expect(Object.keys(unzipSync(await fs.readFile(csv))).length).toBeGreaterThan(8);

    const pdf = path.join(out, 'report.pdf');
    expect(await report('pdf', pdf)).toMatchObject({ code: 0, stderr: '' });
    const { text } = await extractText(new Uint8Array(await fs.readFile(pdf)), { mergePages: true });
    expect(text).toContain('Participants served');
  });

  it('refuses bad dates, formats and sections in one line with exit code 2', async () => {
    const file = path.join(out, 'never.json');
    const backwards = await runCli([
      'report',
      '--data-dir',
      dir,
      '--from',
      '2025-12-31',
      '--to',
      '2025-01-01',
      '--out',
      file,
    ]);
    expect(backwards).toMatchObject({ code: 2, stderr: 'peerdesk: --to: The end date is before the start date.\n' });
    const format = await runCli([
      'report',
      '--data-dir',
      dir,
      '--from',
      '2025-01-01',
      '--to',
      '2025-01-31',
      '--format',
      'docx',
      '--out',
      file,
    ]);
    expect(format).toMatchObject({ code: 2, stderr: 'peerdesk: --format: Format: choose XLSX, CSV, PDF or JSON.\n' });
    const noOut = await runCli(['report', '--data-dir', dir, '--from', '2025-01-01', '--to', '2025-01-31']);
    expect(noOut).toMatchObject({ code: 2, stderr: 'peerdesk: report needs --out FILE\n' });
    const section = await runCli([
      'report',
      '--data-dir',
      dir,
      '--from',
      '2025-01-01',
      '--to',
      '2025-01-31',
      '--sections',
      'reach,names',
      '--out',
      file,
    ]);
    expect(section).toMatchObject({ code: 2, stderr: 'peerdesk: --sections: Sections: choose from the list.\n' });
    await expect(fs.access(file)).rejects.toThrow();
  });
});
