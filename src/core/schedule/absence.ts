/**
 * Who is away, decided in the person's own time zone. Pure. Away means: a personal
 * `away until` covering the local day, or a holiday of any of the person's teams on it.
 * (A platform status such as Slack "vacationing" is asked at send time by the app.)
 * Whether an absence takes someone out of a digest's breadth count is the digest's rule
 * (`isAwayForWeek` in `src/core/digest/calendar.ts`).
 */
import { isoWeekOf } from '../iso-week.js';
import { localDate } from '../time.js';
import type { IsoDate, IsoWeek } from '../types.js';

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
  return isAwayOn(facts, localDayOf(at, zone));
}

/**
 * NOTE: the schedule asks for every due person's local day, nearly always the same few moments
 * and zones (bench/fanout: 10,000 people a tick), so days are remembered. Safe: it is pure.
 */
const days = new Map<string, IsoDate>();

function localDayOf(at: Date, zone: string): IsoDate {
  const key = `${at.getTime()} ${zone}`;
  let day = days.get(key);
  if (day === undefined) {
    day = localDate(at, zone);
    if (days.size >= 50_000) days.clear();
    days.set(key, day);
  }
  return day;
}

/** The ISO week a moment belongs to for a person or a team: the week in their zone. */
export const weekFor = (at: Date, zone: string): IsoWeek => isoWeekOf(at, zone);
