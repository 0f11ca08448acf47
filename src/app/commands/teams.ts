/** Team administration: create, delete, list, members, leads, channel, holidays. */
import type { ChannelRef, Mention } from '../../core/commands.js';
import { pastHolidayInstead } from '../../core/holiday-rules.js';
import type { Message } from '../../core/message.js';
import { teamListReply } from '../../core/replies/admin-replies.js';
import { note } from '../../core/replies/basic.js';
import { localDate } from '../../core/time.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { IsoDate, Team } from '../../core/types.js';
import type { Ctx } from '../context.js';
import { resolveMention, resolveMentions } from '../people.js';
import { createNamedTeam, findTeamNamed } from '../teams.js';
import { audited } from './settings.js';

const TEAM_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,39}$/u;

export async function findTeam(ctx: Ctx, name: string): Promise<Result<Team>> {
  const team = await findTeamNamed(ctx.store, name);
  if (team) return ok(team);
  const names = (await ctx.store.listTeams()).map((t) => t.name);
  return fail('TEAM.NOT_FOUND', `There is no team called "${name}".`, names.length > 0 ? `Teams: ${names.join(', ')}.` : 'Create it with: team create <name>');
}

export async function createTeam(ctx: Ctx, name: string): Promise<Result<Message>> {
  if (!TEAM_NAME.test(name)) {
    return fail('TEAM.BAD_NAME', `"${name}" is not a usable team name.`, 'Use up to 40 letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit.');
  }
  const created = await createNamedTeam(ctx.store, name);
  if (!created.ok) return created;
  await audited(ctx, 'team.create', `team:${created.value.name}`);
  return ok(note(`Created team ${created.value.name}. Add people with: team add ${created.value.name} @person`));
}

export async function deleteTeam(ctx: Ctx, name: string): Promise<Result<Message>> {
  const team = await findTeam(ctx, name);
  if (!team.ok) return team;
  await ctx.store.deleteTeam(team.value.id);
  await audited(ctx, 'team.delete', `team:${team.value.name}`);
  return ok(note(`Deleted team ${team.value.name}. Its members' wins stay with them.`));
}

export async function listTeams(ctx: Ctx): Promise<Result<Message>> {
  const summaries = [];
  for (const team of await ctx.store.listTeams()) {
    const memberships = await ctx.store.listMemberships(team.id);
    const names = new Map((await ctx.store.listTeamMembers(team.id)).map((p) => [p.id, p.displayName]));
    const nameOf = (personId: number): string => names.get(personId) ?? '?';
    const leads = memberships.filter((m) => m.isLead).map((m) => nameOf(m.personId));
    const members = memberships.map((m) => nameOf(m.personId)).sort((a, b) => a.localeCompare(b));
    summaries.push({ team, members, leads, holidays: await ctx.store.listHolidays(team.id) });
  }
  return ok(teamListReply(summaries));
}

export async function changeMembers(ctx: Ctx, name: string, mentions: Mention[], add: boolean): Promise<Result<Message>> {
  const team = await findTeam(ctx, name);
  if (!team.ok) return team;
  const people = await resolveMentions(ctx.store, ctx.caller, mentions, ctx.settings.timeZone);
  if (!people.ok) return people;
  const changed: string[] = [];
  const unchanged: string[] = [];
  const current = new Set((await ctx.store.listMemberships(team.value.id)).map((m) => m.personId));
  for (const p of people.value) {
    if (add === current.has(p.id)) { unchanged.push(p.displayName); continue; }
    if (add) await ctx.store.upsertMembership(team.value.id, p.id, false);
    else await ctx.store.removeMembership(team.value.id, p.id);
    changed.push(p.displayName);
    // One entry a person, by id: the log names them as they are called when it is read.
    await audited(ctx, add ? 'team.add' : 'team.remove', `team:${team.value.name}`, '', p.id);
  }
  const verb = add ? 'Added' : 'Removed';
  const parts = [changed.length > 0 ? `${verb} ${changed.join(', ')} ${add ? 'to' : 'from'} ${team.value.name}.` : `No change to ${team.value.name}.`];
  if (unchanged.length > 0) parts.push(`${unchanged.join(', ')} ${add ? 'already in' : 'not in'} the team.`);
  return ok(note(parts.join(' ')));
}

