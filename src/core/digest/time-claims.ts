/**
 * Time saved, resistant to inflation: implausible single claims are left out, and what
 * one person's wins save in one week is capped at a work week. Pure.
 */
import type { Message } from '../message.js';
import { text } from '../message.js';
import { formatMinutes } from '../time.js';
import type { IsoWeek, Win } from '../types.js';
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

/** A time claim the digest did not count in full, for its author to look at. */
export interface ClaimReview {
  week: IsoWeek;
  reason: 'implausible-claim' | 'over-weekly-cap';
  /** The win, for an implausible claim; null for the weekly cap (it concerns all of them). */
  winId: number | null;
  /** Minutes claimed (the single claim, or the week's plausible total). */
  claimed: number;
  /** Minutes counted in the team's totals. */
  counted: number;
}

/**
 * The claims in one person's wins that digests leave out or cut, per week. Meant for the
 * author only (a check-in or `me`), never for a lead: they are invited to correct them.
 */
export function claimsToReview(ownWins: Win[]): ClaimReview[] {
  const reviews: ClaimReview[] = [];
  const plausibleByWeek = new Map<IsoWeek, number>();
  for (const w of ownWins.filter((x) => x.kind === 'win')) {
    if (isImplausibleClaim(w.minutes)) {
      reviews.push({ week: w.week, reason: 'implausible-claim', winId: w.id, claimed: w.minutes ?? 0, counted: 0 });
    }
    plausibleByWeek.set(w.week, (plausibleByWeek.get(w.week) ?? 0) + plausibleMinutes(w));
  }
  for (const [week, total] of plausibleByWeek) {
    if (total > DIGEST_RULES.weeklyCapMinutes) {
      reviews.push({ week, reason: 'over-weekly-cap', winId: null, claimed: total, counted: DIGEST_RULES.weeklyCapMinutes });
    }
  }
  return reviews;
}

/** A private note to the author about their reviewed claims, or null when there are none. */
export function claimsReviewNote(reviews: ClaimReview[]): Message | null {
  if (reviews.length === 0) return null;
  const items = reviews.map((r) =>
    r.reason === 'implausible-claim'
      ? [text(`#${r.winId ?? '?'} (${r.week}) claims ${formatMinutes(r.claimed)} saved; single claims over ${formatMinutes(DIGEST_RULES.implausibleClaimMinutes)} are left out of team totals. If the figure is off: edit ${r.winId ?? ''} saved 2h`)]
      : [text(`${r.week}: your wins claim ${formatMinutes(r.claimed)} saved; team totals count at most ${formatMinutes(r.counted)} a person a week.`)],
  );
  return {
    summary: 'Some of your time-saved figures are not counted in full.',
    blocks: [
      { type: 'text', spans: [text('Some of your time-saved figures are not counted in full', 'bold')] },
      { type: 'list', items },
      { type: 'small', spans: [text('Only you see this. Nothing is taken away from your wins themselves.')] },
    ],
    private: true,
  };
}
