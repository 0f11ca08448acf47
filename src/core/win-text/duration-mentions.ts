/**
 * Finds duration phrases ("2h", "half a day", "1h 30m", "2-3 hours") in text.
 * Every quantifier is bounded, so a scan is linear in the text's length.
 */

/** One duration phrase found in a text. */
export interface DurationMention {
  /** Index of the phrase's first character. */
  start: number;
  /** Index just past the phrase. */
  end: number;
  /** Length in minutes, unrounded; a range ("2-3 hours") gives its lower bound. */
  minutes: number;
  /** For a falling range ("20 to 5 minutes"), the larger first figure in minutes. */
  was: number | null;
  /**
   * True when the phrase is often not a duration at all: a bare "a"/"an" amount
   * ("twice a day", "an hour ago") or a one-letter unit that may be metres, millions or
   * dimensions ("2m rows", "3d model", "2 h").
   */
  ambiguous: boolean;
}

/** Minutes per unit. A day is a work day (8 h), a week five of them. */
const UNIT_MINUTES: Readonly<Record<string, number>> = {
  m: 1, min: 1, mins: 1, minute: 1, minutes: 1,
  h: 60, hr: 60, hrs: 60, hour: 60, hours: 60,
  d: 480, day: 480, days: 480, workday: 480, workdays: 480,
  w: 2400, wk: 2400, wks: 2400, week: 2400, weeks: 2400,
};

const FRACTION_CHARS: Readonly<Record<string, number>> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 };

const WORD_AMOUNTS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30,
  'forty-five': 45, forty: 40, fifty: 50, sixty: 60, ninety: 90,
};

// Mixed and plain fractions ("1 1/2", "1-1/2", "1½", "3/4", "½"), an "h:mm" clock figure
// ("1:30 h"), then decimals with a point or a European comma ("1.5", "1,5").
const FRACTION = String.raw`[½¼¾⅓⅔]|[1-9]\/[1-9]\d?`;
const DIGITS =
  String.raw`(?:\d{1,3}(?:\s{1,2}|-)[1-9]\/[1-9]\d?|\d{1,3}\s?[½¼¾⅓⅔]|\d{1,2}:[0-5]\d|${FRACTION}|\d{1,6}(?:[.,]\d{1,3})?)`;
// "2+ hours", "2ish hours": the stated figure, never more.
const MORE = String.raw`(?:\+|\s?-?ish)?`;
const WORDS = Object.keys(WORD_AMOUNTS).sort((a, b) => b.length - a.length).join('|');
// NOTE: "a"/"an" come last so "a couple", "a half", "a few" win the alternation.
const VAGUE = String.raw`(?:a\s{1,3})?half(?:\s{1,3}an?)?|(?:a\s{1,3})?couple(?:\s{1,3}of)?|(?:a\s{1,3})?few|an?`;
const TO = String.raw`\s{0,2}(?:-|–|—|to|or)\s{0,2}`;
// Word ranges take no dash, so "forty-five" stays one number.
const WORD_TO = String.raw`\s{1,2}(?:to|or)\s{1,2}`;
const HALF = String.raw`\s{1,3}and\s{1,3}a\s{1,3}half`;
const LONG_UNIT = String.raw`minutes?|mins?|hours?|hrs?|(?:(?:work|working|business)\s{0,2})?days?|weeks?|wks?`;
// Not inside a word or number ("1,5", "24/7", "10:30"), not negative, not money ("$2m").
const BEFORE = String.raw`(?<![\p{L}\p{N}_.,/:$€£¥½¼¾-])`;

const PART_SOURCE =
  BEFORE +
  String.raw`(?:(?:(?<dLow>${DIGITS})${TO}(?![1-9]\/))?(?<dAmt>${DIGITS})${MORE}(?<dHalf>${HALF})?(?<dSep>-|\s{0,3})(?<dUnit>${LONG_UNIT}|m|h|d|w)` +
  String.raw`|(?:(?<wLow>${WORDS})${WORD_TO})?(?<wAmt>${WORDS}|${VAGUE})(?<wHalf>${HALF})?(?:-|\s{1,3})(?<wUnit>${LONG_UNIT}))` +
  String.raw`(?![\p{L}_])(?<tail>${HALF})?`;

const NEXT_PART = new RegExp(String.raw`\s{1,3}(?:and\s{1,3})?` + PART_SOURCE, 'iuy');
// "1h30" / "1h30m": minutes glued to an hour figure.
const GLUED_MINUTES = /(?<mins>\d{1,2})(?:minutes?|mins?|m)?(?![\p{L}\p{N}_])/iuy;

interface Part {
  end: number;
  unit: number;
  minutes: number;
  was: number | null;
  ambiguous: boolean;
}

