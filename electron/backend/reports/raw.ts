// The numbers of a report before publication: what the section queries return and what
// publish.ts turns into cells, with the small counts suppressed.
import type { ColumnUnit, ReportColumn } from '../../../shared/api/reports';

export type Row = Record<string, unknown>;
/** Runs one SQL statement; the report's queries go through it so the benchmark can replay them. */
export type Sql = (sql: string, parameters?: unknown[]) => Promise<Row[]>;

/** What every section query is given. */
export interface ReportScope {
  sql: Sql;
  /** The period, inclusive, YYYY-MM-DD; `toNext` is the day after, for times ("YYYY-MM-DDTHH:MM"). */
  from: string;
  to: string;
  toNext: string;
  months: string[];
  supervisionCadenceDays: number;
}

export interface RawMeasure {
  key: string;
  label: string;
  definition: string;
  unit: ColumnUnit;
  /** Null when there is nothing to compute it from (a median of no matches). */
  value: number | null;
  /** For medians and percentages: how many people (or contacts) it was computed from. */
  basedOn?: number;
}

export interface RawRow {
  key: string;
  label: string;
  values: Record<string, number | null>;
}

/** A column worked out from a count of the same row (hours from contacts, a share from a count). */
export interface DerivedColumn {
  /** The count column it follows: suppressed with it. */
  basis: string;
  /** For shares and medians: the count column of the same row it was computed from, which must reach t. */
  denominator?: string;
}

export interface RawTable {
  key: string;
  title: string;
  definition: string;
  columns: ReportColumn[];
  rows: RawRow[];
  /** The rows partition a whole, so a totals row is published; false when a record may fall in several rows. */
  totals: boolean;
  derived?: Record<string, DerivedColumn>;
}

export interface RawSection {
  measures: RawMeasure[];
  tables: RawTable[];
}

export const count = (key: string, label: string): ReportColumn => ({ key, label, unit: 'count' });
export const hours = (key = 'hours', label = 'Hours'): ReportColumn => ({ key, label, unit: 'hours' });

/** Hours to one decimal, as reports show them. */
export function roundHours(hoursValue: number): number {
  return Math.round(hoursValue * 10) / 10;
}

export function toHours(minutes: number): number {
  return roundHours(minutes / 60);
}

export async function one(sql: Sql, statement: string, parameters: unknown[]): Promise<number> {
  const [row] = await sql(statement, parameters);
  return Number(Object.values(row ?? {})[0] ?? 0);
}

/** The median (the mean of the two middle values when even); null for no values. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}
