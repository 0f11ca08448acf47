/** What the digest maths reads and what it produces. Plain data. */
import type { Category, IsoWeek, Win } from '../types.js';

/** One person's usage in one ISO week, summed over tools and models. */
export interface PersonWeekUsage {
  personId: number;
  week: IsoWeek;
  inputTokens: number;
  outputTokens: number;
  costMicros: number;
  requests: number;
}

/** A member of the team as the digest sees them. */
export interface DigestMember {
  personId: number;
  name: string;
  /** The member's chat user id (e.g. Slack `U…`), so the digest can mention them for real. */
  platformUserId?: string;
  /** Away through the end of the digest's week (see README): does not count against breadth. */
  away: boolean;
}

/** Everything one team's digest is computed from; the app loads it, the core decides. */
export interface DigestInput {
  team: { id: number; name: string };
  /** The trend weeks, oldest first; the last is the digest's week. */
  weeks: IsoWeek[];
  members: DigestMember[];
  /** Wins and setbacks by the members in `weeks`. */
  wins: Win[];
  /** Members' usage per week, for the digest's week and the baseline weeks. */
  usage: PersonWeekUsage[];
  /** Weeks in which every work day was a team holiday. */
  holidayWeeks: IsoWeek[];
  minGroupSize: number;
  /** An artifact provider is configured, so the headline counts confirmed wins. */
  verifying?: boolean;
}

/** One highlighted win, with its author. */
export interface Highlight {
  winId: number;
  authorId: number;
  authorName: string;
  /** The author's chat user id, when known, for a real mention. */
  authorPlatformUserId?: string;
  text: string;
  category: Category;
  /** Time saved as counted (null when none was given or the claim was left out). */
  minutes: number | null;
  verified: boolean;
  /** A provider confirmed an artifact of it is done and the author's. */
  confirmed: boolean;
  endorsements: number;
  /** The first artifact's URL, when there is one. */
  url: string | null;
}

export interface SetbackSummary {
  count: number;
  minutesLost: number;
  /** One team-visible setback, with its author (they shared it). */
  example: { authorId: number; authorName: string; authorPlatformUserId?: string; text: string } | null;
}

/** A series with its change against the baseline average. */
export interface TrendSeries {
  values: number[];
  current: number;
  /** Average of the baseline weeks, or null when there are none. */
  average: number | null;
}

/** Team-level usage, or why it is hidden. Never one person's figure. */
export type UsageContext =
  | { shown: false; reason: string }
  | {
      shown: true;
      tokens: number;
      costMicros: number;
      averageTokens: number | null;
      averageCostMicros: number | null;
      costPerVerifiedWin: number | null;
      /** People with usage data this week, and how many of them used AI at all. */
      covered: number;
      using: number;
      members: number;
    };

export interface Signal {
  id: 'usage-up-wins-flat' | 'usage-not-linked' | 'wins-up-cost-flat' | 'setbacks-outweigh' | 'narrow-breadth';
  question: string;
}

/** A team's digest as numbers and choices, before it is worded. */
export interface DigestModel {
  team: { id: number; name: string };
  week: IsoWeek;
  holiday: boolean;
  headline: {
    wins: number;
    people: number;
    /** Members present this week (not away), plus anyone away who logged a win anyway. */
    eligible: number;
    away: number;
    minutesSaved: number;
    verified: number;
    /** Wins a provider confirmed; null when no provider is configured (nothing could be). */
    confirmed: number | null;
    /** Near-duplicate wins folded into others this week. */
    folded: number;
    /** Time claims left out of totals (implausible, or over the weekly cap). */
    claimsLeftOut: number;
  };
  highlights: Highlight[];
  setbacks: SetbackSummary;
  categories: { category: Category; count: number }[];
  trend: { weeks: IsoWeek[]; wins: TrendSeries; breadth: TrendSeries };
  usage: UsageContext;
  signals: Signal[];
  /** Counted minutes per person this week (for the org roll-up's distinct total); never shown. */
  minutesByPerson: Map<number, number>;
  /** Ids of counted wins this week (for the roll-up's distinct counts). */
  countedWinIds: number[];
  verifiedWinIds: number[];
  peopleWithWins: number[];
}
