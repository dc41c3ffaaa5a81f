// A built report as a funder reads it: the program, the period, when it was made and how small
// counts were suppressed; the export buttons; then each section.
import type { Report, ReportBuildInput } from '../../../shared/api/reports';
import { ExportButtons } from './ExportButtons';
import { ReportSectionView } from './ReportSectionView';
import { formatGeneratedAt } from './report-format';

interface ReportViewProps {
  report: Report;
  /** What built it: the exports ask for the same. */
  request: ReportBuildInput;
}

export function ReportView({ report, request }: ReportViewProps) {
  return (
    <article className="report" aria-labelledby="report-title">
      <header className="panel report-header">
        <h2 id="report-title">{report.programName}</h2>
        <dl className="facts">
          <dt>Period</dt>
          <dd>{report.period.label}</dd>
          <dt>Generated</dt>
          <dd>{formatGeneratedAt(report.generatedAt)}</dd>
          <dt>Threshold</dt>
          <dd>{report.threshold}</dd>
        </dl>
        <p className="report-suppression-note">{report.suppressionNote}</p>
        <ExportButtons request={request} />
      </header>
      {report.sections.map((section) => (
        <ReportSectionView key={section.key} section={section} threshold={report.threshold} />
      ))}
    </article>
  );
}