function numberValue(raw: string): number {
  const clock = /^(\d+):(\d\d)$/.exec(raw);
  if (clock) return Number(clock[1]) + Number(clock[2]) / 60;
  const fraction = /^(?:(\d+)[\s-]+)?([1-9])\/([1-9]\d?)$/.exec(raw);
  if (fraction) {
    const [numerator, denominator] = [Number(fraction[2]), Number(fraction[3])];
    // "5/2 hours" is not how anyone writes a duration.
    return numerator < denominator ? Number(fraction[1] ?? 0) + numerator / denominator : Number.NaN;
  }
  const glyph = /^(\d*)\s?([½¼¾⅓⅔])$/u.exec(raw);
  if (glyph) return Number(glyph[1] || 0) + (FRACTION_CHARS[glyph[2]!] ?? Number.NaN);
  // A comma is a decimal separator ("1,5h" is 1.5 h): read as a thousands separator it
  // would overstate a thousandfold.
  return Number(raw.replace(',', '.'));
}

function amountValue(raw: string): number {
  const s = raw.toLowerCase();
  if (/^[\d½¼¾⅓⅔]/u.test(s)) return numberValue(s);
  const word = WORD_AMOUNTS[s];
  if (word !== undefined) return word;
  if (s.includes('half')) return 0.5;
  // "a couple" is two; "a few" is at least two, and we never overstate.
  if (s.includes('couple') || s.includes('few')) return 2;
  return 1;
}

function toPart(match: RegExpExecArray): Part {
  const g = match.groups ?? {};
  const unitRaw = (g.dUnit ?? g.wUnit ?? '').toLowerCase().replace(/^(?:work(?:ing)?|business)\s*/, 'work');
  const amountRaw = g.dAmt ?? g.wAmt ?? '';
  // An "h:mm" figure is only a duration in hours.
  const unit = amountRaw.includes(':') && !/^h/.test(unitRaw) ? 0 : (UNIT_MINUTES[unitRaw] ?? 0);
  const halves = (g.dHalf ?? g.wHalf ? 0.5 : 0) + (g.tail ? 0.5 : 0);
  const amount = amountValue(amountRaw) + halves;
  const lowRaw = g.dLow ?? g.wLow;
  const low = lowRaw === undefined ? null : amountValue(lowRaw);
  const bareArticle = /^an?$/i.test(amountRaw);
  const oneLetter = unitRaw.length === 1 && (unitRaw !== 'h' || (g.dSep ?? '') !== '');
  return {
    end: match.index + match[0].length,
    unit,
    minutes: (low !== null && low < amount ? low : amount) * unit,
    was: low !== null && low > amount ? low * unit : null,
    ambiguous: bareArticle || oneLetter,
  };
}

/** Extends a first part with smaller units that follow it: "1h 30m", "1 day and 2 hours", "1h30". */
function extend(text: string, first: Part, start: number): DurationMention {
  let { end, unit, minutes, ambiguous } = first;
  for (;;) {
    if (unit === 60) {
      GLUED_MINUTES.lastIndex = end;
      const glued = GLUED_MINUTES.exec(text);
      if (glued && Number(glued.groups?.mins) < 60 && text[end - 1]?.toLowerCase() === 'h') {
        minutes += Number(glued.groups?.mins);
        end += glued[0].length;
        break;
      }
    }
    NEXT_PART.lastIndex = end;
    const next = NEXT_PART.exec(text);
    if (!next) break;
    const part = toPart(next);
    if (part.unit >= unit || part.was !== null) break;
    ({ end, unit } = part);
    minutes += part.minutes;
    ambiguous = ambiguous && part.ambiguous;
  }
  return { start, end, minutes, was: minutes === first.minutes ? first.was : null, ambiguous };
}

/** Every duration phrase in `text`, in order, non-overlapping. */
export function findDurations(text: string): DurationMention[] {
  const scan = new RegExp(PART_SOURCE, 'giu');
  const found: DurationMention[] = [];
  for (let match = scan.exec(text); match; match = scan.exec(text)) {
    const mention = extend(text, toPart(match), match.index);
    found.push(mention);
    scan.lastIndex = mention.end;
  }
  return found;
}

/** The duration phrase starting exactly at `index`, or null. */
export function durationAt(text: string, index: number): DurationMention | null {
  const sticky = new RegExp(PART_SOURCE, 'iuy');
  sticky.lastIndex = index;
  const match = sticky.exec(text);
  return match ? extend(text, toPart(match), index) : null;
}

/** Rounds to whole minutes; null unless at least one minute. */
export function wholeMinutes(minutes: number): number | null {
  const rounded = Math.round(minutes);
  return Number.isFinite(rounded) && rounded >= 1 ? rounded : null;
}