export async function setLead(ctx: Ctx, name: string, mention: Mention, lead: boolean): Promise<Result<Message>> {
  const team = await findTeam(ctx, name);
  if (!team.ok) return team;
  const person = await resolveMention(ctx.store, ctx.caller, mention, ctx.settings.timeZone);
  if (!person.ok) return person;
  const { displayName, id } = person.value;
  const membership = (await ctx.store.listMemberships(team.value.id)).find((m) => m.personId === id);
  if ((membership?.isLead ?? false) === lead) {
    return ok(note(lead ? `${displayName} already leads ${team.value.name}; nothing changed.` : `${displayName} does not lead ${team.value.name}; nothing changed.`));
  }
  await ctx.store.upsertMembership(team.value.id, id, lead);
  await audited(ctx, lead ? 'team.lead' : 'team.lead.remove', `team:${team.value.name}`, '', id);
  return ok(note(lead
    ? `${displayName} now leads ${team.value.name} and will get its weekly digest.`
    : `${displayName} no longer leads ${team.value.name} (still a member) and will not get its digest.`));
}

export async function listHolidays(ctx: Ctx, name: string): Promise<Result<Message>> {
  const team = await findTeam(ctx, name);
  if (!team.ok) return team;
  const days = await ctx.store.listHolidays(team.value.id);
  return ok(note(days.length === 0
    ? `${team.value.name} has no holidays. Add one with: team holiday add ${team.value.name} 2026-12-25`
    : `${team.value.name}'s holidays: ${days.join(', ')}.`));
}

export async function setChannel(ctx: Ctx, name: string, channel: ChannelRef | null): Promise<Result<Message>> {
  const team = await findTeam(ctx, name);
  if (!team.ok) return team;
  const value = channel === null ? null : (channel.id ?? channel.name ?? '');
  const shown = channel === null ? '' : `#${channel.name ?? value}`;
  if (value === team.value.channel) {
    return ok(note(value === null ? `${team.value.name} had no channel; nothing changed.` : `${team.value.name}'s digest already goes to ${shown}; nothing changed. ${await accessWords(ctx, value, shown)}`.trim()));
  }
  await ctx.store.updateTeam(team.value.id, { channel: value, channelPlatform: value === null ? null : ctx.caller.platform });
  await audited(ctx, 'team.channel', `team:${team.value.name}`, value ?? '(none)');
  if (value === null) return ok(note(`${team.value.name}'s digest is no longer posted to a channel; its leads still get it by DM.`));
  return ok(note(`${team.value.name}'s digest will also be posted to ${shown}. ${await accessWords(ctx, value, shown)}`.trim()));
}

/** Whether shiplog can post there, asked of the platform at once so a missing invite shows now, not on Friday. */
async function accessWords(ctx: Ctx, channel: string, shown: string): Promise<string> {
  const platform = ctx.deps.platforms?.find((p) => p.platform === ctx.caller.platform);
  const access = (await platform?.channelAccess?.(channel)) ?? { status: 'unknown' as const };
  if (access.status === 'ok') return `shiplog can post in ${shown}.`;
  if (access.status === 'refused') return `But ${access.reason}, so the digest would not arrive. ${access.fix}`;
  return '';
}

export async function changeHoliday(ctx: Ctx, name: string, day: IsoDate, add: boolean): Promise<Result<Message>> {
  const team = await findTeam(ctx, name);
  if (!team.ok) return team;
  const zone = team.value.timeZone ?? ctx.settings.timeZone;
  const today = localDate(ctx.now, zone);
  const instead = add ? pastHolidayInstead(day, today) : null;
  if (instead !== null) {
    return fail('TEAM.PAST_HOLIDAY', `${day} has already passed (today is ${today} in ${zone}), so a holiday then would change nothing.`, `For the next one: team holiday add ${team.value.name.includes(' ') ? `"${team.value.name}"` : team.value.name} ${instead}`);
  }
  const changed = add ? await ctx.store.addHoliday(team.value.id, day) : await ctx.store.removeHoliday(team.value.id, day);
  if (!changed) return ok(note(`${day} ${add ? 'was already' : 'was not'} a holiday for ${team.value.name}.`));
  await audited(ctx, add ? 'team.holiday.add' : 'team.holiday.remove', `team:${team.value.name}`, day);
  return ok(note(add ? `${day} is a holiday for ${team.value.name}: no check-ins that day.` : `${day} is no longer a holiday for ${team.value.name}.`));
}
