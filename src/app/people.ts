/** Turning platform identities and mentions into shiplog people. */
import type { Mention } from '../core/commands.js';
import { startsAsAdmin } from '../core/people/first-admin.js';
import { matchesHandle } from '../core/people/handle-match.js';
import { fail, ok, type Result } from '../core/result.js';
import type { Person } from '../core/types.js';
import { parseTimeZone } from '../core/values.js';
import type { NewPerson, PeopleStore, PersonPatch, Store } from './ports/index.js';
import type { Caller } from './types.js';

/**
 * Creates a person on first contact, or returns the one already known. Who starts as admin
 * is decided in the same unit of work as the insert, so two first people at once cannot
 * both become admin (SQLite: one writer at a time; PostgreSQL: serializable, retried).
 */
export async function introducePerson(store: Store, input: NewPerson): Promise<Person> {
  return store.transaction(async (tx) => {
    const known = await tx.findPersonByPlatformId(input.platform, input.platformUserId);
    if (known) return known;
    const admins = await tx.listAdmins();
    return tx.createPerson({ ...input, isAdmin: startsAsAdmin(input.isAdmin, admins.length) });
  });
}

/** Finds the caller, creating them on first contact and refreshing what the platform knows. */
export async function resolveCaller(store: Store, caller: Caller, defaultZone: string): Promise<Person> {
  const zone = caller.timeZone ? parseTimeZone(caller.timeZone) : null;
  const existing = await store.findPersonByPlatformId(caller.platform, caller.platformUserId);
  if (!existing) {
    return introducePerson(store, {
      platform: caller.platform,
      platformUserId: caller.platformUserId,
      displayName: caller.displayName,
      email: caller.email?.toLowerCase() ?? null,
      timeZone: zone?.ok ? zone.value : defaultZone,
      isAdmin: caller.isPlatformAdmin === true,
    });
  }
  const patch: PersonPatch = {};
  if (caller.displayName && caller.displayName !== existing.displayName) patch.displayName = caller.displayName;
  if (caller.email && caller.email.toLowerCase() !== existing.email) patch.email = caller.email.toLowerCase();
  if (zone?.ok && zone.value !== existing.timeZone) patch.timeZone = zone.value;
  // NOTE: promotion only. A platform admin who became one after first contact is made a
  // shiplog admin now; losing the platform role never demotes (that is `admins remove`),
  // since admin rights granted in shiplog itself must not vanish with a Slack role.
  if (caller.isPlatformAdmin === true && !existing.isAdmin) patch.isAdmin = true;
  if (Object.keys(patch).length === 0) return existing;
  const updated = await store.updatePerson(existing.id, patch);
  if (patch.isAdmin === true) {
    await store.appendAudit({ actorId: null, action: 'admins.add', target: '', subjectId: updated.id, detail: `automatic: a workspace admin or owner on ${caller.platform}` });
  }
  return updated;
}

const shown = (m: Mention): string =>
  m.kind === 'user-id' ? m.label || m.id : m.kind === 'at-text' ? m.text : `@${m.handle}`;

/**
 * Resolves a mention to a person. A platform id the platform vouches for creates the
 * person if needed; a typed handle must match exactly one person shiplog knows.
 */
export async function resolveMention(store: Store, caller: Caller, mention: Mention, defaultZone: string): Promise<Result<Person>> {
  if (mention.kind === 'handle') return resolveHandle(store, mention.handle);
  const id = mention.kind === 'user-id' ? mention.id : caller.mentionIds?.[mention.text];
  if (!id) return resolveHandle(store, mention.kind === 'at-text' ? mention.text : mention.id);
  const known = await store.findPersonByPlatformId(caller.platform, id);
  if (known) return ok(known);
  const name = mention.kind === 'user-id' ? mention.label || id : mention.text;
  return ok(await introducePerson(store, { platform: caller.platform, platformUserId: id, displayName: name, email: null, timeZone: defaultZone, isAdmin: false }));
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
