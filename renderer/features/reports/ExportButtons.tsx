// Writes the report on screen as a file (XLSX, CSV files in a zip, or PDF) and hands it to the
// person to save. The backend builds it again from the same request, so the file holds the same
// suppressed cells as the screen.
import type { ReportBuildInput, ReportFormat } from '../../../shared/api/reports';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { downloadFile } from '../../components/download-file';
import { useExportReport } from './useReports';

const formats: { format: ReportFormat; label: string; name: string }[] = [
  { format: 'xlsx', label: 'Export XLSX', name: 'XLSX workbook' },
  { format: 'csv', label: 'Export CSV (zip)', name: 'CSV files' },
  { format: 'pdf', label: 'Export PDF', name: 'PDF' },
];

export function ExportButtons({ request }: { request: ReportBuildInput }) {
  const exporting = useExportReport();
  const writing = exporting.isPending ? formats.find((entry) => entry.format === exporting.variables.format) : null;
  const start = (format: ReportFormat) =>
    exporting.mutate(
      { ...request, format },
      { onSuccess: (file) => downloadFile(file.fileName, file.mimeType, file.dataBase64) },
    );
  return (
    <div className="report-exports">
      <div className="actions actions-start" role="group" aria-label="Export the report">
        {formats.map((entry) => (
          <button key={entry.format} type="button" disabled={exporting.isPending} onClick={() => start(entry.format)}>
            {entry.label}
          </button>
        ))}
      </div>
      <p role="status" className="report-progress">
        {writing ? `Writing the ${writing.name}…` : exporting.isSuccess ? `Written: ${exporting.data.fileName}.` : ''}
      </p>
      {exporting.isError ? <Alert tone="error">{errorMessage(exporting.error)}</Alert> : null}
    </div>
  );
}
