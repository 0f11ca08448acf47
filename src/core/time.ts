/** Calendar maths in people's own time zones. Pure: `now` is always passed in. */
import { DateTime } from 'luxon';
import type { IsoDate } from './types.js';

/** The calendar day a moment falls on, in the given zone. */
export function localDate(at: Date, zone: string): IsoDate {
  return DateTime.fromJSDate(at, { zone }).toISODate() ?? at.toISOString().slice(0, 10);
}

/** Human minutes: `45 min`, `2 h`, `1.5 h`. */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round((minutes / 60) * 10) / 10;
  return `${hours} h`;
}
