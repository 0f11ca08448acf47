/** `digest send <team> [--again]` (admin). */
import type { Message } from '../../core/message.js';
import { note } from '../../core/replies/basic.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { Ctx } from '../context.js';
import { deliveryDeps } from '../deliveries/engine.js';
import { loadOrgSnapshot } from '../deliveries/org-snapshot.js';
import { sendDigestNow } from '../deliveries/send-digest-now.js';
import { findTeamNamed } from '../teams.js';
import { audited } from './settings.js';

/** Sends a team's digest now through this week's claim (or, with `again`, another copy); audited either way. */
export async function digestSend(ctx: Ctx, teamName: string, again: boolean): Promise<Result<Message>> {
  const deps = deliveryDeps(ctx.deps);
  if (deps === null) return fail('DIGEST.NO_PLATFORM', 'This shiplog has no chat platform to send digests through.', 'Run it with Slack, Teams or the console.');
  const team = await findTeamNamed(ctx.store, teamName);
  if (!team) {
    const names = (await ctx.store.listTeams()).map((t) => t.name);
    return fail('TEAM.NOT_FOUND', `There is no team called "${teamName}".`, names.length > 0 ? `Teams: ${names.join(', ')}.` : 'Create it with: team create <name>');
  }
  const sent = await sendDigestNow(deps, await loadOrgSnapshot(ctx.store, deps.outbox.platforms), team, ctx.now, again);
  await audited(ctx, again ? 'digest.send.again' : 'digest.send', `team:${team.name}`, sent.ok ? `sent ${sent.value.week}` : `not sent: ${sent.error.code}`);
  if (!sent.ok) return sent;
  const places = sent.value.destinations === 1 ? '1 place' : `${sent.value.destinations} places`;
  return ok(note(`Sent ${team.name}'s digest for ${sent.value.week} to ${places}.`));
}
