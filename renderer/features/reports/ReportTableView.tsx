// One table of a report, with its chart beside it when the report draws one: column headers, a
// header cell per row, the published totals row, and how it is counted.
import { reportCharts } from '../../../shared/api/report-charts';
import type { ReportRow, ReportTable } from '../../../shared/api/reports';
import { ReportCellText } from './ReportCellText';
import { ReportChart } from './ReportChart';

const MONTH_KEY = /^\d{4}-\d{2}$/;

interface ReportTableViewProps {
  table: ReportTable;
  threshold: number;
}

export function ReportTableView({ table, threshold }: ReportTableViewProps) {
  const chart = reportCharts.find((spec) => spec.tableKey === table.key);
  const byMonth = table.rows.length > 0 && table.rows.every((row) => MONTH_KEY.test(row.key));
  const row = (cells: ReportRow) => (
    <tr key={cells.key}>
      <th scope="row">{cells.label}</th>
      {table.columns.map((column) => {
        const cell = cells.cells[column.key];
        return (
          <td key={column.key} className="report-number">
            {cell ? <ReportCellText cell={cell} unit={column.unit} threshold={threshold} /> : null}
          </td>
        );
      })}
    </tr>
  );
  return (
    <div className="report-figure">
      {chart ? <ReportChart spec={chart} table={table} /> : null}
      <div className="report-table-block">
        <table className="report-table">
          <caption>{table.title}</caption>
          <thead>
            <tr>
              <th scope="col">{byMonth ? 'Month' : 'Category'}</th>
              {table.columns.map((column) => (
                <th key={column.key} scope="col" className="report-number">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.length > 0 ? (
              table.rows.map(row)
            ) : (
              <tr>
                <td colSpan={table.columns.length + 1}>None in this period.</td>
              </tr>
            )}
          </tbody>
          {table.total ? <tfoot>{row(table.total)}</tfoot> : null}
        </table>
        <details className="report-definition">
          <summary>
            How it is counted<span className="visually-hidden">: {table.title}</span>
          </summary>
          <p>{table.definition}</p>
        </details>
      </div>
    </div>
  );
}
