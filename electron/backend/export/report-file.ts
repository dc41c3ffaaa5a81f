// A report as the file a person saves: its name, type and bytes, in the format asked for.
import type { ExportedFile, Report, ReportFormat } from '../../../shared/api/reports';
import { fileNamePart } from './file-name';
import { renderReportCsvZip } from './report-csv';
import { renderReportPdf } from './report-pdf';
import { renderReportXlsx } from './report-xlsx';

const mimeTypes: Record<ReportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'application/zip',
  pdf: 'application/pdf',
  json: 'application/json',
};
const extensions: Record<ReportFormat, string> = { xlsx: 'xlsx', csv: 'zip', pdf: 'pdf', json: 'json' };

export function reportFileName(report: Report, format: ReportFormat): string {
  return `PeerDesk-report-${fileNamePart(report.programName, 'program')}-${report.period.from}-to-${report.period.to}.${extensions[format]}`;
}

export async function renderReportFile(report: Report, format: ReportFormat): Promise<ExportedFile> {
  const bytes =
    format === 'xlsx'
      ? await renderReportXlsx(report)
      : format === 'csv'
        ? renderReportCsvZip(report)
        : format === 'pdf'
          ? await renderReportPdf(report)
          : Buffer.from(`${JSON.stringify(report, null, 2)}\n`, 'utf8');
  return {
    fileName: reportFileName(report, format),
    mimeType: mimeTypes[format],
    dataBase64: bytes.toString('base64'),
  };
}
