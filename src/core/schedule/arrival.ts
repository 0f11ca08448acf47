/**
 * When a weekly send will really arrive, and why that may differ from what was set: the
 * words every schedule confirmation uses. Pure.
 */
import { DateTime } from 'luxon';
import { isoWeekOf, shiftWeek } from '../iso-week.js';
import type { Weekday } from '../types.js';
import { isQuietTime, onWorkDay, QUIET_HOURS } from './calendar.js';
import { isAwayAt, type AbsenceFacts } from './absence.js';
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

/** Whether a person gets check-ins at all, and the days they are away (their own and their teams' holidays). */
export interface CheckinFacts {
  nudges: boolean;
  absence: AbsenceFacts;
}

/** Weeks looked ahead for a check-in that is not skipped; an absence longer than this is said as such. */
const LOOKAHEAD_WEEKS = 60;

/**
 * "The next one arrives Thu 2026-11-26 08:00 Europe/Berlin. 21:30 is in quiet hours …": the
 * check-in's real arrival, after work days, quiet hours, the person's absence and their
 * teams' holidays — the same rules the scheduler sends by — or that none will come.
 */
export function describeCheckin(slot: WeeklySlot, workDays: readonly Weekday[], now: Date, facts: CheckinFacts, alreadySaid: readonly string[] = []): string {
  // A reply that has just explained a shift (a team's new check-in time) does not repeat it.
  const shifts = checkinShifts(slot, workDays).filter((s) => !alreadySaid.includes(s));
  if (!facts.nudges) return ['Check-ins are off for you (nudges off), so none will arrive; turn them back on with: nudges on.', ...shifts].join(' ');
  let at = nextOf(slot, now, (week) => checkinDueAt(slot, week, workDays));
  const skipped: Date[] = [];
  while (isAwayAt(facts.absence, at, slot.zone)) {
    skipped.push(at);
    if (skipped.length >= LOOKAHEAD_WEEKS) return ['No check-in will arrive for more than a year: you are away or your team is on holiday on each of those days.', ...shifts].join(' ');
    at = checkinDueAt(slot, shiftWeek(isoWeekOf(at, slot.zone), 1), workDays);
  }
  const why = skipped.length === 0 ? [] : [`${skipped.map((d) => DateTime.fromJSDate(d, { zone: slot.zone }).toFormat('ccc yyyy-MM-dd')).join(', ')} ${skipped.length === 1 ? 'is' : 'are'} skipped: you are away or your team is on holiday.`];
  return [`The next one arrives ${formatLocal(at, slot.zone)}.`, ...shifts, ...why].join(' ');
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
