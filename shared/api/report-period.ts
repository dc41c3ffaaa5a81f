// A report's period resolved to calendar dates, relative to today: quarters and years are
// calendar ones (January to March is the first quarter).
import { addDays } from './days';
import { periodKindLabels, type ReportPeriod, type ReportPeriodChoice } from './reports';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-03-31" as "31 Mar 2026": the same on every machine, whatever its locale. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${date} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

function quarterOf(year: number, quarter: number): { from: string; to: string } {
  // Quarters count from 0; quarter -1 is the last quarter of the year before.
  const y = year + Math.floor(quarter / 4);
  const q = ((quarter % 4) + 4) % 4;
  const from = `${y}-${pad(q * 3 + 1)}-01`;
  const nextStart = q === 3 ? `${y + 1}-01-01` : `${y}-${pad(q * 3 + 4)}-01`;
  return { from, to: addDays(nextStart, -1) };
}

export function resolvePeriod(choice: ReportPeriodChoice, today: string): ReportPeriod {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  const dates =
    choice.kind === 'custom'
      ? { from: choice.from, to: choice.to }
      : choice.kind === 'this-quarter'
        ? quarterOf(year, quarter)
        : choice.kind === 'last-quarter'
          ? quarterOf(year, quarter - 1)
          : choice.kind === 'this-year'
            ? { from: `${year}-01-01`, to: `${year}-12-31` }
            : { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  const range = `${formatDay(dates.from)} to ${formatDay(dates.to)}`;
  const label = choice.kind === 'custom' ? range : `${range} (${periodKindLabels[choice.kind].toLowerCase()})`;
  return { kind: choice.kind, ...dates, label };
}

/** The months a period touches, as YYYY-MM, in order. */
export function monthsOf(period: { from: string; to: string }): string[] {
  const months: string[] = [];
  let [year, month] = period.from.split('-').map(Number) as [number, number];
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${pad(month)}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}
