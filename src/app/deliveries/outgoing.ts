/** What a due item sends, and to whom; or why it need not be sent after all. */
import type { Message } from '../../core/message.js';
import type { DueItem, OrgSnapshot } from '../../core/schedule/due-items.js';
import type { Result } from '../../core/result.js';
import type { Person, Platform } from '../../core/types.js';
import type { Destination, Store } from '../ports/index.js';
import type { Outbox } from './outbox.js';
import { buildCheckin, reminderNotNeeded } from './checkin-content.js';
import { orgIndex } from './org-snapshot.js';

/** Builds digests; the digest module's `composeTeamDigest` and `composeOrgRollup`. */
export interface DigestComposer {
  team(store: Store, teamId: number, at: Date): Promise<Result<Message>>;
  rollup(store: Store, at: Date): Promise<Message>;
}

/** The messages of one delivery: one message to one or more destinations. */
export interface Outgoing {
  to: Destination[];
  message: Message;
}

/** A delivery that turned out to have nothing to send, and why. */
export interface NotNeeded {
  skip: string;
}

/** The ports a delivery is built and sent with. */
export interface OutgoingDeps {
  store: Store;
  outbox: Outbox;
  digests: DigestComposer;
}

/** A DM to a person, named for display. */
export const dmTo = (p: Person): Destination => ({ kind: 'person', platform: p.platform, personId: p.id, platformUserId: p.platformUserId, displayName: p.displayName });

async function personal(deps: OutgoingDeps, org: OrgSnapshot, item: DueItem): Promise<Outgoing | NotNeeded> {
  const person = orgIndex(org).personById.get(item.personId ?? -1);
  if (!person) return { skip: 'person no longer known' };
  if (item.kind === 'reminder') {
    const why = await reminderNotNeeded(deps.store, person.id, item.period);
    if (why !== null) return { skip: why };
  }
  // NOTE: asked only now, when about to send: presence is a live platform call.
  if (await deps.outbox.isAway(person)) return { skip: 'away (platform status)' };
  if (item.kind === 'rollup') return { to: [dmTo(person)], message: await deps.digests.rollup(deps.store, item.due) };
  return { to: [dmTo(person)], message: await buildCheckin(deps.store, org, person, item.period, item.kind === 'reminder') };
}

/**
 * Where a team's digest goes: its channel on the channel's platform, and each lead by DM on
 * theirs. A channel set before platforms were recorded belongs to the only platform, if one.
 */
export function digestDestinations(org: OrgSnapshot, teamId: number, platforms: readonly Platform[]): Destination[] {
  const team = org.teams.find((t) => t.id === teamId);
  if (!team) return [];
  const leads = org.memberships.filter((m) => m.teamId === teamId && m.isLead).map((m) => org.people.find((p) => p.id === m.personId));
  const channelPlatform = team.channelPlatform ?? (platforms.length === 1 ? platforms[0] : undefined);
  const to: Destination[] = team.channel === null || channelPlatform === undefined || !platforms.includes(channelPlatform) ? [] : [{ kind: 'channel', platform: channelPlatform, channel: team.channel }];
  for (const lead of leads) if (lead) to.push(dmTo(lead));
  return to;
}

/**
 * The message and destinations for a due item. A digest that cannot be composed throws,
 * so it is retried like a failed send and the admins hear of it in the end.
 */
export async function outgoingFor(deps: OutgoingDeps, org: OrgSnapshot, item: DueItem): Promise<Outgoing | NotNeeded> {
  if (item.kind !== 'digest') return personal(deps, org, item);
  const to = digestDestinations(org, item.teamId ?? -1, deps.outbox.platforms);
  if (to.length === 0) return { skip: 'the team has no channel and no lead' };
  const digest = await deps.digests.team(deps.store, item.teamId ?? -1, item.due);
  if (!digest.ok) throw new Error(`digest not composed: ${digest.error.message}`);
  return { to, message: digest.value };
}
