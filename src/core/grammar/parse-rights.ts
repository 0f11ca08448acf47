/** Parsers for the data-rights commands of admins: `export wins`, `forget @person`. Pure. */
import type { Command } from '../commands.js';
import { ok, type Result } from '../result.js';
import { parseIsoDate } from '../values.js';
import { malformed, quote, rejectExtra, spacedName, valueText, type ArgContext } from './args.js';
import { readTeamName } from './parse-team.js';
import { toMention } from './references.js';

// Phones and Macs turn a typed `--` into a dash; accept what they produce.
const FLAG = /^(?:--|—|–)(from|to)$/i;

/** `export wins [team] [--from YYYY-MM-DD] [--to YYYY-MM-DD]`. */
export function parseExportWins(ctx: ArgContext): Result<Command> {
  const dates: { from: string | null; to: string | null } = { from: null, to: null };
  const rest = [];
  for (let i = 0; i < ctx.args.length; i++) {
    const flag = FLAG.exec(ctx.args[i]!.text)?.[1]?.toLowerCase() as 'from' | 'to' | undefined;
    if (flag === undefined) { rest.push(ctx.args[i]!); continue; }
    const value = ctx.args[++i];
    if (!value) return malformed(ctx, `--${flag} needs a date, e.g. --${flag} 2026-11-01.`);
    const day = parseIsoDate(valueText(value));
    if (!day.ok) return day;
    dates[flag] = day.value;
  }
  if (dates.from !== null && dates.to !== null && dates.from > dates.to) return malformed(ctx, `--from ${dates.from} is after --to ${dates.to}.`);
  const team = readTeamName(ctx, rest);
  return team.ok ? ok({ name: 'export-wins', team: team.value, ...dates }) : team;
}

/** `forget @person [confirm]` (admin). */
export function parseForgetPerson(ctx: ArgContext): Result<Command> {
  const [who, word] = ctx.args;
  const person = who ? toMention(who) : null;
  if (!person) return malformed(ctx, who ? `${quote(who)} is not a person; name them as @name.` : 'forget needs the person to forget, as @name (or: forget me).');
  if (word && word.text.toLowerCase() !== 'confirm') return malformed(ctx, `Only "confirm" may follow the person, not ${quote(word)}.${spacedName(who, word)}`);
  const extra = rejectExtra(ctx, 2);
  return extra.ok ? ok({ name: 'forget-person', person, confirmed: word !== undefined }) : extra;
}
