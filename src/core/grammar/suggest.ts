/** Picks the nearest known word for a typo. Pure. */
import { editDistance } from './edit-distance.js';

// Longer words tolerate more typos; nothing past this length is a mistyped command word.
const LONGEST_TYPO = 24;

function allowedDistance(length: number): number {
  const byLength = length <= 4 ? 1 : length <= 7 ? 2 : 3;
  // A one-letter word is one edit from every one-letter command: too far to guess.
  return Math.min(byLength, length - 1);
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * The candidate closest to `word` (lower-cased) within a distance that grows with the
 * word's length; ties go to the longer shared prefix, then to the earlier candidate.
 * Null when nothing is close enough.
 */
export function closestWord(word: string, candidates: readonly string[]): string | null {
  const typed = word.toLowerCase();
  const length = Array.from(typed).length;
  if (length === 0 || length > LONGEST_TYPO) return null;
  const limit = allowedDistance(length);
  let best: { word: string; distance: number; prefix: number } | null = null;
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate);
    if (distance > limit) continue;
    const prefix = sharedPrefix(typed, candidate);
    if (!best || distance < best.distance || (distance === best.distance && prefix > best.prefix)) {
      best = { word: candidate, distance, prefix };
    }
  }
  return best?.word ?? null;
}
