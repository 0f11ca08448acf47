/** Turning platform identities and mentions into shiplog people. */
import type { Mention } from '../core/commands.js';
import { firstMayBeAdmin, startsAsAdmin, type FirstAdminSources } from '../core/people/first-admin.js';
import { matchesHandle } from '../core/people/handle-match.js';
import { fail, ok, type Result } from '../core/result.js';
import type { Person, Platform } from '../core/types.js';
import { cleanDisplayName } from '../core/people/clean-name.js';
import { parseTimeZone } from '../core/values.js';
import type { IdentityMappingStore, NewPerson, PeopleStore, PersonPatch, Store } from './ports/index.js';
import type { Caller } from './types.js';

/** Who administers shiplog besides those the platform names (see `AppDeps.admins`). */
export interface AdminPolicy {
  /** Platform ids, directory ids or emails listed in `SHIPLOG_ADMINS`, any case. */
  admins: readonly string[];
  /** Platforms whose first person in an admin-less workspace becomes admin; all when absent. */
  firstAdminPlatforms?: readonly Platform[];
}

/** The facts the first-admin rule (src/core/people/first-admin.ts) reads about this caller. */
export const adminSources = (policy: AdminPolicy, caller: Caller): FirstAdminSources => ({
  platform: caller.platform,
  configuredAdmins: policy.admins.length,
  firstAdminPlatforms: policy.firstAdminPlatforms,
  platformNamesAdmins: caller.platformNamesAdmins,
});

const listed = (policy: AdminPolicy, caller: Caller): boolean => {
  const names = [caller.platformUserId, caller.directoryId, caller.email].filter((v): v is string => typeof v === 'string' && v !== '').map((v) => v.toLowerCase());
  return policy.admins.some((a) => names.includes(a.toLowerCase()));
};

/**
 * Usage already imported under the person's email, that nobody was matched to, becomes
 * theirs: someone first met as a mention, whose email the platform told later, is counted.
 */
export async function claimUsageByEmail(store: Pick<IdentityMappingStore, 'listUnmappedIdentities' | 'mapIdentity'>, person: Person): Promise<void> {
  if (person.email === null) return;
  const email = person.email.toLowerCase();
  for (const u of await store.listUnmappedIdentities()) {
    if (u.identity.toLowerCase() === email) await store.mapIdentity(u.source, u.identity, person.id);
  }
}

/**
 * Creates a person on first contact, or returns the one already known. Who starts as admin
 * is decided in the same unit of work as the insert, so two first people at once cannot
 * both become admin (SQLite: one writer at a time; PostgreSQL: serializable, retried).
 * `mayBeFirst` false: never admin just by being first (see `firstMayBeAdmin`).
 */
export async function introducePerson(store: Store, input: NewPerson, mayBeFirst = true): Promise<Person> {
  const person = await store.transaction(async (tx) => {
    const known = await tx.findPersonByPlatformId(input.platform, input.platformUserId);
    if (known) return known;
    const admins = await tx.listAdmins();
    return tx.createPerson({ ...input, isAdmin: startsAsAdmin(input.isAdmin, admins.length, mayBeFirst) });
  });
  await claimUsageByEmail(store, person);
  return person;
}

/**
 * Finds the caller, creating them on first contact and refreshing what the platform knows.
 * `created`: this request introduced them.
 */
