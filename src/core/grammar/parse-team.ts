/** Parsers for `team …` commands. Pure. */
import type { ChannelRef, Command, Mention } from '../commands.js';
import { ok, type Result } from '../result.js';
import { parseIsoDate } from '../values.js';
import { joinTexts, malformed, quote, spacedName, valueText, type ArgContext } from './args.js';
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
  for (const [i, token] of (split < 0 ? [] : ctx.args.slice(split)).entries()) {
    const person = toMention(token);
    if (!person) return malformed(ctx, `${quote(token)} is not a person; name people as @name.${spacedName(ctx.args[split + i - 1], token)}`);
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

/** `team lead <team> <mention>`, or `team lead remove <team> <mention>`. */
export function parseTeamLead(ctx: ArgContext): Result<Command> {
  const remove = ctx.args[0]?.text.toLowerCase() === 'remove' && ctx.args.length > 2;
  const parsed = teamAndPeople(remove ? { ...ctx, args: ctx.args.slice(1) } : ctx);
  if (!parsed.ok) return parsed;
  const [person, ...more] = parsed.value.people;
  if (!person || more.length > 0) return malformed(ctx, 'team lead takes one person at a time.');
  return ok({ name: 'team-lead', team: parsed.value.team, person, remove });
}

/** `team channel <team> <channel>`, or `team channel <team> none` to clear it. */
export function parseTeamChannel(ctx: ArgContext): Result<Command> {
  const last = ctx.args.at(-1);
  if (last && ctx.args.length > 1 && /^(none|off|-)$/i.test(valueText(last))) {
    const team = requireTeam(ctx, ctx.args.slice(0, -1), ' before none');
    return team.ok ? ok({ name: 'team-channel', team: team.value, channel: null }) : team;
  }
  const channel: ChannelRef | null = last ? toChannel(last) : null;
  if (!last || !channel) return malformed(ctx, 'team channel needs a team name and then a channel, as #channel.');
  const team = requireTeam(ctx, ctx.args.slice(0, -1), ' before the channel');
  if (!team.ok) return team;
  return ok({ name: 'team-channel', team: team.value, channel });
}

/** `team set <team> <key> <value>`: the last two words are the key and the value. */
export function parseTeamSet(ctx: ArgContext): Result<Command> {
  if (ctx.args.length < 3) return malformed(ctx, 'team set needs a team, a key and a value, e.g. team set Payments timezone Europe/Berlin.');
  const team = requireTeam(ctx, ctx.args.slice(0, -2), ' before the key');
  if (!team.ok) return team;
  const [key, value] = ctx.args.slice(-2).map(valueText) as [string, string];
  return ok({ name: 'team-set', team: team.value, key: key.toLowerCase(), value });
}

/** `team holiday add|remove <team> <date>`. */
export function parseTeamHoliday(ctx: ArgContext): Result<Command> {
  const action = ctx.args[0]?.text.toLowerCase();
  if (action === 'list') {
    const team = requireTeam(ctx, ctx.args.slice(1), '');
    return team.ok ? ok({ name: 'team-holiday', action, team: team.value, day: null }) : team;
  }
  if (action !== 'add' && action !== 'remove') return malformed(ctx, 'team holiday needs add, remove or list, then a team (and a date).');
  const last = ctx.args.length > 2 ? ctx.args.at(-1) : undefined;
  if (!last) return malformed(ctx, `team holiday ${action} needs a team name and a date.`);
  const team = requireTeam(ctx, ctx.args.slice(1, -1), ' before the date');
  if (!team.ok) return team;
  const day = parseIsoDate(valueText(last));
  return day.ok ? ok({ name: 'team-holiday', action, team: team.value, day: day.value }) : day;
}
