// The report as a print-ready PDF (pdfkit, DejaVu Sans so that every label prints): the
// program, the period and the suppression note, then each section's measures and tables, each
// chart after the table it is drawn from, and "Page x of y" at the foot of every page.
import SVGtoPDF from 'svg-to-pdfkit';
import { formatDay } from '../../../shared/api/report-period';
import { reportCharts } from '../../../shared/api/report-charts';
import type { Report, ReportTable } from '../../../shared/api/reports';
import { newPdfDocument } from './pdf-document';
import { chartSvg } from './report-chart-svg';
import { cellValue } from './report-grid';

type Doc = PDFKit.PDFDocument;
const MARGIN = 54;
const ROW = 15;

const format = (value: string | number | null) =>
  value === null ? '' : typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: 1 }) : value;

/** Starts a new page unless `height` more points fit on this one. */
function room(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

function drawTable(doc: Doc, table: ReportTable): void {
  const width = doc.page.width - 2 * MARGIN;
  const labelWidth = table.columns.length > 2 ? width * 0.4 : width * 0.55;
  const columnWidth = (width - labelWidth) / table.columns.length;
  const line = (cells: string[], bold: boolean) => {
    const y = doc.y;
    doc.font(bold ? 'bold' : 'regular').fontSize(8.5);
    doc.text(cells[0] ?? '', MARGIN, y, { width: labelWidth - 6, lineBreak: false, ellipsis: true });
    cells.slice(1).forEach((cell, i) => {
      doc.text(cell, MARGIN + labelWidth + i * columnWidth, y, {
        width: columnWidth - 4,
        align: 'right',
        lineBreak: false,
      });
    });
    doc.x = MARGIN;
    doc.y = y + ROW;
  };
  const header = () => line(['', ...table.columns.map((column) => column.label)], true);
  room(doc, 4 * ROW);
  doc.font('bold').fontSize(10.5).text(table.title, MARGIN, doc.y);
  doc.moveDown(0.2);
  header();
  for (const row of table.rows) {
    if (doc.y + ROW > doc.page.height - MARGIN) {
      doc.addPage();
      header();
    }
    line([row.label, ...table.columns.map((column) => format(cellValue(row.cells[column.key])))], false);
  }
  if (table.total) {
    room(doc, ROW);
    line(
      [table.total.label, ...table.columns.map((column) => format(cellValue(table.total!.cells[column.key])))],
      true,
    );
  }
  doc.moveDown(0.6);
}

async function drawChart(doc: Doc, table: ReportTable): Promise<void> {
  const chart = reportCharts.find((candidate) => candidate.tableKey === table.key);
  if (!chart) return;
  const svg = await chartSvg(chart, table);
  const size = /width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(svg);
  const [width, height] = [Number(size?.[1] ?? 470), Number(size?.[2] ?? 200)];
  const scale = Math.min(1, (doc.page.width - 2 * MARGIN) / width);
  room(doc, height * scale + 30);
  doc.font('bold').fontSize(9).text(chart.title, MARGIN, doc.y);
  const top = doc.y + 4;
  SVGtoPDF(doc, svg, MARGIN, top, {
    width: width * scale,
    height: height * scale,
    assumePt: true,
    fontCallback: (_family, bold) => (bold ? 'bold' : 'regular'),
  });
  doc.x = MARGIN;
  doc.y = top + height * scale + 12;
}

export async function renderReportPdf(report: Report): Promise<Buffer> {
  const { doc, finished } = newPdfDocument({
    margin: MARGIN,
    bufferPages: true,
    info: {
      Title: `${report.programName}: report for ${report.period.label}`,
      Author: report.programName,
      Creator: 'PeerDesk',
    },
  });

  doc.font('bold').fontSize(18).text(report.programName);
  doc.font('regular').fontSize(12).text(`Report for funders: ${report.period.label}`);
  doc
    .fontSize(9)
    .fillColor('#444')
    .text(`Generated on ${formatDay(report.generatedAt.slice(0, 10))}. ${report.suppressionNote}`);
  doc.text('This report holds no names, contact details, dates of birth or internal ids.').fillColor('black');
  doc.moveDown(1);

  for (const section of report.sections) {
    room(doc, 80);
    doc.font('bold').fontSize(14).text(section.title, MARGIN, doc.y);
    doc.moveDown(0.3);
    for (const measure of section.measures) {
      room(doc, ROW);
      const y = doc.y;
      doc
        .font('regular')
        .fontSize(9.5)
        .text(measure.label, MARGIN, y, { width: 360, lineBreak: false, ellipsis: true });
      doc
        .font('bold')
        .text(format(cellValue(measure.cell)), MARGIN + 360, y, { width: 140, align: 'right', lineBreak: false });
      doc.x = MARGIN;
      doc.y = y + ROW;
    }
    doc.moveDown(0.6);
    for (const table of section.tables) {
      drawTable(doc, table);
      await drawChart(doc, table);
    }
  }

  const pages = doc.bufferedPageRange();
  for (let i = 0; i < pages.count; i += 1) {
    doc.switchToPage(pages.start + i);
    // Written inside the bottom margin, which would otherwise start a page of its own.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(8)
      .fillColor('#555')
      .text(
        `${report.programName} · ${report.period.label} · Page ${i + 1} of ${pages.count}`,
        MARGIN,
        doc.page.height - 36,
        {
          width: doc.page.width - 2 * MARGIN,
          align: 'center',
          lineBreak: false,
        },
      );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return finished;
}
