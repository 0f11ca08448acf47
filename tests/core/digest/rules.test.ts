import { daysOfWeek } from '../../../src/core/iso-week.js';
import { describe, expect, it } from 'vitest';
import { isAwayForWeek, isHolidayWeek } from '../../../src/core/digest/calendar.js';
import { normaliseWinText, textSimilarity } from '../../../src/core/digest/duplicates.js';
import { claimsReviewNote, claimsToReview } from '../../../src/core/digest/claims-review.js';
import { textOf } from '../../support/message-text.js';
import { win } from './fixtures.js';

const similar = (a: string, b: string): number => textSimilarity(normaliseWinText(a), normaliseWinText(b));

describe('near-duplicate wins', () => {
  it.each([
    ['Renamed tmp1 in utils.ts, saved 5h', 'Renamed tmp22 in utils.ts, saved 5h', 1],
    ['Fixed bug https://x.io/1 with Copilot', 'fixed BUG https://x.io/2 with copilot!', 1],
    ['Fixed the login bug', 'Fixed the signup bug', 0.6],
    ['Shipped checkout retry', 'Wrote the quarterly report', 0],
  ])('"%s" vs "%s" -> %d', (a, b, expected) => {
    expect(similar(a, b)).toBeCloseTo(expected, 5);
  });
});

describe('time claims to review (for the author only)', () => {
  it('lists implausible single claims and weeks over the cap', () => {
    const wins = [
      win(1, { id: 101, minutes: 1200, week: '2026-W48' }),
      ...Array.from({ length: 9 }, (_, i) => win(1, { id: 200 + i, minutes: 300, week: '2026-W48', text: `distinct ${'abcdefghi'[i]} task` })),
      win(1, { id: 300, minutes: 600, week: '2026-W47' }),
      win(1, { id: 301, kind: 'setback', minutes: 2000, week: '2026-W47' }),
    ];
    expect(claimsToReview(wins)).toEqual([
      { week: '2026-W48', reason: 'implausible-claim', winId: 101, claimed: 1200, counted: 0 },
      { week: '2026-W48', reason: 'over-weekly-cap', winId: null, claimed: 2700, counted: 2400 },
    ]);
    const note = claimsReviewNote(claimsToReview(wins));
    expect(note?.private).toBe(true);
    expect(textOf(note!)).toContain('#101 (2026-W48) claims 20 h saved');
    expect(claimsReviewNote([])).toBeNull();
  });

  it('tells the author which repeats were counted once, and then no cap applies to 40 templated wins', () => {
    const wins = Array.from({ length: 40 }, (_, i) => win(2, { id: 500 + i, minutes: 300, text: `Renamed tmp${i} in utils.ts, saved 5h` }));
    const reviews = claimsToReview(wins);
    expect(reviews).toHaveLength(39);
    expect(reviews.every((r) => r.reason === 'near-duplicate' && r.winId !== 500)).toBe(true);
    expect(textOf(claimsReviewNote(reviews)!)).toContain('#501 (2026-W48) reads like a repeat of another of your wins that week');
  });
});

describe('digest calendar', () => {
  it('knows the days of an ISO week, holiday weeks and who is away', () => {
    expect(daysOfWeek('2026-W01')).toEqual(['2025-12-29', '2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04']);
    const workDays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
    const xmas = ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25'];
    expect(isHolidayWeek('2026-W52', xmas, [...workDays])).toBe(true);
    expect(isHolidayWeek('2026-W52', xmas.slice(1), [...workDays])).toBe(false);
    expect(isAwayForWeek('2026-11-27', '2026-W48', [...workDays])).toBe(true);
    expect(isAwayForWeek('2026-11-26', '2026-W48', [...workDays])).toBe(false);
    expect(isAwayForWeek(null, '2026-W48', [...workDays])).toBe(false);
  });
});
