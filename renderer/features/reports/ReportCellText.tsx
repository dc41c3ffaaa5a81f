// One published number; a suppressed one shows what the report prints instead ("<11",
// "suppressed") with why, on hover and for screen readers.
import type { ColumnUnit, ReportCell } from '../../../shared/api/reports';
import { formatReportValue, suppressionReason } from './report-format';

interface ReportCellTextProps {
  cell: ReportCell;
  unit: ColumnUnit;
  threshold: number;
}

export function ReportCellText({ cell, unit, threshold }: ReportCellTextProps) {
  if (cell.kind === 'value') return <>{formatReportValue(cell.value, unit)}</>;
  const reason = suppressionReason(cell, threshold);
  return (
    <>
      <abbr className="report-suppressed" title={reason}>
        {cell.shown}
      </abbr>
      <span className="visually-hidden"> ({reason})</span>
    </>
  );
}
