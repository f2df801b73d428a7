// Dates relative to today, in calendar days of the local time zone: "today", "yesterday", "3 days ago".
// Pure (unit-tested): `now` is a parameter.
import { plural } from './plural';

const DAY = 86_400_000;

/** Whole calendar days from `then` to `now` in the local time zone (0 on the same day). */
export function calendarDaysBetween(then: number, now: number): number {
  const a = new Date(then), b = new Date(now);
  const start = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
  const end = Date.UTC(b.getFullYear(), b.getMonth(), b.getDate());
  return Math.round((end - start) / DAY);
}

/** "today", "yesterday", "3 days ago", "5 weeks ago", "14 months ago", "2 years ago"; a future date reads "today". */
export function relativeDate(then: number, now: number): string {
  const days = calendarDaysBetween(then, now);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 60) return days < 14 ? `${plural(days, 'day')} ago` : `${plural(Math.floor(days / 7), 'week')} ago`;
  if (days < 730) return `${plural(Math.floor(days / 30.44), 'month')} ago`;
  return `${plural(Math.floor(days / 365.25), 'year')} ago`;
}
