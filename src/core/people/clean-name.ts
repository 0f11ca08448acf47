/** Display names as shown to other people: no invisible tricks. Pure. */

// Bidi embeddings, overrides and isolates, and the marks: they can make a name read as
// something else ("Trojan Source"), so they are removed.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// C0 and C1 controls, zero-width characters and the line/paragraph separators become spaces.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u200B-\u200D\u2028\u2029\uFEFF]/g;

/** The longest name kept, in characters. */
export const MAX_NAME = 80;

/**
 * A display name with bidi controls removed, control and zero-width characters turned into
 * spaces, whitespace collapsed and length capped; `fallback` when nothing is left.
 */
export function cleanDisplayName(raw: string, fallback: string): string {
  const flat = raw.replace(BIDI, '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  const name = chars.length > MAX_NAME ? chars.slice(0, MAX_NAME).join('') : flat;
  return name === '' ? fallback : name;
}
