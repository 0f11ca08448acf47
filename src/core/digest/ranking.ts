/** The one order wins are judged in: for highlights, and for which of a duplicate cluster is kept. Pure. */
import type { Win } from '../types.js';
import { isVerified } from '../wins.js';
import { plausibleMinutes } from './time-claims.js';

/**
 * Verified first, then more endorsements, then more (plausible) time saved, then the
 * earlier win. Nothing about the author takes part.
 */
export function byMeaning(a: Win, b: Win): number {
  return (
    Number(isVerified(b)) - Number(isVerified(a)) ||
    b.endorsements - a.endorsements ||
    plausibleMinutes(b) - plausibleMinutes(a) ||
    a.id - b.id
  );
}
