/** Turning platform identities and mentions into shiplog people. */
import type { Mention } from '../core/commands.js';
import { fail, ok, type Result } from '../core/result.js';
import type { Person, Platform } from '../core/types.js';
import { parseTimeZone } from '../core/values.js';
import type { AuditStore, IdentityMappingStore, PeopleStore, PersonPatch } from './ports/index.js';
import type { Caller } from './types.js';

/** Who administers shiplog besides those the platform names (see `AppDeps.admins`). */
export interface AdminPolicy {
  /** Platform ids, directory ids or emails listed in `SHIPLOG_ADMINS`, any case. */
  admins: readonly string[];
  /** Platforms whose first person in an admin-less workspace becomes admin; all when absent. */
  firstAdminPlatforms?: readonly Platform[];
}

const listed = (policy: AdminPolicy, caller: Caller): boolean => {
  const names = [caller.platformUserId, caller.directoryId, caller.email].filter((v): v is string => typeof v === 'string' && v !== '').map((v) => v.toLowerCase());
  return policy.admins.some((a) => names.includes(a.toLowerCase()));
};

/** The ports resolving people needs: people, audit, and identity mappings to claim usage by email. */
export type PeoplePorts = PeopleStore & AuditStore & Pick<IdentityMappingStore, 'listUnmappedIdentities' | 'mapIdentity'>;

/**
 * Usage already imported under the person's email, that nobody was matched to, becomes
 * theirs: someone first met as a mention, whose email the platform told later, is counted.
 */
export async function claimUsageByEmail(store: PeoplePorts, person: Person): Promise<void> {
  if (person.email === null) return;
  const email = person.email.toLowerCase();
  for (const u of await store.listUnmappedIdentities()) {
    if (u.identity.toLowerCase() === email) await store.mapIdentity(u.source, u.identity, person.id);
  }
}

/** Finds the caller, creating them on first contact and refreshing what the platform knows. */
export async function resolveCaller(store: PeoplePorts, caller: Caller, defaultZone: string, policy: AdminPolicy = { admins: [] }): Promise<Person> {
  const zone = caller.timeZone ? parseTimeZone(caller.timeZone) : null;
  const configured = listed(policy, caller);
  const existing = await store.findPersonByPlatformId(caller.platform, caller.platformUserId);
  if (!existing) {
    const created = await store.createPerson({
      platform: caller.platform,
      platformUserId: caller.platformUserId,
      displayName: caller.displayName,
      email: caller.email?.toLowerCase() ?? null,
      timeZone: zone?.ok ? zone.value : defaultZone,
      isAdmin: caller.isPlatformAdmin === true || configured,
      // NOTE: with admins configured, or on a platform without a workspace-admin flag next to
      // one that has it, whoever writes first must not become admin by being first.
      mayBeFirstAdmin: policy.admins.length === 0 && (policy.firstAdminPlatforms?.includes(caller.platform) ?? true),
    });
    await claimUsageByEmail(store, created);
    return created;
  }
  const patch: PersonPatch = {};
  if (caller.displayName && caller.displayName !== existing.displayName) patch.displayName = caller.displayName;
  if (caller.email && caller.email.toLowerCase() !== existing.email) patch.email = caller.email.toLowerCase();
  if (zone?.ok && zone.value !== existing.timeZone) patch.timeZone = zone.value;
  // NOTE: promotion only. A platform admin who became one after first contact is made a
  // shiplog admin now; losing the platform role never demotes (that is `admins remove`),
  // since admin rights granted in shiplog itself must not vanish with a Slack role.
  if ((caller.isPlatformAdmin === true || configured) && !existing.isAdmin) patch.isAdmin = true;
  if (Object.keys(patch).length === 0) return existing;
  const updated = await store.updatePerson(existing.id, patch);
  if (patch.isAdmin === true) {
    const why = configured ? 'listed in SHIPLOG_ADMINS' : `a workspace admin or owner on ${caller.platform}`;
    await store.appendAudit({ actorId: null, action: 'admins.add', target: '', subjectId: updated.id, detail: `automatic: ${why}` });
  }
  if (patch.email !== undefined) await claimUsageByEmail(store, updated);
  return updated;
}

const shown = (m: Mention): string => (m.kind === 'user-id' ? m.label || m.id : `@${m.handle}`);

/**
 * Resolves a mention to a person. A platform id the platform vouches for creates the
 * person if needed; a typed handle must match exactly one person shiplog knows.
 */
export async function resolveMention(store: PeoplePorts, caller: Caller, mention: Mention, defaultZone: string): Promise<Result<Person>> {
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
  const created = await store.createPerson({
    platform: caller.platform,
    platformUserId: id,
    displayName: profile?.displayName || mention.label || id,
    email,
    timeZone: zone?.ok ? zone.value : defaultZone,
    isAdmin: false,
    mayBeFirstAdmin: false,
  });
  await claimUsageByEmail(store, created);
  return ok(created);
}

async function resolveHandle(store: PeopleStore, handle: string): Promise<Result<Person>> {
  const matches = await store.findPeopleByHandle(handle.replace(/^@/, ''));
  if (matches.length === 1) return ok(matches[0]!);
  if (matches.length === 0) {
    return fail('PERSON.NOT_FOUND', `I don't know anyone called @${handle.replace(/^@/, '')}.`, 'People appear once they have talked to shiplog; mention them with the platform\'s @-picker.');
  }
  return fail('PERSON.AMBIGUOUS', `@${handle} matches ${matches.length} people (${matches.slice(0, 4).map((p) => p.displayName).join(', ')}).`, 'Use their full name or email.');
}

/** Resolves several mentions, stopping at the first that fails. */
export async function resolveMentions(store: PeoplePorts, caller: Caller, mentions: Mention[], defaultZone: string): Promise<Result<Person[]>> {
  const people: Person[] = [];
  for (const m of mentions) {
    const p = await resolveMention(store, caller, m, defaultZone);
    if (!p.ok) return p;
    if (!people.some((x) => x.id === p.value.id)) people.push(p.value);
  }
  return ok(people);
}

export { shown as mentionLabel };
