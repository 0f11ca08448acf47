/** Unicode sparklines for trend blocks; every renderer draws trends the same way. Pure. */

const SPARKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

/**
 * A unicode sparkline scaled from zero (or the lowest value, when negative) to the highest,
 * so a flat series of small counts does not look like a swing. All equal to the floor → `▁`.
 * Values that are not finite render as a space (a gap in the data).
 */
export function sparkline(values: number[]): string {
  const finite = values.filter((value) => Number.isFinite(value));
  const low = Math.min(0, ...finite);
  const span = Math.max(0, ...finite) - low;
  return values
    .map((value) => {
      if (!Number.isFinite(value)) return ' ';
      const level = span === 0 ? 0 : Math.round(((value - low) / span) * (SPARKS.length - 1));
      return SPARKS[level] ?? SPARKS[0];
    })
    .join('');
}
