/** Typo distance between two words. Pure. */

/**
 * Damerau–Levenshtein distance in its optimal-string-alignment form: insertions,
 * deletions, substitutions and swaps of neighbours each cost 1. Counts code points,
 * so an emoji is one character.
 */
export function editDistance(left: string, right: string): number {
  const a = Array.from(left);
  const b = Array.from(right);
  // Rows i-2, i-1 and i of the distance table.
  let older: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (older[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    older = prev;
    prev = row;
  }
  return prev[b.length] ?? 0;
}
