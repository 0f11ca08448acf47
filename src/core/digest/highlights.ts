/** Highlights and the setback summary beside them. Pure. */
import type { Win } from '../types.js';
import { evidenceOf, isVerified } from '../wins.js';
import { maySee, visibleEntries } from '../visibility.js';
import type { WeekCount } from './count-week.js';
import { DIGEST_RULES } from './rules.js';
import { isImplausibleClaim } from './time-claims.js';
import type { Highlight, SetbackSummary } from './types.js';

/** Who wrote a win, as a digest names them: a display name and, when known, the chat user id. */
export interface Author {
  authorName: string;
  authorPlatformUserId?: string;
}

/**
 * Up to {@link DIGEST_RULES.highlightsMax} team-visible wins, at most one per person, in
 * meaning order (`count.wins` is already best first). The first
 * {@link DIGEST_RULES.highlightsAlways} are always shown; later ones only when verified. A win
 * whose every artifact was refused (someone else's PR, closed unmerged) is never highlighted.
 */
export function pickHighlights(count: WeekCount, authorOf: (personId: number) => Author): Highlight[] {
  const seen = new Set<number>();
  const picked: Win[] = [];
  for (const win of count.wins) {
    if (picked.length >= DIGEST_RULES.highlightsMax) break;
    // A digest goes to a channel and leads: only what the author shared with the team.
    if (!maySee('channel', { kind: 'win', visibility: win.visibility }) || seen.has(win.authorId) || evidenceOf(win).disputed) continue;
    if (picked.length >= DIGEST_RULES.highlightsAlways && !isVerified(win)) break;
    seen.add(win.authorId);
    picked.push(win);
  }
  return picked.map((w) => ({
    winId: w.id,
    authorId: w.authorId,
    ...authorOf(w.authorId),
    text: w.text,
    category: w.category,
    minutes: w.minutes === null || isImplausibleClaim(w.minutes) ? null : w.minutes,
    verified: isVerified(w),
    confirmed: evidenceOf(w).level === 'confirmed',
    endorsements: w.endorsements,
    url: w.artifacts.find((a) => a.url !== null)?.url ?? null,
  }));
}

/** Count and time lost, with one example: the team-visible setback that cost the most time. */
export function summariseSetbacks(count: WeekCount, authorOf: (personId: number) => Author): SetbackSummary {
  const shared = visibleEntries('channel', count.setbacks)
    .sort((a, b) => (b.minutes ?? 0) - (a.minutes ?? 0) || a.id - b.id)[0];
  return {
    count: count.setbacks.length,
    minutesLost: count.minutesLost,
    example: shared ? { authorId: shared.authorId, ...authorOf(shared.authorId), text: shared.text } : null,
  };
}
