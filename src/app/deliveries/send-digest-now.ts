/** `digest send <team> [--again]`: the team's digest now, through the same weekly claim. */
import { sendFailure } from '../ports/index.js';
import { isoWeekOf } from '../../core/iso-week.js';
import type { Message } from '../../core/message.js';
import { digestSlot } from '../../core/schedule/due.js';
import type { OrgSnapshot } from '../../core/schedule/due-items.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { Team } from '../../core/types.js';
import { digestDestinations, type OutgoingDeps } from './outgoing.js';
import { DELIVERY_POLICY } from './policy.js';
import { sendToEach } from './send-each.js';

/** Where a sent digest went. */
export interface DigestSent {
  week: string;
  destinations: number;
}

/**
 * Sends this week's digest (the team's own week) unless it already went out. `again`
 * sends another copy, recorded under kind `digest-again` so the weekly claim and the
 * history of scheduled digests stay one per week.
 */
export async function sendDigestNow(deps: OutgoingDeps, org: OrgSnapshot, team: Team, now: Date, again: boolean): Promise<Result<DigestSent>> {
  const week = isoWeekOf(now, digestSlot(team, org.settings).zone);
  const to = digestDestinations(org, team.id, deps.outbox.platforms);
  if (to.length === 0) {
    return fail('DIGEST.NOWHERE', `${team.name} has no channel and no lead, so its digest has nowhere to go.`, `Set one with: team channel ${team.name} #channel, or team lead ${team.name} @person`);
  }
  const key = again ? { kind: 'digest-again', period: `${week}@${now.toISOString()}` } : { kind: 'digest', period: week };
  const target = `team:${team.id}`;
  if (!(await deps.store.claimDelivery(key.kind, target, key.period, now, new Date(now.getTime() - DELIVERY_POLICY.staleClaimMs)))) {
    const done = await deps.store.getDelivery(key.kind, target, key.period);
    const when = done?.sentAt ? ` at ${done.sentAt.slice(0, 16).replace('T', ' ')} UTC` : '';
    return fail('DIGEST.ALREADY_SENT', `${team.name}'s digest for ${week} went out already${when} (or is being sent right now).`, `To send it once more anyway: digest send ${team.name} --again`);
  }
  const digest = await deps.digests.team(deps.store, team.id, now);
  if (!digest.ok) {
    await deps.store.completeDelivery(key.kind, target, key.period, 'failed', now, { error: digest.error.message });
    return digest;
  }
  return send(deps, to, digest.value, { ...key, target, week }, now);
}

async function send(
  deps: OutgoingDeps, to: ReturnType<typeof digestDestinations>, message: Message,
  key: { kind: string; target: string; period: string; week: string }, now: Date,
): Promise<Result<DigestSent>> {
  try {
    await sendToEach(deps, key, to, message, now);
  } catch (error) {
    const { reason, fix } = sendFailure(error);
    await deps.store.completeDelivery(key.kind, key.target, key.period, 'failed', now, { error: reason });
    return fail('DIGEST.SEND_FAILED', `The digest could not be delivered: ${reason}.`, fix ?? 'shiplog retries it on its own; check the platform connection.');
  }
  await deps.store.completeDelivery(key.kind, key.target, key.period, 'sent', now, { payload: JSON.stringify(message) });
  return ok({ week: key.week, destinations: to.length });
}
