/** The calendar facts a digest needs: a week's days, holiday weeks, who is away. Pure. */
import { daysOfWeek } from '../iso-week.js';
import { WEEKDAYS, type IsoDate, type IsoWeek, type Weekday } from '../types.js';

const workDates = (week: IsoWeek, workDays: Weekday[]): IsoDate[] =>
  daysOfWeek(week).filter((_, i) => workDays.includes(WEEKDAYS[i] as Weekday));

/** Every work day of the week is a team holiday. */
export function isHolidayWeek(week: IsoWeek, holidays: IsoDate[], workDays: Weekday[]): boolean {
  if (holidays.length === 0) return false;
  const days = workDates(week, workDays);
  return days.length > 0 && days.every((d) => holidays.includes(d));
}

/**
 * Away for the digest: `away until` reaches the week's last work day. shiplog keeps only
 * when an absence ends, so someone who leaves mid-week counts as away for that week
 * (the lenient choice: absence never counts against anyone).
 */
export function isAwayForWeek(awayUntil: IsoDate | null, week: IsoWeek, workDays: Weekday[]): boolean {
  if (awayUntil === null) return false;
  const last = workDates(week, workDays).at(-1) ?? daysOfWeek(week)[6] ?? '';
  return awayUntil >= last;
}
