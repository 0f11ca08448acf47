/**
 * When a weekly send will really arrive, and why that may differ from what was set: the
 * words every schedule confirmation uses. Pure.
 */
import { DateTime } from 'luxon';
import { isoWeekOf, shiftWeek } from '../iso-week.js';
import type { Weekday } from '../types.js';
import { isQuietTime, onWorkDay, QUIET_HOURS } from './calendar.js';
import { checkinDueAt, digestDueAt, type WeeklySlot } from './due.js';

const DAY_NAMES: Readonly<Record<Weekday, string>> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};

/** `Thu 2026-11-26 15:00 Europe/Berlin`. */
export const formatLocal = (at: Date, zone: string): string => `${DateTime.fromJSDate(at, { zone }).toFormat('ccc yyyy-MM-dd HH:mm')} ${zone}`;

/** The first of this week's and next week's moments that is still ahead of `now`. */
function nextOf(slot: WeeklySlot, now: Date, dueIn: (week: string) => Date): Date {
  const week = isoWeekOf(now, slot.zone);
  const thisWeek = dueIn(week);
  return thisWeek.getTime() > now.getTime() ? thisWeek : dueIn(shiftWeek(week, 1));
}

/** Why a check-in set at this slot arrives at another day or time; empty when it does not. */
export function checkinShifts(slot: Pick<WeeklySlot, 'day' | 'time'>, workDays: readonly Weekday[]): string[] {
  const notes: string[] = [];
  const day = onWorkDay(slot.day, workDays);
  if (day !== slot.day) notes.push(`${DAY_NAMES[slot.day]} is not a work day, so it comes on ${DAY_NAMES[day]}.`);
  if (isQuietTime(slot.time)) {
    notes.push(`${slot.time} is in quiet hours (${QUIET_HOURS.from}–${QUIET_HOURS.until}), so it comes at ${QUIET_HOURS.until}.`);
  }
  return notes;
}

/** "Next: Thu 2026-11-26 08:00 Europe/Berlin. Thursday 21:30 is …": the check-in's real arrival. */
export function describeCheckin(slot: WeeklySlot, workDays: readonly Weekday[], now: Date): string {
  const at = nextOf(slot, now, (week) => checkinDueAt(slot, week, workDays));
  return [`The next one arrives ${formatLocal(at, slot.zone)}.`, ...checkinShifts(slot, workDays)].join(' ');
}

/**
 * The digest's next moment. Digests keep the time chosen (they go to channels and leads),
 * so a day that is not a work day is only pointed out, not moved.
 */
export function describeDigest(slot: WeeklySlot, workDays: readonly Weekday[], now: Date): string {
  const at = nextOf(slot, now, (week) => digestDueAt(slot, week));
  const off = workDays.includes(slot.day) ? [] : [`${DAY_NAMES[slot.day]} is not a work day; the digest still goes out then.`];
  return [`The next digest goes out ${formatLocal(at, slot.zone)}.`, ...off].join(' ');
}
