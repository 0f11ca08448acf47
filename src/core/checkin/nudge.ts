/**
 * The single nudge a check-in may carry. Pure. It asks about value, never volume, and
 * never compares the person with anyone: it looks only at their own usage and wins, and
 * at wins their team chose to share.
 */

/** Thresholds, from the `nudge-high-usage-tokens` and `nudge-quiet-weeks` settings. */
export interface NudgeThresholds {
  /** Average tokens a week that count as high usage. */
  highUsageTokensPerWeek: number;
  /** Weeks without a win (with high usage) before asking what AI is helping with. */
  quietWeeks: number;
}

/** A teammate's shared win offered as an idea. */
export interface IdeaWin {
  text: string;
  authorName: string;
}

/** The one nudge: ask what AI is helping with, or offer teammates' shared wins as ideas. */
export type Nudge = { kind: 'ask-value' } | { kind: 'ideas'; wins: IdeaWin[] };

/** What the rule looks at, all of it the person's own (plus team-visible wins). */
export interface NudgeFacts {
  /** The person's own tokens over the last `quietWeeks` weeks, this week included. */
  tokensInQuietWeeks: number;
  /** The person's own tokens this week. */
  tokensThisWeek: number;
  /** The person's own wins over the last `quietWeeks` weeks. */
  winsInQuietWeeks: number;
  /** Recent team-visible wins by teammates, best first. */
  teamIdeas: IdeaWin[];
}

/**
 * High usage and no wins for `quietWeeks` weeks -> ask what AI is helping with; no usage
 * at all this week -> one or two of the team's recent wins as ideas; otherwise nothing.
 */
export function chooseNudge(facts: NudgeFacts, t: NudgeThresholds): Nudge | null {
  const highUsage = facts.tokensInQuietWeeks >= t.highUsageTokensPerWeek * t.quietWeeks;
  if (highUsage && facts.winsInQuietWeeks === 0) return { kind: 'ask-value' };
  if (facts.tokensThisWeek === 0 && facts.teamIdeas.length > 0) return { kind: 'ideas', wins: facts.teamIdeas.slice(0, 2) };
  return null;
}
