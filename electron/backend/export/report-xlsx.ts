// The report as an XLSX workbook (exceljs): "About this report" first, then one sheet per
// section. Numbers are numeric cells, dates are date cells, nothing is a formula, and every
// text cell is neutralised against formula injection.
import ExcelJS from 'exceljs';
import { reportSectionLabels, type ColumnUnit, type Report } from '../../../shared/api/reports';
import { aboutLines, definitionLines, sectionGrid } from './report-grid';
import { exportCell } from './neutralise';

const numberFormats: Record<ColumnUnit, string> = { count: '#,##0', hours: '#,##0.0', percent: '0.0', days: '0.#' };

export async function renderReportXlsx(report: Report): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PeerDesk';
  workbook.created = new Date(report.generatedAt);

  const about = workbook.addWorksheet('About this report');
  about.columns = [{ width: 28 }, { width: 40 }, { width: 100 }];
  for (const [label, value] of aboutLines(report)) {
    const row = about.addRow([label, value instanceof Date ? value : exportCell(value)]);
    row.getCell(1).font = { bold: true };
    if (value instanceof Date) row.getCell(2).numFmt = label === 'Generated at' ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd';
  }
  about.addRow([]);
  about.addRow(['Definitions']).font = { bold: true, size: 13 };
  about.addRow(['Measure or table', 'Key', 'Definition']).font = { bold: true };
  for (const [label, key, definition] of definitionLines(report)) {
    about.addRow([exportCell(label), exportCell(key), exportCell(definition)]).getCell(3).alignment = {
      wrapText: true,
    };
  }

  for (const section of report.sections) {
    const sheet = workbook.addWorksheet(reportSectionLabels[section.key]);
    sheet.columns = [{ width: 48 }, { width: 18 }, { width: 18 }, { width: 18 }];
    for (const line of sectionGrid(section)) {
      const row = sheet.addRow(line.cells.map((cell) => exportCell(cell)));
      if (line.kind === 'title') row.font = { bold: true, size: 13 };
      if (line.kind === 'header' || line.kind === 'total') row.font = { bold: true };
      line.units?.forEach((unit, i) => {
        const cell = row.getCell(i + 2);
        if (typeof cell.value === 'number') cell.numFmt = numberFormats[unit];
        else cell.alignment = { horizontal: 'right' };
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
