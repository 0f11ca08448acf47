/**
 * Local-calendar maths for the schedule: weeks, days and clock times in a zone. Pure.
 * luxon does the zone arithmetic, so DST changes and half-hour offsets come out right.
 */
import { DateTime, type WeekdayNumbers } from 'luxon';
import { WEEKDAYS, type IsoDate, type IsoWeek, type Weekday } from '../types.js';

/**
 * Quiet hours, local time: nothing personal (check-ins, reminders) is sent from 20:00
 * until 08:00. A check-in time set inside them is moved to 08:00 of the same day.
 */
export const QUIET_HOURS = { from: '20:00', until: '08:00' } as const;

const minutesOf = (clock: string): number => {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** The ISO weekday number of a day (mon = 1 … sun = 7). */
export const weekdayNumber = (day: Weekday): WeekdayNumbers => (WEEKDAYS.indexOf(day) + 1) as WeekdayNumbers;

/** True when a local clock time (`HH:MM`) falls inside quiet hours. */
export function isQuietTime(clock: string): boolean {
  const t = minutesOf(clock);
  return t >= minutesOf(QUIET_HOURS.from) || t < minutesOf(QUIET_HOURS.until);
}

/** A clock time moved out of quiet hours (to their end), or unchanged. */
export const outsideQuietHours = (clock: string): string => (isQuietTime(clock) ? QUIET_HOURS.until : clock);

/** True when the moment falls inside quiet hours in the zone. */
export function isQuietAt(at: Date, zone: string): boolean {
  return isQuietTime(DateTime.fromJSDate(at, { zone }).toFormat('HH:mm'));
}

/** `2026-W48` -> its week-year and week number. */
export function splitIsoWeek(week: IsoWeek): { weekYear: number; weekNumber: number } {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) throw new Error(`Not an ISO week: ${week}`);
  return { weekYear: Number(m[1]), weekNumber: Number(m[2]) };
}

/**
 * The moment a local day and clock time of an ISO week happen in a zone. A time that a
 * spring-forward skips is moved forward by the gap (02:30 -> 03:30); a time that happens
 * twice in autumn is its first occurrence.
 */
export function localMoment(week: IsoWeek, day: Weekday, clock: string, zone: string): Date {
  const key = `${week} ${day} ${clock} ${zone}`;
  let ms = moments.get(key);
  if (ms === undefined) {
    const [hour, minute] = clock.split(':').map(Number);
    const local = DateTime.fromObject({ ...splitIsoWeek(week), weekday: weekdayNumber(day), hour, minute }, { zone });
    if (!local.isValid) throw new Error(`No such moment: ${key}`);
    ms = local.toMillis();
    if (moments.size >= MOMENT_MEMO_SIZE) moments.clear();
    moments.set(key, ms);
  }
  return new Date(ms);
}

/**
 * NOTE: every tick asks for the same few hundred moments and luxon's zone maths is the
 * cost of a tick, so answers are remembered. Safe: the function is pure.
 */
const moments = new Map<string, number>();
const MOMENT_MEMO_SIZE = 50_000;

/** The seven local days of an ISO week, Monday first. */
export function daysOfWeek(week: IsoWeek): IsoDate[] {
  const monday = DateTime.fromObject({ ...splitIsoWeek(week), weekday: 1 }, { zone: 'utc' });
  return Array.from({ length: 7 }, (_, i) => monday.plus({ days: i }).toISODate() ?? '');
}

/** The local day of the given weekday in an ISO week. */
export const dayInWeek = (week: IsoWeek, day: Weekday): IsoDate => daysOfWeek(week)[weekdayNumber(day) - 1] ?? '';

/** The ISO week after (or, with a negative step, before) this one. */
export function shiftWeek(week: IsoWeek, by: number): IsoWeek {
  const d = DateTime.fromObject({ ...splitIsoWeek(week), weekday: 1 }, { zone: 'utc' }).plus({ weeks: by });
  return `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`;
}

/**
 * The day a weekly send lands on given the work days: the day itself when it is a work
 * day, else the last work day before it in that week, else the first one after it.
 */
export function onWorkDay(day: Weekday, workDays: readonly Weekday[]): Weekday {
  if (workDays.includes(day)) return day;
  const n = weekdayNumber(day);
  const before = workDays.filter((d) => weekdayNumber(d) < n);
  return before.at(-1) ?? workDays.find((d) => weekdayNumber(d) > n) ?? day;
}

/** The first work day after `day` in the same ISO week, or null when the week has none left. */
export function nextWorkDayInWeek(day: Weekday, workDays: readonly Weekday[]): Weekday | null {
  return workDays.find((d) => weekdayNumber(d) > weekdayNumber(day)) ?? null;
}
