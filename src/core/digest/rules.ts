/**
 * Every threshold the digest uses, named in one place. README.md "How the digest is
 * computed" documents each; change them together.
 */
export const DIGEST_RULES = {
  /** Weeks shown in the trend sparklines, ending with the digest's week. */
  trendWeeks: 8,
  /** Weeks before the digest's week that make the "4-week average". */
  baselineWeeks: 4,
  /** Highlights shown at most, and always shown when there are that many candidates. */
  highlightsMax: 5,
  highlightsAlways: 3,
  /** A single win claiming more than this is left out of time totals (two work days). */
  implausibleClaimMinutes: 16 * 60,
  /** Time saved counted per person per week at most: a work week. */
  weeklyCapMinutes: 40 * 60,
  /** Two wins from one person in one week with word overlap (Jaccard) at least this are one win. */
  duplicateSimilarity: 0.8,
  /** Signal: usage up at least this share on the 4-week average… */
  usageSurge: 0.5,
  /** …while wins rise less than this share, or fall ("flat"). */
  flatBand: 0.2,
  /** Signal: wins up at least this share while cost moves less than `costFlatBand`. */
  winsUp: 0.2,
  costFlatBand: 0.1,
  /** Signal: more than this share of tokens comes from people who logged no win this week. */
  unlinkedShare: 0.5,
  /** Signal: wins came from fewer than this share of the people present (teams of 4 or more). */
  narrowBreadth: 1 / 3,
  narrowBreadthMinTeam: 4,
  /** Signal: time lost to setbacks above time saved, and at least this much. */
  setbackMinutes: 120,
} as const;
