/** Parsers for `team …` commands. Pure. */
import type { ChannelRef, Command, Mention } from '../commands.js';
import { ok, type Result } from '../result.js';
import { parseIsoDate } from '../values.js';
import { joinTexts, malformed, quote, valueText, type ArgContext } from './args.js';
import { isReference, toChannel, toMention } from './references.js';
import type { Token } from './tokenize.js';

/**
 * A team name from its tokens: one quoted group or several plain words, joined.
 * Null when there are none; a failure when one of them names a person or channel.
 */
export function readTeamName(ctx: ArgContext, tokens: readonly Token[]): Result<string | null> {
  const odd = tokens.find(isReference);
  if (odd) return malformed(ctx, `${quote(odd)} is not a team name; put the team name first.`);
  const name = joinTexts(tokens).trim();
  return ok(name || null);
}

function requireTeam(ctx: ArgContext, tokens: readonly Token[], then: string): Result<string> {
  const name = readTeamName(ctx, tokens);
  if (!name.ok) return name;
  return name.value ? ok(name.value) : malformed(ctx, `${ctx.head} needs a team name${then}.`);
}

/** `team create <team>` and `team delete <team>`. */
export function parseTeamName(ctx: ArgContext): Result<Command> {
  const team = requireTeam(ctx, ctx.args, '');
  if (!team.ok) return team;
  return ok(ctx.spec.name === 'team-delete' ? { name: 'team-delete', team: team.value } : { name: 'team-create', team: team.value });
}

/** Splits `<team words> <mention…>` at the first mention. */
function teamAndPeople(ctx: ArgContext): Result<{ team: string; people: Mention[] }> {
  const split = ctx.args.findIndex(isReference);
  const teamTokens = split < 0 ? ctx.args : ctx.args.slice(0, split);
  const team = requireTeam(ctx, teamTokens, ' before the people');
  if (!team.ok) return team;
  const people: Mention[] = [];
  for (const token of split < 0 ? [] : ctx.args.slice(split)) {
    const person = toMention(token);
    if (!person) return malformed(ctx, `${quote(token)} is not a person; name people as @name.`);
    people.push(person);
  }
  if (people.length === 0) return malformed(ctx, `${ctx.head} needs at least one person after the team, as @name.`);
  return ok({ team: team.value, people });
}

/** `team add|remove <team> <mention…>`. */
export function parseTeamPeople(ctx: ArgContext): Result<Command> {
  const parsed = teamAndPeople(ctx);
  if (!parsed.ok) return parsed;
  const { team, people } = parsed.value;
  return ok(ctx.spec.name === 'team-remove' ? { name: 'team-remove', team, people } : { name: 'team-add', team, people });
}

/** `team lead <team> <mention>`. */
export function parseTeamLead(ctx: ArgContext): Result<Command> {
  const parsed = teamAndPeople(ctx);
  if (!parsed.ok) return parsed;
  const [person, ...more] = parsed.value.people;
  if (!person || more.length > 0) return malformed(ctx, 'team lead takes one person at a time.');
  return ok({ name: 'team-lead', team: parsed.value.team, person });
}

/** `team channel <team> <channel>`. */
export function parseTeamChannel(ctx: ArgContext): Result<Command> {
  const last = ctx.args.at(-1);
  const channel: ChannelRef | null = last ? toChannel(last) : null;
  if (!last || !channel) return malformed(ctx, 'team channel needs a team name and then a channel, as #channel.');
  const team = requireTeam(ctx, ctx.args.slice(0, -1), ' before the channel');
  if (!team.ok) return team;
  return ok({ name: 'team-channel', team: team.value, channel });
}

/** `team holiday add|remove <team> <date>`. */
export function parseTeamHoliday(ctx: ArgContext): Result<Command> {
  const action = ctx.args[0]?.text.toLowerCase();
  if (action !== 'add' && action !== 'remove') return malformed(ctx, 'team holiday needs add or remove, then a team and a date.');
  const last = ctx.args.length > 2 ? ctx.args.at(-1) : undefined;
  if (!last) return malformed(ctx, `team holiday ${action} needs a team name and a date.`);
  const team = requireTeam(ctx, ctx.args.slice(1, -1), ' before the date');
  if (!team.ok) return team;
  const day = parseIsoDate(valueText(last));
  return day.ok ? ok({ name: 'team-holiday', action, team: team.value, day: day.value }) : day;
}
