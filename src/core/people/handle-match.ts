/** How a typed handle (`@ada.lovelace`) finds people. A product rule, so every dialect agrees: stores hand over people, this decides. */
import type { Person } from '../types.js';

// Separators people put between name parts in handles: "ada.lovelace", "ada_lovelace".
const SEPARATORS = /[\s._-]+/g;

const fold = (s: string): string => s.normalize('NFC').trim().toLowerCase();
const compact = (s: string): string => fold(s).replace(SEPARATORS, '');

/**
 * True when `handle` names this person. Case is ignored, and a leading `@` is dropped.
 * It matches the whole email, the email's local part, or the display name compared
 * without spaces, dots, underscores or hyphens — so `ada.lovelace`, `adalovelace` and
 * `Ada_Lovelace` all find "Ada Lovelace". Near misses do not match.
 */
export function matchesHandle(person: Person, handle: string): boolean {
  const wanted = fold(handle.replace(/^@/, ''));
  if (wanted === '') return false;
  const email = person.email === null ? null : fold(person.email);
  if (email !== null && (email === wanted || email.split('@')[0] === wanted)) return true;
  const name = compact(person.displayName);
  return name !== '' && name === compact(wanted);
}
