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

/** The ISO week (`2026-W48`) that a moment falls in, in the given zone. */
export const isoWeekOf = (at: Date, zone: string): IsoWeek => format(DateTime.fromJSDate(at, { zone }));

/** The ISO week a calendar day belongs to. */
export const isoWeekOfDay = (day: IsoDate): IsoWeek => format(DateTime.fromISO(day, { zone: 'utc' }));

/** The `count` ISO weeks ending with the week of `at`, oldest first. */
export function lastWeeks(at: Date, zone: string, count: number): IsoWeek[] {
  const local = DateTime.fromJSDate(at, { zone });
  return Array.from({ length: count }, (_, i) => format(local.minus({ weeks: count - 1 - i })));
}

const mondayOf = (week: IsoWeek): DateTime => DateTime.fromObject({ ...splitIsoWeek(week), weekday: 1 }, { zone: 'utc' });

/**
 * NOTE: a weekly fan-out asks for the same few weeks once per person (bench/fanout), and luxon's
 * calendar maths was a fifth of a check-in's cost, so answers are remembered. Safe: both are pure.
 */
const weekDays = new Map<IsoWeek, readonly IsoDate[]>();
const shifted = new Map<string, IsoWeek>();
const MEMO_SIZE = 5_000;

function remember<K, V>(memo: Map<K, V>, key: K, work: () => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    value = work();
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(key, value);
  }
  return value;
}

const weekDaysOf = (week: IsoWeek): readonly IsoDate[] =>
  remember(weekDays, week, () => {
    const monday = mondayOf(week);
    return Array.from({ length: 7 }, (_, i) => monday.plus({ days: i }).toISODate() ?? '');
  });

/** The seven days of an ISO week, Monday first. */
export const daysOfWeek = (week: IsoWeek): IsoDate[] => [...weekDaysOf(week)];

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
export const dayInWeek = (week: IsoWeek, day: Weekday): IsoDate => weekDaysOf(week)[weekdayNumber(day) - 1] ?? '';

/** The ISO week after (or, with a negative step, before) this one. */
export const shiftWeek = (week: IsoWeek, by: number): IsoWeek => remember(shifted, `${week} ${by}`, () => format(mondayOf(week).plus({ weeks: by })));
