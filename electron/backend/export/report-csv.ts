// The report as CSV files, one per section and one about it, in a zip (fflate): UTF-8 with a
// byte-order mark so that Excel reads accents, numbers as plain numbers, text neutralised.
import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync } from 'fflate';
import type { Report } from '../../../shared/api/reports';
import { exportCell } from './neutralise';
import { aboutLines, definitionLines, sectionGrid, type GridValue } from './report-grid';

function csv(rows: GridValue[][]): Uint8Array {
  const cells = rows.map((row) => row.map((cell) => exportCell(cell)));
  return strToU8(stringify(cells, { bom: true, record_delimiter: 'windows' }));
}

export function renderReportCsvZip(report: Report): Buffer {
  const about: GridValue[][] = [
    ...aboutLines(report).map(([label, value]): GridValue[] => [
      label,
      value instanceof Date
        ? value
            .toISOString()
            .slice(0, label === 'Generated at' ? 16 : 10)
            .replace('T', ' ')
        : value,
    ]),
    [],
    ['Measure or table', 'Key', 'Definition'],
    ...definitionLines(report),
  ];
  const files: Record<string, Uint8Array> = { '00-about.csv': csv(about) };
  report.sections.forEach((section, i) => {
    files[`${String(i + 1).padStart(2, '0')}-${section.key}.csv`] = csv(sectionGrid(section).map((line) => line.cells));
  });
  return Buffer.from(zipSync(files, { mtime: new Date(report.generatedAt) }));
}
