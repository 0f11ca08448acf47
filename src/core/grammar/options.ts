/** Options (`--again`, `--from`): an unknown one is named, never read as a team or ignored. Pure. */
import type { CommandSpec } from '../command-catalog.js';
import type { Failure } from '../result.js';
import { malformed, quote, type ArgContext } from './args.js';
import { closestWord } from './suggest.js';
import type { Token } from './tokenize.js';

// Phones and Macs turn a typed `--` into a dash; accept what they produce.
const OPTION = /^(?:--|—|–)(\S+)$/;

/** The options a command's usage line offers, e.g. `['--from', '--to']`. */
export const optionsOf = (spec: CommandSpec): string[] => [...spec.usage.matchAll(/--[a-z-]+/g)].map((m) => m[0]);

const optionName = (token: Token): string | null => {
  const name = token.kind === 'word' ? OPTION.exec(token.text)?.[1] : undefined;
  return name === undefined ? null : `--${name.toLowerCase()}`;
};

/** A failure naming the first option the command does not have, with its options or usage; null when all are known. */
export function unknownOption(ctx: ArgContext): { ok: false; error: Failure } | null {
  const known = optionsOf(ctx.spec);
  const token = ctx.args.find((t) => {
    const name = optionName(t);
    return name !== null && !known.includes(name);
  });
  if (token === undefined) return null;
  if (known.length === 0) return malformed(ctx, `${ctx.head} has no options, so ${quote(token)} means nothing to it.`);
  const near = closestWord(optionName(token)!, known);
  const guess = near === null ? '' : ` Did you mean ${near}?`;
  return malformed(ctx, `${quote(token)} is not an option of ${ctx.head}; its options: ${known.join(', ')}.${guess}`);
}
