// How a report's numbers read on screen: counts with thousands grouped, hours and days to one
// decimal, shares as percentages; and what a suppressed cell stands for, in words.
import type { ColumnUnit, ReportCell } from '../../../shared/api/reports';

// One locale on every machine, like formatDay: the numbers match the exported files.
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function formatReportValue(value: number, unit: ColumnUnit): string {
  if (unit === 'count') return whole.format(value);
  if (unit === 'percent') return `${oneDecimal.format(value)}%`;
  return oneDecimal.format(value);
}

type SuppressedCell = Extract<ReportCell, { kind: 'suppressed' }>;

export function suppressionReason(cell: SuppressedCell, threshold: number): string {
  if (cell.reason === 'small-count') return `fewer than ${threshold}, suppressed`;
  if (cell.reason === 'complementary') return 'suppressed so that a small count cannot be worked out';
  return `suppressed: worked out from fewer than ${threshold} people`;
}

/** When the report was made, in the person's own locale. */
export function formatGeneratedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
