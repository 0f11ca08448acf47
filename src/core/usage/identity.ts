/** How a provider identity becomes a person: admin mapping first, then email. Pure. */
import { emailKey } from './email.js';

/** Where a resolved person came from, for reports and tests. */
export type ResolvedVia = 'mapping' | 'email' | 'alias-email' | 'none';

/** The person an identity resolved to (null: unmatched), and by which rule. */
export interface Resolution {
  personId: number | null;
  via: ResolvedVia;
}

/** What resolution needs to know: people's email keys and the admin's mappings for one source. */
export interface IdentityDirectory {
  /** Email key -> person id; null when two people share the key (ambiguous, never guessed). */
  byEmail: ReadonlyMap<string, number | null>;
  /** Identity -> person id, from `map <source>:<identity> @person`. */
  mappings: ReadonlyMap<string, number>;
}

/** Indexes people by {@link emailKey}; a key two people share maps to null. */
export function emailIndex(people: readonly { id: number; email: string | null }[]): Map<string, number | null> {
  const index = new Map<string, number | null>();
  for (const person of people) {
    const key = person.email === null ? null : emailKey(person.email);
    if (key === null) continue;
    index.set(key, index.has(key) && index.get(key) !== person.id ? null : person.id);
  }
  return index;
}

/**
 * Resolves one identity. An admin mapping wins over everything (it is how an admin fixes
 * a wrong match); then the identity itself as an email; then the email the source knows
 * for it (e.g. an OpenAI user id's email). Anything else stays unmatched.
 */
export function resolveIdentity(identity: string, sourceEmail: string | undefined, dir: IdentityDirectory): Resolution {
  const mapped = dir.mappings.get(identity);
  if (mapped !== undefined) return { personId: mapped, via: 'mapping' };
  const own = byEmail(identity, dir);
  if (own !== null) return { personId: own, via: 'email' };
  const alias = sourceEmail === undefined ? null : byEmail(sourceEmail, dir);
  if (alias !== null) return { personId: alias, via: 'alias-email' };
  return { personId: null, via: 'none' };
}

function byEmail(value: string, dir: IdentityDirectory): number | null {
  const key = emailKey(value);
  return key === null ? null : dir.byEmail.get(key) ?? null;
}
