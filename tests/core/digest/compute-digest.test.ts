import { describe, expect, it } from 'vitest';
import { computeDigest } from '../../../src/core/digest/compute-digest.js';
import { renderDigest } from '../../../src/core/digest/render-digest.js';
import { textOf } from '../../support/message-text.js';
import { id, input, members, paymentsWeek, use, win, WEEKS } from './fixtures.js';

describe('team digest numbers (Payments fixture)', () => {
  const model = computeDigest(paymentsWeek());

  it('counts people and verified wins; 40 templated wins claiming 200 h count once, 5 h', () => {
    // Counted: Ada 1, Bo 2, Cy 1, Di 1, Ed 1, Fay 1, Mal 1 (39 folded) = 8 wins, 7 people.
    // Present: 9 members, Hal away without a win = 8. Time: 180+360+300+60+90+0+300 = 1290 min.
    expect(model.headline).toEqual({ wins: 8, people: 7, eligible: 8, away: 1, minutesSaved: 1290, verified: 4, confirmed: null, folded: 39, claimsLeftOut: 0 });
    expect(model.minutesByPerson.get(id('Mal'))).toBe(300);
  });

  it('picks highlights by evidence (linked above endorsed), endorsements, time saved; one per person; the 4th onward only if verified', () => {
    expect(model.highlights.map((h) => [h.authorName, h.text])).toEqual([
      ['Ada', 'Shipped the checkout retry with Claude'],
      ['Bo', 'Fixed the flaky login test with Copilot'],
      ['Di', 'Reviewed the refunds change faster'],
    ]);
    expect(model.highlights[0]).toMatchObject({ verified: true, endorsements: 2, minutes: 180, url: 'https://github.com/acme/pay/pull/7' });
  });

  it('summarises setbacks beside them with a shared example, never a private one', () => {
    expect(model.setbacks).toEqual({ count: 2, minutesLost: 180, example: { authorId: id('Gus'), authorName: 'Gus', text: 'Copilot suggested a deprecated charge API, lost 2h' } });
  });

  it('counts categories of counted wins only', () => {
    expect(model.categories).toEqual([
      { category: 'shipped-feature', count: 2 },
      { category: 'bug-fix', count: 1 },
      { category: 'automation', count: 1 },
      { category: 'docs', count: 1 },
      { category: 'analysis', count: 1 },
      { category: 'review', count: 1 },
      { category: 'other', count: 1 },
    ]);
  });

  it('trends 8 weeks of wins and breadth against the average of the 4 weeks before', () => {
    expect(model.trend.wins).toEqual({ values: [1, 1, 1, 2, 2, 2, 2, 8], current: 8, average: 2 });
    expect(model.trend.breadth).toEqual({ values: [1, 1, 1, 2, 2, 2, 2, 7], current: 7, average: 2 });
  });

  it('gives usage as team totals against the 4-week average, with coverage', () => {
    // This week: 5 x 100,000 tokens and $2, Ed has a record with nothing in it. Baseline: 5 x 40,000 and $1 a week.
    expect(model.usage).toEqual({ shown: true, tokens: 500_000, costMicros: 10_000_000, averageTokens: 200_000, averageCostMicros: 5_000_000, costPerVerifiedWin: 2_500_000, covered: 6, using: 5, members: 9 });
    expect(model.signals).toEqual([]);
  });

  it('reads as PRODUCT.md says', () => {
    const text = textOf(renderDigest(model));
    expect(text).toContain('8 wins from 7 of 8 people this week (1 away), about 22 h saved, 4 verified.');
    expect(text).toContain('39 near-duplicate wins counted once');
    expect(text).toContain('Setbacks: 2, about 3 h lost. For example: “Copilot suggested a deprecated charge API, lost 2h” — @Gus');
    expect(text).toContain('Wins 1,1,1,2,2,2,2,8 8 this week · 4-week avg 2 · +300%');
    expect(text).toContain('People with a win 1,1,1,2,2,2,2,7 7 this week · 4-week avg 2 · +250%');
    expect(text).toContain('Tokens: 500,000 this week · 4-week avg 200,000 (+150%)');
    expect(text).toContain('Cost: $10.00 this week · 4-week avg $5.00 (+100%)');
    expect(text).toContain('Cost per verified win: $2.50');
    expect(text).toContain('Using AI: 5 of 6 people with usage data');
    expect(text).toContain('Usage data for 6 of 9 people. The figures are observational');
    expect(text).toContain('Nothing stands out this week.');
    expect(text).toContain('[Log a win]');
    expect(text).toContain('shiplog never ranks people');
    expect(text).not.toContain('Hal');
    expect(text).not.toContain('Documented the webhooks API');
  });
});

