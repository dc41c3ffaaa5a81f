// One section of a report: its headline measures, each with its definition a click away, then
// its tables.
import type { ReportSection } from '../../../shared/api/reports';
import { ReportCellText } from './ReportCellText';
import { ReportTableView } from './ReportTableView';

interface ReportSectionViewProps {
  section: ReportSection;
  threshold: number;
}

export function ReportSectionView({ section, threshold }: ReportSectionViewProps) {
  const titleId = `report-section-${section.key}`;
  return (
    <section className="panel report-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{section.title}</h3>
      {section.measures.length > 0 ? (
        <dl className="report-measures">
          {section.measures.map((measure) => (
            <div key={measure.key} className="report-measure">
              <dt>{measure.label}</dt>
              <dd className="report-measure-value">
                <ReportCellText cell={measure.cell} unit={measure.unit} threshold={threshold} />
              </dd>
              <dd>
                <details className="report-definition">
                  <summary>
                    Definition<span className="visually-hidden"> of {measure.label}</span>
                  </summary>
                  <p>{measure.definition}</p>
                </details>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {section.tables.map((table) => (
        <ReportTableView key={table.key} table={table} threshold={threshold} />
      ))}
    </section>
  );
}
