/**
 * Which duration in a win's text is the time saved. Rules, strongest first:
 *
 * 1. A duration tied to saving: "saved (me) 2h", "saving us ~30 min", "time saved: 1h",
 *    "cut 2 hours", "2h saved", "2h of toil saved". The first such one wins.
 * 2. A comparison: "10 min instead of 2 hours", "10 min, not 2 hours", "from 2 hours to
 *    10 min", "2h -> 10m", "10 min (down from 2 hours)". Saved = the old figure minus the
 *    new one (110 here): the difference is what was saved, and it never overstates. A
 *    comparison that saved nothing gives null. A counterfactual ("took 2 days, would have
 *    taken 2 weeks", "used to take 3 hours, now 20 min") is a comparison too, with the
 *    would-have figure as the old one; on its own, without how long it did take, it states
 *    no saving, since the difference is unknown.
 * 3. Otherwise the first plain duration ("~30 min", "half a day"), skipping ones that are
 *    likely not savings: ambiguous forms ("a day", "2m"), time taken or spent ("took 3
 *    days", "in 2 hours"), and schedules or rates ("every 2 hours", "2 days ago").
 *
 * Ranges count as their lower bound, for the same reason: we never overstate.
 */
import { findDurations, wholeMinutes, type DurationMention } from './duration-mentions.js';

const WINDOW = 60;
const QUALIFIER = String.raw`(?:(?:at\s+least|about|around|roughly|approximately|approx\.?|nearly|almost|like|over|maybe|probably|easily|a\s+good|a\s+solid|upwards\s+of|well\s+over|some|~|≈)\s*)?`;
const WHO = String.raw`(?:\s+(?:me|us|them|the\s+team))?`;
// What something would have taken, or used to take, without AI.
const WOULD_HAVE_BEFORE = new RegExp(
  String.raw`\b(?:(?:would|could|might)(?:\s+have|'ve)?\s+(?:taken|take|been|needed|cost|required|lasted)` +
    String.raw`|(?:used\s+to|usually|normally|typically|previously|otherwise|manually)\s+(?:take|takes|took)` +
    String.raw`|(?:used\s+to|usually|normally|typically)\s+(?:be|is|was))` +
    WHO + String.raw`\s*` + QUALIFIER + '$',
  'i',
);
const SAVE_BEFORE = new RegExp(
  String.raw`\b(?:sav(?:e|ed|es|ing)|cut|shaved(?:\s+off)?|freed\s+up|won\s+back|reclaimed|gained)` +
    String.raw`(?:\s+(?:me|us|you|him|her|them|myself|everyone|the\s+team|my\s+team|our\s+team))?\s*[:=]?\s*` +
    QUALIFIER + '$',
  'i',
);
const SAVE_AFTER = /^\s{0,3}(?:of\s{1,3}[\p{L}-]{1,30}\s{1,3})?sav(?:ed|ing)\b/iu;
const NEW_THEN_OLD = new RegExp(
  String.raw`^\s*[,(]?\s*(?:instead\s+of|rather\s+than|vs\.?|versus|compared\s+(?:to|with)|not|down\s+from|was|previously)\s+` +
    String.raw`(?:the\s+)?(?:usual\s+|normal\s+|previous\s+|old\s+)?` + QUALIFIER + '$',
  'i',
);
const OLD_THEN_NEW = new RegExp(String.raw`^\s*(?:->|→|=>|(?:down\s+)?to)\s+(?:just\s+|only\s+)?` + QUALIFIER + '$', 'i');
const FROM_BEFORE = new RegExp(String.raw`\bfrom\s+` + QUALIFIER + '$', 'i');
const NOT_SAVED_BEFORE = new RegExp(
  String.raw`\b(?:every|per|each|within|after|before|last|past|next|took|takes|take|taking|spent|spend|spends|spending|lasted|lasts|in|for|over)\s+` +
    String.raw`(?:just\s+|only\s+)?` + QUALIFIER + '$',
  'i',
);
const NOT_SAVED_AFTER = /^\s{0,3}(?:ago|later|earlier|from\s+now|before|after|late|early|behind|overdue|old)\b/i;

const before = (text: string, m: DurationMention): string => text.slice(Math.max(0, m.start - WINDOW), m.start);
const after = (text: string, m: DurationMention): string => text.slice(m.end, m.end + WINDOW);

function isTiedToSaving(text: string, m: DurationMention): boolean {
  return SAVE_BEFORE.test(before(text, m)) || SAVE_AFTER.test(after(text, m));
}

/**
 * Old minus new for the first comparison found; undefined when there is none; null for a
 * would-have figure with nothing to compare it with.
 */
function comparisonSaving(text: string, mentions: DurationMention[]): number | null | undefined {
  for (const [i, m] of mentions.entries()) {
    if (!WOULD_HAVE_BEFORE.test(before(text, m))) continue;
    const other = [mentions[i - 1], mentions[i + 1]].find((n) => n && !WOULD_HAVE_BEFORE.test(before(text, n)));
    return other ? m.minutes - other.minutes : null;
  }
  for (const [i, m] of mentions.entries()) {
    if (m.was !== null && FROM_BEFORE.test(before(text, m))) return m.was - m.minutes;
    const next = mentions[i + 1];
    if (!next) continue;
    const between = text.slice(m.end, next.start);
    if (NEW_THEN_OLD.test(between)) return next.minutes - m.minutes;
    if (OLD_THEN_NEW.test(between)) return m.minutes - next.minutes;
  }
  return undefined;
}

function isPlainSaving(text: string, m: DurationMention): boolean {
  return !m.ambiguous && !NOT_SAVED_BEFORE.test(before(text, m)) && !NOT_SAVED_AFTER.test(after(text, m));
}

/**
 * The time saved that a sentence states, in whole minutes ("saved me 2 hours" → 120,
 * "took 10 min instead of 2 hours" → 110, "2-3 hours" → 120), or null when it states none.
 * Numbers without a time unit ("fixed 3 bugs", "PR 42", "in 2026") are never durations.
 */
export function findTimeSaved(text: string): number | null {
  const mentions = findDurations(text);
  const tied = mentions.find((m) => isTiedToSaving(text, m));
  if (tied) return wholeMinutes(tied.minutes);
  const compared = comparisonSaving(text, mentions);
  if (compared !== undefined) return compared === null ? null : wholeMinutes(compared);
  const plain = mentions.find((m) => isPlainSaving(text, m));
  return plain ? wholeMinutes(plain.minutes) : null;
}
