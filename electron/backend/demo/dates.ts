// Calendar dates (YYYY-MM-DD) for the demo program: day arithmetic in UTC, so that a seed gives
// the same dates in every time zone.

export { addDays, daysBetween } from '../../../shared/api/days';

/** The moment a change made on `date` was recorded: during office hours that day, never after `now`. */
export function recordedOn(date: string, minuteOfDay: number, now: Date): Date {
  const at = new Date(Date.parse(`${date}T00:00:00Z`) + minuteOfDay * 60_000);
  return at.getTime() > now.getTime() ? now : at;
}
