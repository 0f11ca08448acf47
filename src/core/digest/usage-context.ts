/**
 * Usage as team-level context. Every figure here is a sum over a group of at least
 * `minGroupSize` people with usage data, or it is not computed at all. Pure.
 */
import type { IsoWeek } from '../types.js';
import { mayShowAggregate } from '../visibility.js';
import type { DigestInput, PersonWeekUsage, UsageContext } from './types.js';

const tokensOf = (u: PersonWeekUsage): number => u.inputTokens + u.outputTokens;

interface WeekUsage {
  covered: number;
  using: number;
  tokens: number;
  costMicros: number;
}

/** Sums one week over the members; `covered` counts members with any record that week. */
export function weekUsage(input: DigestInput, week: IsoWeek): WeekUsage {
  const memberIds = new Set(input.members.map((m) => m.personId));
  const rows = input.usage.filter((u) => u.week === week && memberIds.has(u.personId));
  const people = new Set(rows.map((u) => u.personId));
  const using = new Set(rows.filter((u) => tokensOf(u) > 0 || u.requests > 0 || u.costMicros > 0).map((u) => u.personId));
  return {
    covered: people.size,
    using: using.size,
    tokens: rows.reduce((s, u) => s + tokensOf(u), 0),
    costMicros: rows.reduce((s, u) => s + u.costMicros, 0),
  };
}

/** The usage section: hidden below the minimum group size, with the reason. */
export function usageContext(input: DigestInput, baseline: IsoWeek[], verifiedWins: number): UsageContext {
  const week = input.weeks[input.weeks.length - 1] ?? '';
  const now = weekUsage(input, week);
  if (!mayShowAggregate(now.covered, input.minGroupSize)) {
    return {
      shown: false,
      reason: `Usage figures are hidden this week: fewer than ${input.minGroupSize} people in the team have usage data, so a team figure could point to one person.`,
    };
  }
  // A baseline week counts only if it too had enough people: every sum behind the average is a group's.
  const base = baseline.map((w) => weekUsage(input, w)).filter((u) => mayShowAggregate(u.covered, input.minGroupSize));
  const avg = (pick: (u: WeekUsage) => number): number | null =>
    base.length === 0 ? null : base.reduce((s, u) => s + pick(u), 0) / base.length;
  return {
    shown: true,
    tokens: now.tokens,
    costMicros: now.costMicros,
    averageTokens: avg((u) => u.tokens),
    averageCostMicros: avg((u) => u.costMicros),
    costPerVerifiedWin: verifiedWins > 0 ? now.costMicros / verifiedWins : null,
    covered: now.covered,
    using: now.using,
    members: input.members.length,
  };
}

/**
 * Tokens this week from members who used AI but logged no counted win, as a share of
 * all tokens; null unless that group alone reaches the minimum group size.
 */
export function unlinkedShare(input: DigestInput, peopleWithWins: Set<number>): number | null {
  const week = input.weeks[input.weeks.length - 1] ?? '';
  const memberIds = new Set(input.members.map((m) => m.personId));
  const rows = input.usage.filter((u) => u.week === week && memberIds.has(u.personId) && tokensOf(u) > 0);
  const unlinked = rows.filter((u) => !peopleWithWins.has(u.personId));
  if (!mayShowAggregate(new Set(unlinked.map((u) => u.personId)).size, input.minGroupSize)) return null;
  const total = rows.reduce((s, u) => s + tokensOf(u), 0);
  return total === 0 ? null : unlinked.reduce((s, u) => s + tokensOf(u), 0) / total;
}