export async function resolveCaller(store: Store, raw: Caller, defaultZone: string, policy: AdminPolicy = { admins: [] }): Promise<{ person: Person; created: boolean }> {
  const caller = { ...raw, displayName: cleanDisplayName(raw.displayName, raw.platformUserId) };
  const zone = caller.timeZone ? parseTimeZone(caller.timeZone) : null;
  const configured = listed(policy, caller);
  const existing = await store.findPersonByPlatformId(caller.platform, caller.platformUserId);
  if (!existing) {
    const person = await introducePerson(store, {
      platform: caller.platform,
      platformUserId: caller.platformUserId,
      displayName: caller.displayName,
      email: caller.email?.toLowerCase() ?? null,
      timeZone: zone?.ok ? zone.value : defaultZone,
      timeZoneSource: zone?.ok ? 'platform' : 'workspace',
      isAdmin: caller.isPlatformAdmin === true || configured,
    }, firstMayBeAdmin(adminSources(policy, caller)));
    return { person, created: true };
  }
  const patch: PersonPatch = {};
  if (caller.displayName && caller.displayName !== existing.displayName) patch.displayName = caller.displayName;
  if (caller.email && caller.email.toLowerCase() !== existing.email) patch.email = caller.email.toLowerCase();
  // A zone the person chose themselves wins over their profile's until `timezone auto`.
  if (zone?.ok && existing.timeZoneSource !== 'own' && (zone.value !== existing.timeZone || existing.timeZoneSource !== 'platform')) {
    Object.assign(patch, { timeZone: zone.value, timeZoneSource: 'platform' });
  }
  // NOTE: promotion only. A platform admin who became one after first contact is made a
  // shiplog admin now; losing the platform role never demotes (that is `admins remove`),
  // since admin rights granted in shiplog itself must not vanish with a Slack role.
  if ((caller.isPlatformAdmin === true || configured) && !existing.isAdmin) patch.isAdmin = true;
  if (Object.keys(patch).length === 0) return { person: existing, created: false };
  const updated = await store.updatePerson(existing.id, patch);
  if (patch.isAdmin === true) {
    const why = configured ? 'listed in SHIPLOG_ADMINS' : `a workspace admin or owner on ${caller.platform}`;
    await store.appendAudit({ actorId: null, action: 'admins.add', target: '', subjectId: updated.id, detail: `automatic: ${why}` });
  }
  if (patch.email !== undefined) await claimUsageByEmail(store, updated);
  return { person: updated, created: false };
}

const shown = (m: Mention): string => (m.kind === 'user-id' ? m.label || m.id : `@${m.handle}`);

/**
 * Resolves a mention to a person. A platform id the platform vouches for creates the
 * person if needed; a typed handle must match exactly one person shiplog knows.
 */
export async function resolveMention(store: Store, caller: Caller, mention: Mention, defaultZone: string): Promise<Result<Person>> {
  if (mention.kind === 'handle') return resolveHandle(store, mention.handle);
  const id = mention.id;
  // What the platform says about them (Slack users.info, the Teams roster), looked up by the adapter.
  const profile = caller.introduced?.find((p) => p.platformUserId === id);
  const email = profile?.email?.toLowerCase() || null;
  const known = await store.findPersonByPlatformId(caller.platform, id);
  if (known) {
    if (email === null || known.email !== null) return ok(known);
    const updated = await store.updatePerson(known.id, { email });
    await claimUsageByEmail(store, updated);
    return ok(updated);
  }
  const zone = profile?.timeZone ? parseTimeZone(profile.timeZone) : null;
  const displayName = cleanDisplayName(profile?.displayName || mention.label || id, id);
  const input: NewPerson = { platform: caller.platform, platformUserId: id, displayName, email, timeZone: zone?.ok ? zone.value : defaultZone, timeZoneSource: zone?.ok ? 'platform' : 'workspace', isAdmin: false };
  // Someone met only as a mention never becomes admin by being first.
  return ok(await introducePerson(store, input, false));
}

async function resolveHandle(store: PeopleStore, handle: string): Promise<Result<Person>> {
  // A workspace's people fit in memory; the matching rule lives in src/core.
  const matches = (await store.listPeople()).filter((p) => matchesHandle(p, handle));
  if (matches.length === 1) return ok(matches[0]!);
  if (matches.length === 0) {
    return fail('PERSON.NOT_FOUND', `I don't know anyone called @${handle.replace(/^@/, '')}.`, 'People appear once they have talked to shiplog; mention them with the platform\'s @-picker.');
  }
  return fail('PERSON.AMBIGUOUS', `@${handle} matches ${matches.length} people (${matches.slice(0, 4).map((p) => p.displayName).join(', ')}).`, 'Use their full name or email.');
}

/** Resolves several mentions, stopping at the first that fails. */
export async function resolveMentions(store: Store, caller: Caller, mentions: Mention[], defaultZone: string): Promise<Result<Person[]>> {
  const people: Person[] = [];
  for (const m of mentions) {
    const p = await resolveMention(store, caller, m, defaultZone);
    if (!p.ok) return p;
    if (!people.some((x) => x.id === p.value.id)) people.push(p.value);
  }
  return ok(people);
}

export { shown as mentionLabel };
