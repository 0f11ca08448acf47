/**
 * ISO weeks (`2026-W48`): the one definition of week arithmetic. Weeks run Monday to
 * Sunday; a week belongs to the year of its Thursday. Pure; luxon does the calendar.
 */
import { DateTime, type WeekdayNumbers } from 'luxon';
import { WEEKDAYS, type IsoDate, type IsoWeek, type Weekday } from './types.js';

const format = (d: DateTime): IsoWeek => `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`;

/** `2026-W48` -> its week-year and week number. */
export function splitIsoWeek(week: IsoWeek): { weekYear: number; weekNumber: number } {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) throw new Error(`Not an ISO week: ${week}`);
  return { weekYear: Number(m[1]), weekNumber: Number(m[2]) };
}

/** The ISO weekday number of a day (mon = 1 … sun = 7). */
export const weekdayNumber = (day: Weekday): WeekdayNumbers => (WEEKDAYS.indexOf(day) + 1) as WeekdayNumbers;

/** A quarter of an hour: every zone's offset, and every change of it, falls on one (since the 1970s). */
const QUARTER_MS = 15 * 60_000;
const weekCache = new Map<string, IsoWeek>();

/**
 * The ISO week (`2026-W48`) that a moment falls in, in the given zone. Remembered per zone and
 * quarter of an hour: luxon finds a zone's offset with `Intl` (about 0.1 ms), and every logged
 * win asks. Local midnight, and a change of offset, fall on a quarter-hour boundary, so one
 * quarter lies in one week; a moment whose offset is not whole quarters (old local mean
 * times) is not remembered.
 */
export function isoWeekOf(at: Date, zone: string): IsoWeek {
  const key = `${zone} ${Math.floor(at.getTime() / QUARTER_MS)}`;
  const known = weekCache.get(key);
  if (known !== undefined) return known;
  const local = DateTime.fromJSDate(at, { zone });
  const week = format(local);
  if (local.isValid && local.offset % 15 === 0) {
    if (weekCache.size >= 10_000) weekCache.clear();
    weekCache.set(key, week);
  }
  return week;
}

/** The ISO week a calendar day belongs to. */
export const isoWeekOfDay = (day: IsoDate): IsoWeek => format(DateTime.fromISO(day, { zone: 'utc' }));

/** The `count` ISO weeks ending with the week of `at`, oldest first. */
export function lastWeeks(at: Date, zone: string, count: number): IsoWeek[] {
  const local = DateTime.fromJSDate(at, { zone });
  return Array.from({ length: count }, (_, i) => format(local.minus({ weeks: count - 1 - i })));
}

const mondayOf = (week: IsoWeek): DateTime => DateTime.fromObject({ ...splitIsoWeek(week), weekday: 1 }, { zone: 'utc' });

/** Weeks whose days were worked out; bounded, though a process sees a few dozen weeks a year. */
const daysByWeek = new Map<IsoWeek, readonly IsoDate[]>();
const DAYS_CACHED = 1_000;

/**
 * The seven days of an ISO week, Monday first. NOTE: remembered per week, because luxon's
 * week-date maths costs about 0.1 ms a call and every digest asks for the same weeks for
 * each team and member.
 */
export function daysOfWeek(week: IsoWeek): readonly IsoDate[] {
  const cached = daysByWeek.get(week);
  if (cached !== undefined) return cached;
  const monday = mondayOf(week);
  const days = Object.freeze(Array.from({ length: 7 }, (_, i) => monday.plus({ days: i }).toISODate() ?? ''));
  if (daysByWeek.size >= DAYS_CACHED) daysByWeek.clear();
  daysByWeek.set(week, days);
  return days;
}

/** An ISO week with its first and last day, for reads that bucket days into weeks. */
export interface WeekSpan {
  week: IsoWeek;
  from: IsoDate;
  to: IsoDate;
}

/** The week with its Monday and Sunday. */
export function weekSpan(week: IsoWeek): WeekSpan {
  const days = daysOfWeek(week);
  return { week, from: days[0] ?? '', to: days[6] ?? '' };
}

/** The day of the given weekday in an ISO week. */
export const dayInWeek = (week: IsoWeek, day: Weekday): IsoDate => daysOfWeek(week)[weekdayNumber(day) - 1] ?? '';

/** Weeks shifted, by week and step; NOTE: a weekly fan-out asks for the same few once per person (bench/fanout). */
const shifted = new Map<string, IsoWeek>();

/** The ISO week after (or, with a negative step, before) this one. */
export function shiftWeek(week: IsoWeek, by: number): IsoWeek {
  const key = `${week} ${by}`;
  let shiftedWeek = shifted.get(key);
  if (shiftedWeek === undefined) {
    shiftedWeek = format(mondayOf(week).plus({ weeks: by }));
    if (shifted.size >= DAYS_CACHED) shifted.clear();
    shifted.set(key, shiftedWeek);
  }
  return shiftedWeek;
}
