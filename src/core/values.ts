/** Parsers for the small values people type: days, times, dates, zones. Pure. */
import { DateTime, IANAZone } from 'luxon';
import { fail, ok, type Result } from './result.js';
import { WEEKDAYS, type IsoDate, type Weekday } from './types.js';

const DAY_NAMES: Record<string, Weekday> = {
  mon: 'mon', monday: 'mon',
  tue: 'tue', tues: 'tue', tuesday: 'tue',
  wed: 'wed', wednesday: 'wed',
  thu: 'thu', thur: 'thu', thurs: 'thu', thursday: 'thu',
  fri: 'fri', friday: 'fri',
  sat: 'sat', saturday: 'sat',
  sun: 'sun', sunday: 'sun',
};

export function parseWeekday(input: string): Result<Weekday> {
  const day = DAY_NAMES[input.trim().toLowerCase()];
  return day
    ? ok(day)
    : fail('VALUE.DAY', `"${input}" is not a day of the week.`, 'Use a day name such as thu or thursday.');
}

/** Work days as a range (`mon-fri`) or a list (`mon,tue,thu`). */
export function parseWorkDays(input: string): Result<Weekday[]> {
  const raw = input.trim().toLowerCase();
  const range = /^([a-z]+)\s*-\s*([a-z]+)$/.exec(raw);
  if (range) {
    const from = parseWeekday(range[1] ?? '');
    const to = parseWeekday(range[2] ?? '');
    if (!from.ok) return from;
    if (!to.ok) return to;
    // A range may wrap past Sunday: `sun-thu` is a Middle-East week, `fri-mon` a weekend shift.
    const a = WEEKDAYS.indexOf(from.value);
    const span = (WEEKDAYS.indexOf(to.value) - a + 7) % 7;
    const days = Array.from({ length: span + 1 }, (_, i) => WEEKDAYS[(a + i) % 7]!);
    return ok(WEEKDAYS.filter((d) => days.includes(d)));
  }
  const days: Weekday[] = [];
  for (const part of raw.split(/[\s,]+/).filter(Boolean)) {
    const day = parseWeekday(part);
    if (!day.ok) return day;
    if (!days.includes(day.value)) days.push(day.value);
  }
  if (days.length === 0) return fail('VALUE.DAYS', 'No days given.', 'Use a range like mon-fri or a list like mon,tue,thu.');
  return ok(WEEKDAYS.filter((d) => days.includes(d)));
}

export const formatWorkDays = (days: readonly Weekday[]): string => days.join(',');

/** A 24-hour clock time, `HH:MM`. Returns it normalised to two-digit hours. */
export function parseClockTime(input: string): Result<string> {
  const m = /^(\d{1,2}):(\d{2})$/.exec(input.trim());
  const hours = m ? Number(m[1]) : NaN;
  const minutes = m ? Number(m[2]) : NaN;
  if (!m || hours > 23 || minutes > 59) {
    return fail('VALUE.TIME', `"${input}" is not a time of day.`, 'Use 24-hour HH:MM, e.g. 15:00.');
  }
  return ok(`${String(hours).padStart(2, '0')}:${m[2]}`);
}

/** A calendar date, `YYYY-MM-DD`, that exists. */
export function parseIsoDate(input: string): Result<IsoDate> {
  const raw = input.trim();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? DateTime.fromISO(raw, { zone: 'utc' }) : null;
  if (!date?.isValid) {
    return fail('VALUE.DATE', `"${input}" is not a date.`, 'Use YYYY-MM-DD, e.g. 2026-12-01.');
  }
  return ok(raw);
}

/** Answers already given, by input: judging a zone builds two Intl formatters, and every request reads one. */
const zoneAnswers = new Map<string, Result<string>>();
/** Zones remembered at most; hostile input cannot grow the memo past this. */
const ZONE_ANSWERS_KEPT = 1_000;

/** An IANA time zone in its canonical letter case, or why not. */
export function parseTimeZone(input: string): Result<string> {
  const known = zoneAnswers.get(input);
  if (known !== undefined) return known;
  const answer = judgeTimeZone(input);
  if (zoneAnswers.size >= ZONE_ANSWERS_KEPT) zoneAnswers.clear();
  zoneAnswers.set(input, answer);
  return answer;
}

// Abbreviations name no one place and shift with daylight saving; Intl still accepts some.
const ABBREVIATED_ZONES: Readonly<Record<string, string>> = {
  PST: 'America/Los_Angeles', PDT: 'America/Los_Angeles', MST: 'America/Denver', MDT: 'America/Denver',
  CST: 'America/Chicago', CDT: 'America/Chicago', EST: 'America/New_York', EDT: 'America/New_York',
  CET: 'Europe/Berlin', CEST: 'Europe/Berlin', EET: 'Europe/Athens', WET: 'Europe/Lisbon', MET: 'Europe/Berlin', HST: 'Pacific/Honolulu',
};

function judgeTimeZone(input: string): Result<string> {
  const raw = input.trim();
  const abbreviated = /^([A-Z]{3,4})(?:\d[A-Z]{3})?$/i.exec(raw)?.[1]?.toUpperCase();
  const instead = abbreviated === undefined ? undefined : ABBREVIATED_ZONES[abbreviated];
  if (instead !== undefined) {
    return fail('VALUE.TIMEZONE', `"${input}" is an abbreviation, not one place's time zone.`, `Use an IANA name such as ${instead} (or Europe/London, Asia/Kolkata).`);
  }
  if (raw.length === 0 || !IANAZone.isValidZone(raw)) {
    return fail('VALUE.TIMEZONE', `"${input}" is not a time zone.`, 'Use an IANA name such as Europe/Berlin or America/New_York.');
  }
  // Intl knows the canonical spelling (europe/berlin -> Europe/Berlin), but it also maps
  // links to older names (Asia/Kolkata -> Asia/Calcutta): take only its letter case.
  const canonical = new Intl.DateTimeFormat('en', { timeZone: raw }).resolvedOptions().timeZone;
  return ok(canonical.toLowerCase() === raw.toLowerCase() ? canonical : raw);
}

/** A whole number within bounds; `what` names the setting in the message. */
export function parseWholeNumber(input: string, what: string, min: number, max: number): Result<number> {
  const raw = input.trim();
  if (!/^\d+$/.test(raw)) {
    return fail('VALUE.NUMBER', `${what} must be a whole number, not "${input}".`, `Use a number from ${min} to ${max}.`);
  }
  const value = Number(raw);
  if (value < min || value > max) {
    return fail('VALUE.RANGE', `${what} must be between ${min} and ${max}, not ${value}.`, `Use a number from ${min} to ${max}.`);
  }
  return ok(value);
}

export function parseOnOff(input: string, what: string): Result<boolean> {
  const raw = input.trim().toLowerCase();
  if (['on', 'yes', 'true'].includes(raw)) return ok(true);
  if (['off', 'no', 'false'].includes(raw)) return ok(false);
  return fail('VALUE.ON_OFF', `${what} is on or off, not "${input}".`, `Use on or off.`);
}
