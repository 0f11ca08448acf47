/** Attaches people to a run's records, remembering each identity's answer for the run. */
import type { UsageRecord } from '../../core/types.js';
import { emailIndex, resolveIdentity, type IdentityDirectory } from '../../core/usage/identity.js';
import type { IdentityMappingStore, PeopleStore, UsageBatch } from '../ports/index.js';

/** Unmatched identities shown by name in a report. */
const EXAMPLES = 3;
/** Identities remembered per run; a file of a million distinct addresses must not exhaust memory. */
const REMEMBERED = 100_000;

/** People resolution for one run; remembers which identities matched nobody. */
export interface PeopleResolver {
  /** Sets `personId` on the batch's records that have none, where a person matches. */
  attach(batch: UsageBatch): Promise<void>;
  unmatched(): { identities: number; records: number; examples: string[] };
}

/** Loads people once per run (their emails) and each source's admin mappings on first use. */
export async function peopleResolver(store: PeopleStore & IdentityMappingStore): Promise<PeopleResolver> {
  const byEmail = emailIndex(await store.listPeople());
  const mappings = new Map<string, Map<string, number>>();
  const known = new Map<string, number | null>();
  const unmatched = new Map<string, number>();
  /** Records of unmatched identities beyond the ones remembered; counted, not named. */
  let overflow = 0;

  const resolve = async (record: UsageRecord, emails: Record<string, string> | undefined): Promise<number | null> => {
    const key = `${record.source}\u0000${record.identity}`;
    const cached = known.get(key);
    if (cached !== undefined) return cached;
    let sourceMappings = mappings.get(record.source);
    if (sourceMappings === undefined) {
      sourceMappings = await store.listIdentityMappings(record.source);
      mappings.set(record.source, sourceMappings);
    }
    const directory: IdentityDirectory = { byEmail, mappings: sourceMappings };
    const { personId } = resolveIdentity(record.identity, emails?.[record.identity], directory);
    if (known.size >= REMEMBERED) known.clear();
    known.set(key, personId);
    return personId;
  };

  return {
    async attach(batch) {
      for (const record of batch.records) {
        if (record.personId !== null) continue;
        // The cache is checked before awaiting: a big file repeats few identities.
        const cached = known.get(`${record.source}\u0000${record.identity}`);
        record.personId = cached !== undefined ? cached : await resolve(record, batch.identityEmails);
        if (record.personId !== null) continue;
        const key = `${record.source}:${record.identity}`;
        const count = unmatched.get(key);
        if (count !== undefined) unmatched.set(key, count + 1);
        else if (unmatched.size < REMEMBERED) unmatched.set(key, 1);
        else overflow++;
      }
    },
    unmatched: () => ({
      identities: unmatched.size,
      records: [...unmatched.values()].reduce((a, b) => a + b, overflow),
      examples: [...unmatched.keys()].slice(0, EXAMPLES),
    }),
  };
}
