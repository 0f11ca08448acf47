/**
 * Time saved, resistant to inflation: implausible single claims are left out, and what
 * one person's wins save in one week is capped at a work week. Pure.
 */
import type { Win } from '../types.js';
import { DIGEST_RULES } from './rules.js';

/** True when a single win's claim is too large to count (see {@link DIGEST_RULES}). */
export const isImplausibleClaim = (minutes: number | null): boolean =>
  minutes !== null && minutes > DIGEST_RULES.implausibleClaimMinutes;

/** The minutes a win contributes before the weekly cap: its claim, unless implausible. */
export const plausibleMinutes = (win: Pick<Win, 'minutes'>): number =>
  win.minutes === null || isImplausibleClaim(win.minutes) ? 0 : win.minutes;

/** Per person: plausible minutes summed, then capped at {@link DIGEST_RULES.weeklyCapMinutes}. */
export function cappedMinutesByPerson(wins: Win[]): Map<number, number> {
  const sums = new Map<number, number>();
  for (const w of wins) sums.set(w.authorId, (sums.get(w.authorId) ?? 0) + plausibleMinutes(w));
  for (const [person, sum] of sums) sums.set(person, Math.min(sum, DIGEST_RULES.weeklyCapMinutes));
  return sums;
}
