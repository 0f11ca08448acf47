/** One week of a team's wins and setbacks, counted with the anti-gaming rules. Pure. */
import type { IsoWeek, Win } from '../types.js';
import { evidenceOf, isVerified } from '../wins.js';
import { foldDuplicates } from './duplicates.js';
import { byMeaning } from './ranking.js';
import { DIGEST_RULES } from './rules.js';
import { cappedMinutesByPerson, isImplausibleClaim, plausibleMinutes } from './time-claims.js';

export interface WeekCount {
  week: IsoWeek;
  /** Counted wins (one per near-duplicate cluster), best first. */
  wins: Win[];
  folded: number;
  people: Set<number>;
  verified: number;
  confirmed: number;
  /** Time saved after the per-claim and weekly rules. */
  minutesSaved: number;
  minutesByPerson: Map<number, number>;
  /** Claims not counted in full: implausible single claims plus people over the weekly cap. */
  claimsLeftOut: number;
  setbacks: Win[];
  minutesLost: number;
}

const sum = (values: Iterable<number>): number => {
  let total = 0;
  for (const v of values) total += v;
  return total;
};

/** Counts `week` from wins and setbacks of any weeks (others are ignored). */
export function countWeek(all: Win[], week: IsoWeek): WeekCount {
  const inWeek = all.filter((w) => w.week === week);
  const { kept, folded } = foldDuplicates(inWeek.filter((w) => w.kind === 'win').sort(byMeaning));
  const setbacks = inWeek.filter((w) => w.kind === 'setback');
  const minutesByPerson = cappedMinutesByPerson(kept);
  const implausible = kept.filter((w) => isImplausibleClaim(w.minutes)).length;
  const overCap = countOverCap(kept);
  return {
    week,
    wins: kept,
    folded,
    people: new Set(kept.map((w) => w.authorId)),
    verified: kept.filter(isVerified).length,
    confirmed: kept.filter((w) => evidenceOf(w).level === 'confirmed').length,
    minutesSaved: sum(minutesByPerson.values()),
    minutesByPerson,
    claimsLeftOut: implausible + overCap,
    setbacks,
    minutesLost: sum(cappedMinutesByPerson(setbacks).values()),
  };
}

function countOverCap(kept: Win[]): number {
  const raw = new Map<number, number>();
  for (const w of kept) raw.set(w.authorId, (raw.get(w.authorId) ?? 0) + plausibleMinutes(w));
  return [...raw.values()].filter((m) => m > DIGEST_RULES.weeklyCapMinutes).length;
}