describe('anti-gaming', () => {
  it('caps one person at 40 h a week and leaves a 20 h single claim out, keeping one highlight each', () => {
    const topics = Array.from({ length: 40 }, (_, i) => `alpha${'bcdefghijklmnopqrstuvwxyz'[i % 26]}${i >= 26 ? 'x' : ''}`);
    const flood = topics.map((t) => win(id('Mal'), { text: `Updated ${t.replace(/\d/g, '')} config`, minutes: 300, artifacts: [] }));
    const model = computeDigest(input({
      wins: [
        ...flood,
        win(id('Cy'), { text: 'Migrated the billing service', minutes: 1200, endorsements: 1 }),
        win(id('Ada'), { text: 'Fixed the refund rounding bug', minutes: 60, endorsements: 1 }),
      ],
    }));
    // Mal: 40 distinct wins x 5 h = 200 h, capped at 40 h. Cy: 20 h > 16 h, left out. Ada: 1 h.
    expect(model.headline).toMatchObject({ wins: 42, people: 3, minutesSaved: 2400 + 60, claimsLeftOut: 2, folded: 0 });
    expect(model.highlights.map((h) => h.authorName)).toEqual(['Ada', 'Cy', 'Mal']);
    expect(model.highlights.find((h) => h.authorName === 'Cy')?.minutes).toBeNull();
  });

  it('does not count a person away all week against breadth, and a holiday week against anyone', () => {
    const wins = [win(id('Ada'), { text: 'Shipped A' }), win(id('Hal'), { text: 'Shipped B while away' })];
    const awayModel = computeDigest(input({ members: members(['Bo', 'Cy', 'Hal']), wins }));
    // 9 members, Bo and Cy away without wins: 7 count; Hal is away but logged a win, so counts.
    expect(awayModel.headline).toMatchObject({ wins: 2, people: 2, eligible: 7, away: 3 });
    const holiday = computeDigest(input({ wins, holidayWeeks: ['2026-W48'] }));
    expect(holiday.headline).toMatchObject({ eligible: 2, away: 0 });
    expect(holiday.holiday).toBe(true);
  });

  it('leaves holiday weeks out of the 4-week average', () => {
    const wins = ['2026-W44', '2026-W45', '2026-W46'].map((w) => win(id('Ada'), { week: w, text: `w ${w}` }));
    const model = computeDigest(input({ wins, holidayWeeks: ['2026-W47'] }));
    expect(model.trend.wins.average).toBe(1);
  });
});

describe('usage privacy and signals', () => {
  const five = ['Ada', 'Bo', 'Cy', 'Di', 'Ed'];

  it('hides every usage figure below the minimum group size, with the reason', () => {
    const usage = ['Ada', 'Bo', 'Cy', 'Di'].map((n) => use(n, '2026-W48', 123_457, 3.21));
    const model = computeDigest(input({ usage }));
    expect(model.usage.shown).toBe(false);
    const text = textOf(renderDigest(model));
    expect(text).toContain('Usage figures are hidden this week: fewer than 5 people');
    expect(text).not.toMatch(/tokens?:|\$\d|493,828|123,457/i);
  });

  it('asks about usage up while wins are flat, and about usage from people with no win', () => {
    const baseline = WEEKS.slice(3, 7).flatMap((w) => [...five, 'Fay'].map((n) => use(n, w, 10_000, 1)));
    const now = [...five, 'Fay'].map((n) => use(n, '2026-W48', 28_000, 1));
    const wins = WEEKS.slice(3).map((w) => win(id('Gus'), { week: w, text: `Gus ${w}` }));
    const model = computeDigest(input({ usage: [...baseline, ...now], wins, minGroupSize: 5 }));
    expect(model.signals.map((s) => s.id)).toEqual(['usage-up-wins-flat', 'usage-not-linked', 'narrow-breadth']);
    expect(model.signals[0]?.question).toBe('Usage is up 180% on the 4-week average while wins are flat. Is the extra usage going into work that ships?');
    expect(model.signals[2]?.question).toContain('Wins came from 1 of 9 people');
  });

  it('does not compute the not-linked share when that group is smaller than the minimum', () => {
    const usage = [...five, 'Fay'].map((n) => use(n, '2026-W48', 10_000, 1));
    const wins = ['Ada', 'Bo'].map((n) => win(id(n), { text: `${n} shipped` }));
    expect(computeDigest(input({ usage, wins })).signals.map((s) => s.id)).not.toContain('usage-not-linked');
  });

  it('asks what worked when wins are up at flat cost, and about setbacks outweighing wins', () => {
    const baseline = WEEKS.slice(3, 7).flatMap((w) => five.map((n) => use(n, w, 10_000, 1)));
    const now = five.map((n) => use(n, '2026-W48', 10_000, 1));
    const before = WEEKS.slice(3, 7).map((w) => win(id('Ada'), { week: w, text: `ada ${w}` }));
    const wins = [...before, ...five.map((n) => win(id(n), { text: `${n} shipped a thing`, minutes: 10 })), win(id('Ada'), { kind: 'setback', text: 'Lost a day', minutes: 240 })];
    const model = computeDigest(input({ usage: [...baseline, ...now], wins }));
    expect(model.signals.map((s) => s.id)).toEqual(['wins-up-cost-flat', 'setbacks-outweigh']);
    expect(model.signals[0]?.question).toBe('Wins are up 400% at about the same cost. What worked this week that others could reuse?');
  });
});
