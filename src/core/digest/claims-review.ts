/**
 * Claims the digest does not count in full, for their author to look at: repeats, single
 * claims too large to be plausible, weeks over the cap. Pure.
 */
import type { Message } from '../message.js';
import { text } from '../message.js';
import { formatMinutes } from '../time.js';
import type { IsoWeek, Win } from '../types.js';
import { foldDuplicates } from './duplicates.js';
import { byMeaning } from './ranking.js';
import { DIGEST_RULES } from './rules.js';
import { isImplausibleClaim, plausibleMinutes } from './time-claims.js';

/** A time claim the digest did not count in full, for its author to look at. */
export interface ClaimReview {
  week: IsoWeek;
  reason: 'near-duplicate' | 'implausible-claim' | 'over-weekly-cap';
  /** The win (a repeat, or an implausible claim); null for the weekly cap (it concerns all of them). */
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
  const { kept, duplicates } = foldDuplicates(ownWins.filter((x) => x.kind === 'win').sort(byMeaning));
  const reviews: ClaimReview[] = duplicates.map((w) => ({ week: w.week, reason: 'near-duplicate', winId: w.id, claimed: w.minutes ?? 0, counted: 0 }));
  const plausibleByWeek = new Map<IsoWeek, number>();
  for (const w of kept) {
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
    r.reason === 'near-duplicate'
      ? [text(`#${r.winId ?? '?'} (${r.week}) reads like a repeat of another of your wins that week, so teams count them once.`)]
      : r.reason === 'implausible-claim'
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
