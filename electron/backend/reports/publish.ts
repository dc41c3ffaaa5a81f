// Turns a report's raw numbers into published cells: counts from 1 to t-1 become "<t", further
// cells are hidden where a small count could otherwise be worked out from the totals
// (suppression.ts), and a figure worked out from a hidden count or from fewer than t people is
// hidden with it. Headline totals are published as they are.
import type { ReportCell, ReportMeasure, ReportRow, ReportTable } from '../../../shared/api/reports';
import { roundHours, type RawMeasure, type RawTable } from './raw';
import { suppressSmallCounts, type SuppressedState } from './suppression';

export const SUPPRESSED_TEXT = 'suppressed';

const value = (n: number): ReportCell => ({ kind: 'value', value: n });
const tooFew: ReportCell = { kind: 'suppressed', reason: 'too-few', shown: SUPPRESSED_TEXT };

function countCell(n: number, state: SuppressedState, threshold: number): ReportCell {
  if (state === 'small-count') return { kind: 'suppressed', reason: 'small-count', shown: `<${threshold}` };
  if (state === 'complementary') return { kind: 'suppressed', reason: 'complementary', shown: SUPPRESSED_TEXT };
  return value(n);
}

export function publishMeasure(raw: RawMeasure, threshold: number): ReportMeasure {
  const { value: n, basedOn, ...rest } = raw;
  const needsPeople = raw.unit === 'percent' || raw.unit === 'days';
  const cell = n === null || (needsPeople && (basedOn ?? 0) < threshold) ? tooFew : value(n);
  return { ...rest, cell };
}

export function publishTable(raw: RawTable, threshold: number): ReportTable {
  const countKeys = raw.columns.filter((column) => column.unit === 'count').map((column) => column.key);
  const counts = raw.rows.map((row) => countKeys.map((key) => row.values[key] ?? 0));
  const result = suppressSmallCounts({ counts, rowTotals: false, columnTotals: raw.totals, threshold });
  const derived = raw.derived ?? {};

  const rows: ReportRow[] = raw.rows.map((row, r) => {
    const states = new Map(countKeys.map((key, c) => [key, result.cells[r]?.[c] ?? 'published']));
    const cells: Record<string, ReportCell> = {};
    for (const column of raw.columns) {
      const n = row.values[column.key] ?? null;
      const state = states.get(column.key);
      if (state !== undefined) {
        cells[column.key] = countCell(n ?? 0, state, threshold);
        continue;
      }
      const rule = derived[column.key];
      const basisHidden = rule !== undefined && states.get(rule.basis) !== 'published';
      const tooFewPeople = rule?.denominator !== undefined && (row.values[rule.denominator] ?? 0) < threshold;
      if (n === null || basisHidden || tooFewPeople) cells[column.key] = tooFew;
      else cells[column.key] = value(column.unit === 'hours' ? roundHours(n) : n);
    }
    return { key: row.key, label: row.label, cells };
  });

  let total: ReportRow | null = null;
  if (raw.totals) {
    const cells: Record<string, ReportCell> = {};
    countKeys.forEach((key, c) => {
      const sum = raw.rows.reduce((acc, row) => acc + (row.values[key] ?? 0), 0);
      cells[key] = result.columnTotalSuppressed[c] ? countCell(sum, 'complementary', threshold) : value(sum);
    });
    // Hours add up; a share or a median of the whole is not the sum of its rows, so it is left out.
    for (const column of raw.columns.filter((c) => c.unit === 'hours')) {
      const basis = derived[column.key]?.basis;
      const sum = raw.rows.reduce((acc, row) => acc + (row.values[column.key] ?? 0), 0);
      const hidden = basis !== undefined && cells[basis]?.kind === 'suppressed';
      cells[column.key] = hidden ? tooFew : value(roundHours(sum));
    }
    total = { key: 'total', label: 'Total', cells };
  }

  const suppressed = [...rows, ...(total ? [total] : [])].some((row) =>
    Object.values(row.cells).some((cell) => cell.kind === 'suppressed'),
  );
  return { key: raw.key, title: raw.title, definition: raw.definition, columns: raw.columns, rows, total, suppressed };
}
