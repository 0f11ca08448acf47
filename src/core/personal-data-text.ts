/**
 * How forgetting a person treats free text: which texts quote them (a rejected import line
 * with their email) and how an audit entry's text is rewritten about their pseudonym. Pure.
 */

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Matches any of a person's identifiers (name, platform id, email) as a whole word, in any
 * letter case: `ada@acme.test` in "bad row ada@acme.test,3" but not in "nada@acme.test".
 * Null when there is nothing to match.
 */
export function identifiersPattern(identifiers: readonly string[]): RegExp | null {
  const usable = identifiers.filter((w) => w.trim().length > 0).map(escapeRegExp);
  return usable.length === 0 ? null : new RegExp(`(?<![\\w@.+-])(?:${usable.join('|')})(?![\\w@-])`, 'gi');
}

/** True when `text` quotes an identifier `pattern` matches. */
export function quotes(text: string, pattern: RegExp): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** `text` with `person:<id>` references and the person's identifiers replaced by the pseudonym. */
export function pseudonymiseText(text: string, personId: number, pseudonym: string, pattern: RegExp | null): string {
  const byId = text.replace(new RegExp(`\\bperson:${personId}\\b`, 'g'), `person:${pseudonym}`);
  return pattern === null ? byId : byId.replace(pattern, pseudonym);
}
