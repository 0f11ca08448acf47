/**
 * Local-calendar maths for the schedule: weeks, days and clock times in a zone. Pure.
 * luxon does the zone arithmetic, so DST changes and half-hour offsets come out right.
 */
import { DateTime } from 'luxon';
import { splitIsoWeek, weekdayNumber } from '../iso-week.js';
import type { IsoWeek, Weekday } from '../types.js';

/**
 * Quiet hours, local time: nothing personal (check-ins, reminders) is sent from 20:00
 * until 08:00. A check-in time set inside them is moved to 08:00 of the same day.
 */
export const QUIET_HOURS = { from: '20:00', until: '08:00' } as const;

const minutesOf = (clock: string): number => {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** True when a local clock time (`HH:MM`) falls inside quiet hours. */
export function isQuietTime(clock: string): boolean {
  const t = minutesOf(clock);
  return t >= minutesOf(QUIET_HOURS.from) || t < minutesOf(QUIET_HOURS.until);
}

/** A clock time moved out of quiet hours (to their end), or unchanged. */
export const outsideQuietHours = (clock: string): string => (isQuietTime(clock) ? QUIET_HOURS.until : clock);

/** True when the moment falls inside quiet hours in the zone. */
export function isQuietAt(at: Date, zone: string): boolean {
  // Remembered by minute and zone: a tick asks once per due person, nearly always the same few.
  const key = `${Math.floor(at.getTime() / 60_000)} ${zone}`;
  let quiet = quietMemo.get(key);
  if (quiet === undefined) {
    quiet = isQuietTime(DateTime.fromJSDate(at, { zone }).toFormat('HH:mm'));
    if (quietMemo.size >= MOMENT_MEMO_SIZE) quietMemo.clear();
    quietMemo.set(key, quiet);
  }
  return quiet;
}

const quietMemo = new Map<string, boolean>();

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
