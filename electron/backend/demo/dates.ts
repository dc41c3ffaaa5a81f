// Calendar dates (YYYY-MM-DD) for the demo program: day arithmetic in UTC, so that a seed gives
// the same dates in every time zone.

const DAY_MS = 86_400_000;

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The moment a change made on `date` was recorded: during office hours that day, never after `now`. */
export function recordedOn(date: string, minuteOfDay: number, now: Date): Date {
  const at = new Date(Date.parse(`${date}T00:00:00Z`) + minuteOfDay * 60_000);
  return at.getTime() > now.getTime() ? now : at;
}
