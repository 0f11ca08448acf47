/** Eight weeks of wins and breadth, with the change against the 4-week average. Pure. */
import type { IsoWeek } from '../types.js';
import type { WeekCount } from './count-week.js';
import { DIGEST_RULES } from './rules.js';
import type { TrendSeries } from './types.js';

/**
 * The baseline: the {@link DIGEST_RULES.baselineWeeks} weeks before the last one,
 * leaving out team holiday weeks (a week off is not a normal week).
 */
export function baselineWeeks(weeks: IsoWeek[], holidayWeeks: IsoWeek[]): IsoWeek[] {
  const before = weeks.slice(0, -1).slice(-DIGEST_RULES.baselineWeeks);
  return before.filter((w) => !holidayWeeks.includes(w));
}

const average = (values: number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

/** A series over `counts` (oldest first) with its baseline average. */
export function series(counts: WeekCount[], baseline: IsoWeek[], pick: (c: WeekCount) => number): TrendSeries {
  const values = counts.map(pick);
  const current = values[values.length - 1] ?? 0;
  const base = counts.filter((c) => baseline.includes(c.week)).map(pick);
  return { values, current, average: average(base) };
}

/** Relative change of `current` against `average`; null when there is nothing to compare with. */
export function change(current: number, average: number | null): number | null {
  if (average === null || average === 0) return null;
  return (current - average) / average;
}
