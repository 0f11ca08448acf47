/** Durations as people type them: on their own in a command, or inside a logged win. */
import { durationAt, wholeMinutes } from './duration-mentions.js';

export { findTimeSaved } from './time-saved.js';

const LEADING_QUALIFIER = /^(?:[~≈]\s{0,3}|(?:about|around|approx\.?|approximately|roughly|circa|ca\.)\s{1,3})/i;

/**
 * A duration typed on its own (`2h`, `30 min`, `1.5 hours`, `1h30`, `1h 30m`, `half a day`,
 * `an hour`, `2-3 hours`) in whole minutes. A day is a work day (8 h), half a day 4 h, a
 * week 5 days; a range gives its lower bound. Null when the input is not exactly one
 * duration (a bare `30` has no unit, so it is null too) or when it is not positive.
 * Nothing is capped here.
 */
export function parseDuration(input: string): number | null {
  const text = input.trim().replace(LEADING_QUALIFIER, '').replace(/\.$/, '');
  if (text.length === 0 || text.length > 200) return null;
  const mention = durationAt(text, 0);
  if (mention === null || mention.end !== text.length) return null;
  return wholeMinutes(mention.minutes);
}
