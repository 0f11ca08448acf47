/** Calendar maths in people's own time zones. Pure: `now` is always passed in. */
import { DateTime } from 'luxon';
import type { IsoDate, IsoWeek } from './types.js';

/** The ISO week (`2026-W48`) that a moment falls in, in the given zone. */
export function isoWeekOf(at: Date, zone: string): IsoWeek {
  const local = DateTime.fromJSDate(at, { zone });
  return `${local.weekYear}-W${String(local.weekNumber).padStart(2, '0')}`;
}

/** The calendar day a moment falls on, in the given zone. */
export function localDate(at: Date, zone: string): IsoDate {
  return DateTime.fromJSDate(at, { zone }).toISODate() ?? at.toISOString().slice(0, 10);
}

/** The `count` ISO weeks ending with the week of `at`, oldest first. */
export function lastWeeks(at: Date, zone: string, count: number): IsoWeek[] {
  const local = DateTime.fromJSDate(at, { zone });
  return Array.from({ length: count }, (_, i) => isoWeekOf(local.minus({ weeks: count - 1 - i }).toJSDate(), zone));
}

/** Human minutes: `45 min`, `2 h`, `1.5 h`. */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round((minutes / 60) * 10) / 10;
  return `${hours} h`;
}
