/** A team's digest as numbers: the seven sections of PRODUCT.md before they are worded. Pure. */
import { CATEGORIES } from '../types.js';
import { isVerified } from '../wins.js';
import { countWeek, type WeekCount } from './count-week.js';
import { pickHighlights, summariseSetbacks, type Author } from './highlights.js';
import { signals } from './signals.js';
import { baselineWeeks, series } from './trend.js';
import type { DigestInput, DigestMember, DigestModel } from './types.js';
import { unlinkedShare, usageContext } from './usage-context.js';

/** Computes every section from the loaded input. */
export function computeDigest(input: DigestInput): DigestModel {
  const week = input.weeks[input.weeks.length - 1];
  if (week === undefined) throw new Error('computeDigest: no weeks given');
  const authorOf = authors(input.members);
  const counts = input.weeks.map((w) => countWeek(input.wins, w));
  const now = counts[counts.length - 1] as WeekCount;
  const holiday = input.holidayWeeks.includes(week);
  const baseline = baselineWeeks(input.weeks, input.holidayWeeks);
  const wins = series(counts, baseline, (c) => c.wins.length);
  const breadth = series(counts, baseline, (c) => c.people.size);
  const { eligible, away } = presence(input, now, holiday);
  const usage = usageContext(input, baseline, now.verified);
  return {
    team: input.team,
    week,
    holiday,
    headline: {
      wins: now.wins.length,
      people: now.people.size,
      eligible,
      away,
      minutesSaved: now.minutesSaved,
      verified: now.verified,
      confirmed: input.verifying === true ? now.confirmed : null,
      folded: now.folded,
      claimsLeftOut: now.claimsLeftOut,
    },
    highlights: pickHighlights(now, authorOf),
    setbacks: summariseSetbacks(now, authorOf),
    categories: CATEGORIES.map((category) => ({ category, count: now.wins.filter((w) => w.category === category).length })).filter((c) => c.count > 0),
    trend: { weeks: input.weeks, wins, breadth },
    usage,
    signals: signals({ count: now, wins, usage, unlinked: unlinkedShare(input, now.people), eligible }),
    minutesByPerson: now.minutesByPerson,
    countedWinIds: now.wins.map((w) => w.id),
    verifiedWinIds: now.wins.filter(isVerified).map((w) => w.id),
    peopleWithWins: [...now.people],
  };
}

/** Names authors; the chat user id rides along so a renderer can mention them for real (`<@U…>`). */
function authors(members: DigestMember[]): (personId: number) => Author {
  const byId = new Map(members.map((m) => [m.personId, m]));
  return (id) => {
    const m = byId.get(id);
    if (m === undefined) return { authorName: 'a former member' };
    return m.platformUserId === undefined ? { authorName: m.name } : { authorName: m.name, authorPlatformUserId: m.platformUserId };
  };
}

/**
 * Who counts in "of N people": members who are not away, plus anyone away who logged a
 * win anyway. In a team holiday week only those who logged a win count.
 */
function presence(input: DigestInput, now: WeekCount, holiday: boolean): { eligible: number; away: number } {
  let eligible = 0;
  let away = 0;
  for (const m of input.members) {
    const absent = holiday || m.away;
    if (absent) away++;
    if (!absent || now.people.has(m.personId)) eligible++;
  }
  return { eligible, away: holiday ? 0 : away };
}
