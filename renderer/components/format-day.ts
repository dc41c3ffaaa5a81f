// Calendar dates (YYYY-MM-DD, or a year alone) as the person reads them. Parsed as local dates:
// `new Date('2024-01-05')` is midnight UTC, which is the day before west of Greenwich.
// One formatter for every cell: making one per call is slow, and lists show many dates.
const dayFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return dayFormat.format(date);
}

/** A local date and time, YYYY-MM-DDTHH:MM, as the person reads it: the day, then the time. */
export function formatDayTime(value: string): string {
  return `${formatDay(value.slice(0, 10))}, ${value.slice(11, 16)}`;
}
