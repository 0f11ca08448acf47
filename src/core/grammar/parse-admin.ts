/** Parsers for digest, settings, usage-data and operations commands. Pure. */
import type { Command } from '../commands.js';
import { ok, type Result } from '../result.js';
import { parseWholeNumber } from '../values.js';
import { joinTexts, malformed, quote, rejectExtra, spacedName, valueText, type ArgContext } from './args.js';
import { toMention, unwrapMailto } from './references.js';
import { readTeamName } from './parse-team.js';

const AUDIT_DEFAULT = 20;
const AUDIT_MAX = 500;
// Phones and Macs turn a typed `--` into a dash; accept what they produce.
const AGAIN_FLAG = /^(?:--|—|–)again$/i;

/** `digest preview [team]` and `digest history [team]`. */
export function parseDigestView(ctx: ArgContext): Result<Command> {
  const team = readTeamName(ctx, ctx.args);
  if (!team.ok) return team;
  const name = ctx.spec.name === 'digest-history' ? 'digest-history' : 'digest-preview';
  return ok({ name, team: team.value });
}

/** `digest send <team> [--again]`. */
export function parseDigestSend(ctx: ArgContext): Result<Command> {
  const again = ctx.args.some((t) => t.kind === 'word' && AGAIN_FLAG.test(t.text));
  const team = readTeamName(ctx, ctx.args.filter((t) => !(t.kind === 'word' && AGAIN_FLAG.test(t.text))));
  if (!team.ok) return team;
  if (!team.value) return malformed(ctx, 'digest send needs the team whose digest to send.');
  return ok({ name: 'digest-send', team: team.value, again });
}

/** `set <key> <value…>`: only the shape; the app validates key and value. */
export function parseSet(ctx: ArgContext): Result<Command> {
  const [key, ...value] = ctx.args;
  if (!key) return malformed(ctx, 'set needs a setting name and a value.');
  const text = joinTexts(value).trim();
  if (!text) return malformed(ctx, `The setting ${quote(key.text.toLowerCase())} needs a value.`);
  return ok({ name: 'set', key: key.text.toLowerCase(), value: text });
}

/** `import [path]`. */
export function parseImport(ctx: ArgContext): Result<Command> {
  const path = joinTexts(ctx.args).trim();
  return ok({ name: 'import', path: path || null });
}

/** `ingest run [source]`. */
export function parseIngestRun(ctx: ArgContext): Result<Command> {
  const extra = rejectExtra(ctx, 1);
  if (!extra.ok) return extra;
  return ok({ name: 'ingest-run', source: ctx.args[0]?.text.toLowerCase() || null });
}

/** `map <source>:<identity> <mention>`. */
export function parseMap(ctx: ArgContext): Result<Command> {
  const [target, who] = ctx.args;
  const colon = target?.text.indexOf(':') ?? -1;
  const source = target ? target.text.slice(0, Math.max(colon, 0)).toLowerCase() : '';
  const identity = target ? unwrapMailto(target.text.slice(colon + 1)) : '';
  if (!target || !source || !identity) {
    return malformed(ctx, 'map needs a source and an identity joined by a colon, e.g. copilot:octocat.');
  }
  const person = who ? toMention(who) : null;
  if (!person) return malformed(ctx, `map needs the person ${quote(identity)} belongs to, as @name.`);
  const extra = rejectExtra(ctx, 2);
  return extra.ok ? ok({ name: 'map', source, identity, person }) : extra;
}

/** `audit [n]`, n from 1 to 500, default 20. */
export function parseAudit(ctx: ArgContext): Result<Command> {
  const count = ctx.args[0];
  if (!count) return ok({ name: 'audit', limit: AUDIT_DEFAULT });
  const extra = rejectExtra(ctx, 1);
  if (!extra.ok) return extra;
  const limit = parseWholeNumber(valueText(count), 'The number of audit entries', 1, AUDIT_MAX);
  return limit.ok ? ok({ name: 'audit', limit: limit.value }) : limit;
}

/** `admins add|remove <mention>`. */
export function parseAdmins(ctx: ArgContext): Result<Command> {
  const [verb, who] = ctx.args;
  const action = verb?.text.toLowerCase();
  if (action !== 'add' && action !== 'remove') return malformed(ctx, `${ctx.head} needs add or remove, then a person.`);
  const person = who ? toMention(who) : null;
  if (!person) {
    const what = who ? `${quote(who)} is not a person` : `admins ${action} needs a person`;
    return malformed(ctx, `${what}; name them as @name.`);
  }
  const spaced = ctx.args[2] ? spacedName(who, ctx.args[2]) : '';
  if (spaced) return malformed(ctx, `${quote(ctx.args[2]!)} is not a person.${spaced}`);
  const extra = rejectExtra(ctx, 2);
  return extra.ok ? ok({ name: 'admins', action, person }) : extra;
}
