/** The ISO week of a moment in a zone, remembered per zone and quarter hour, always as luxon says. */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isoWeekOf } from '../../src/core/iso-week.js';

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/St_Johns', 'Africa/Monrovia', 'Europe/Amsterdam'];
const direct = (at: Date, zone: string): string => {
  const d = DateTime.fromJSDate(at, { zone });
  return `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`;
};

describe('isoWeekOf', () => {
  it('agrees with luxon for any moment and zone, asked once or again (from the cache)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 15 * 60_000 - 1 }), (at, zone, within) => {
        expect(isoWeekOf(at, zone)).toBe(direct(at, zone));
        // Another moment of the same quarter hour, which may be answered from the cache.
        const quarterStart = Math.floor(at.getTime() / 900_000) * 900_000;
        const other = new Date(quarterStart + within);
        expect(isoWeekOf(other, zone)).toBe(direct(other, zone));
      }),
      { seed: 20261127, numRuns: 3000 },
    );
  });

  it('turns at local midnight between Sunday and Monday, also across a change of offset', () => {
    // Sunday 29 March 2026: Berlin moves to summer time; Monday 30 March starts W14 at 22:00 UTC.
    expect(isoWeekOf(new Date('2026-03-29T21:59:59.999Z'), 'Europe/Berlin')).toBe('2026-W13');
    expect(isoWeekOf(new Date('2026-03-29T22:00:00Z'), 'Europe/Berlin')).toBe('2026-W14');
    // Kathmandu (+05:45): Monday 30 November 2026 begins at 18:15 UTC on the Sunday.
    expect(isoWeekOf(new Date('2026-11-29T18:14:59Z'), 'Asia/Kathmandu')).toBe('2026-W48');
    expect(isoWeekOf(new Date('2026-11-29T18:15:00Z'), 'Asia/Kathmandu')).toBe('2026-W49');
  });
});
