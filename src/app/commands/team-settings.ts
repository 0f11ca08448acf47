/** `team set <team> <key> <value>`: a team's own zone, digest day/time and check-in day/time. */
import type { Message } from '../../core/message.js';
import { note } from '../../core/replies/basic.js';
import { ok, type Result } from '../../core/result.js';
import { checkinShifts } from '../../core/schedule/index.js';
import { parseTeamSetting, teamSettingValue } from '../../core/team-settings.js';
import type { Team } from '../../core/types.js';
import type { Ctx } from '../context.js';
import { personCheckinWords, teamDigestWords } from './schedule-words.js';
import { audited } from './settings.js';
import { findTeam } from './teams.js';

export async function setTeamSetting(ctx: Ctx, name: string, key: string, value: string): Promise<Result<Message>> {
  const found = await findTeam(ctx, name);
  if (!found.ok) return found;
  const change = parseTeamSetting(key, value);
  if (!change.ok) return change;
  const team = found.value;
  const before = teamSettingValue(team, change.value);
  const shown = (v: string | null) => v ?? 'the workspace setting';
  if (before === change.value.value) {
    return ok(note(`${team.name}'s ${key} was already ${shown(before)}; nothing changed.`));
  }
  const updated = await ctx.store.updateTeam(team.id, { [change.value.field]: change.value.value });
  await audited(ctx, 'team.set', `team:${team.name}`, `${key}: ${shown(before)} -> ${shown(change.value.value)}`);
  const lead = `${team.name}'s ${key} is now ${shown(change.value.value)} (was ${shown(before)}).`;
  return ok(note(`${lead} ${await consequence(ctx, updated, key)}`));
}

/** What the change means for when things arrive. */
async function consequence(ctx: Ctx, team: Team, key: string): Promise<string> {
  if (!key.startsWith('checkin-')) return teamDigestWords(ctx, team);
  const day = team.checkinDay ?? ctx.settings.checkinDay;
  const time = team.checkinTime ?? ctx.settings.checkinTime;
  const shifts = checkinShifts({ day, time }, ctx.settings.workDays);
  const mine = (await ctx.store.teamsOf(ctx.person.id)).some((m) => m.teamId === team.id) ? ` For you: ${await personCheckinWords(ctx, ctx.person, shifts)}` : '';
  return [`Members get their check-in ${day} at ${time} in their own time zone, unless they set their own.`, ...shifts].join(' ') + mine;
}
