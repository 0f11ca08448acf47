/** `digest preview [team]` and `digest history [team]`: for the team's leads and admins. */
import type { Message } from '../../core/message.js';
import { historyReply, previewReply, type SentDigest } from '../../core/digest/replies.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { Team } from '../../core/types.js';
import type { Ctx } from '../context.js';
import { findTeamNamed } from '../teams.js';
import { maySee, type Viewer } from '../../core/visibility.js';
import { mayRun } from '../../core/permissions.js';
import { composeTeamDigest } from './compose.js';

/** How many past digests `digest history` shows. */
export const HISTORY_SHOWN = 8;

type Verb = 'preview' | 'history';

const teamList = (teams: Team[]): string => teams.map((t) => t.name).join(', ');

/** The team the caller means, and may see: named, or the one they lead. */
async function digestTeam(ctx: Ctx, name: string | null, verb: Verb): Promise<Result<Team>> {
  const led: Team[] = [];
  for (const m of (await ctx.store.teamsOf(ctx.person.id)).filter((x) => x.isLead)) {
    const team = await ctx.store.getTeam(m.teamId);
    if (team) led.push(team);
  }
  if (name === null) return onlyLedTeam(ctx, led, verb);
  const team = await findTeamNamed(ctx.store, name);
  const visible = ctx.person.isAdmin ? await ctx.store.listTeams() : led;
  if (!team) {
    return fail('TEAM.NOT_FOUND', `There is no team called "${name}".`, visible.length > 0 ? `Teams you can ${verb}: ${teamList(visible)}.` : undefined);
  }
  const viewer: Viewer = led.some((t) => t.id === team.id) ? 'lead' : ctx.person.isAdmin ? 'admin' : 'stranger';
  if (maySee(viewer, { kind: 'digest-section', section: 'headline' })) return ok(team);
  return fail('AUTH.FORBIDDEN', `Only the leads of ${team.name} and admins can ${verb} its digest.`, led.length > 0 ? `You lead: ${teamList(led)}.` : undefined);
}

async function onlyLedTeam(ctx: Ctx, led: Team[], verb: Verb): Promise<Result<Team>> {
  if (led.length === 1) return ok(led[0] as Team);
  if (led.length > 1) {
    return fail('DIGEST.TEAM_NEEDED', `You lead ${led.length} teams (${teamList(led)}); say which one.`, `Try: digest ${verb} ${led[0]?.name ?? ''}`);
  }
  const all = await ctx.store.listTeams();
  return fail('DIGEST.TEAM_NEEDED', `You don't lead a team, so name one: digest ${verb} <team>.`, all.length > 0 ? `Teams: ${teamList(all)}.` : 'There are no teams yet: team create <name>');
}

/** This week's digest for the team, as it would go out now; private to the caller. */
export async function previewDigest(ctx: Ctx, name: string | null): Promise<Result<Message>> {
  const team = await digestTeam(ctx, name, 'preview');
  if (!team.ok) return team;
  const digest = await composeTeamDigest(ctx.store, team.value.id, ctx.now, ctx.deps.verifiers);
  return digest.ok ? ok(previewReply(digest.value, team.value.name, mayRun('admin', await ctx.standing()))) : digest;
}

function parseStored(payload: string | null): Message | null {
  if (payload === null) return null;
  try {
    const parsed = JSON.parse(payload) as Partial<Message>;
    return Array.isArray(parsed.blocks) && typeof parsed.summary === 'string' ? (parsed as Message) : null;
  } catch {
    return null;
  }
}

/** The last {@link HISTORY_SHOWN} digests sent to the team, newest first, as they were sent. */
export async function digestHistory(ctx: Ctx, name: string | null): Promise<Result<Message>> {
  const team = await digestTeam(ctx, name, 'history');
  if (!team.ok) return team;
  // Claimed, failed or skipped weeks have nothing to show; read enough to find the sent ones.
  const stored = await ctx.store.listDeliveries('digest', `team:${team.value.id}`, HISTORY_SHOWN * 4);
  const sent: SentDigest[] = stored
    .filter((d) => d.status === 'sent')
    .slice(0, HISTORY_SHOWN)
    .map((d) => ({ period: d.period, sentAt: d.sentAt, message: parseStored(d.payload) }));
  return ok(historyReply(team.value.name, sent));
}
