/**
 * Who is away, decided in the person's own time zone. Pure. Away means: a personal
 * `away until` covering the local day, or a holiday of any of the person's teams on it.
 * (A platform status such as Slack "vacationing" is asked at send time by the app.)
 */
import { isoWeekOf, localDate } from '../time.js';
import type { IsoDate, IsoWeek, Person, Weekday } from '../types.js';
import { dayInWeek } from './calendar.js';

/** What decides a person's absence: their own `away until` and their teams' holidays. */
export interface AbsenceFacts {
  awayUntil: IsoDate | null;
  /** Holidays of every team the person belongs to (or the team's own, for a digest). */
  holidays: ReadonlySet<IsoDate>;
}

/** True when the person is away on this local calendar day. */
export function isAwayOn(facts: AbsenceFacts, day: IsoDate): boolean {
  return (facts.awayUntil !== null && day <= facts.awayUntil) || facts.holidays.has(day);
}

/** True when the person is away at this moment, judged by the local day in their zone. */
export function isAwayAt(facts: AbsenceFacts, at: Date, zone: string): boolean {
  return isAwayOn(facts, localDate(at, zone));
}

/**
 * True when a person was away for more than half of the work days of an ISO week in
 * their zone. Such a person is left out of the "of N people" breadth count for that week
 * (unless they logged a win anyway), so time off never reads as disengagement.
 */
export function isAwayForWeek(
  person: Pick<Person, 'awayUntil'>,
  holidays: Iterable<IsoDate>,
  week: IsoWeek,
  workDays: readonly Weekday[],
): boolean {
  const facts: AbsenceFacts = { awayUntil: person.awayUntil, holidays: new Set(holidays) };
  const away = workDays.filter((d) => isAwayOn(facts, dayInWeek(week, d))).length;
  return away * 2 > workDays.length;
}

/** The ISO week a moment belongs to for a person or a team: the week in their zone. */
export const weekFor = (at: Date, zone: string): IsoWeek => isoWeekOf(at, zone);
