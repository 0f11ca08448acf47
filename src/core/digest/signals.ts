/** Signals: patterns worth a question, never a verdict on a person. Pure. */
import { formatMinutes } from '../time.js';
import type { WeekCount } from './count-week.js';
import { DIGEST_RULES as R } from './rules.js';
import { change } from './trend.js';
import type { Signal, TrendSeries, UsageContext } from './types.js';

export interface SignalFacts {
  count: WeekCount;
  wins: TrendSeries;
  usage: UsageContext;
  /** Share of tokens from people with no win this week (null: not computable safely). */
  unlinked: number | null;
  eligible: number;
}

const pct = (share: number): string => `${Math.round(Math.abs(share) * 100)}%`;

/** The signals that hold this week, in a fixed order. Thresholds: {@link DIGEST_RULES}. */
export function signals(f: SignalFacts): Signal[] {
  const out: Signal[] = [];
  const winsChange = change(f.wins.current, f.wins.average);
  if (f.usage.shown) {
    const tokensChange = change(f.usage.tokens, f.usage.averageTokens);
    const costChange = change(f.usage.costMicros, f.usage.averageCostMicros);
    if (tokensChange !== null && tokensChange >= R.usageSurge && (winsChange === null ? f.wins.current === 0 : winsChange < R.flatBand)) {
      out.push({ id: 'usage-up-wins-flat', question: `Usage is up ${pct(tokensChange)} on the 4-week average while wins are flat. Is the extra usage going into work that ships?` });
    }
    if (f.unlinked !== null && f.unlinked > R.unlinkedShare) {
      out.push({ id: 'usage-not-linked', question: 'Most of this week\'s usage is not connected to any logged win. Is AI helping with work nobody has logged yet, or is some of it busywork?' });
    }
    if (winsChange !== null && winsChange >= R.winsUp && costChange !== null && Math.abs(costChange) < R.costFlatBand) {
      out.push({ id: 'wins-up-cost-flat', question: `Wins are up ${pct(winsChange)} at about the same cost. What worked this week that others could reuse?` });
    }
  }
  if (f.count.minutesLost >= R.setbackMinutes && f.count.minutesLost > f.count.minutesSaved) {
    out.push({ id: 'setbacks-outweigh', question: `Setbacks cost ${formatMinutes(f.count.minutesLost)}, more than the ${formatMinutes(f.count.minutesSaved)} wins saved. What went wrong, and is there a pattern to avoid?` });
  }
  const breadth = f.count.people.size;
  if (f.eligible >= R.narrowBreadthMinTeam && breadth > 0 && breadth / f.eligible < R.narrowBreadth) {
    out.push({ id: 'narrow-breadth', question: `Wins came from ${breadth} of ${f.eligible} people. Is AI useful for the rest of the team's work, or is something in the way?` });
  }
  return out;
}
