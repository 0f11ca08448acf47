/** The one order wins are judged in: for highlights, and for which of a duplicate cluster is kept. Pure. */
import type { Win } from '../types.js';
import { evidenceRank } from '../evidence/index.js';
import { evidenceOf } from '../wins.js';
import { plausibleMinutes } from './time-claims.js';

/**
 * Confirmed first, then linked, then endorsed (a disputed win ranks with those that have
 * nothing), then more endorsements, then more (plausible) time saved, then the
 * earlier win. Nothing about the author takes part.
 */
export function byMeaning(a: Win, b: Win): number {
  return (
    evidenceRank(evidenceOf(b)) - evidenceRank(evidenceOf(a)) ||
    b.endorsements - a.endorsements ||
    plausibleMinutes(b) - plausibleMinutes(a) ||
    a.id - b.id
  );
}
