/** What a command's argument parser receives, and helpers they share. Pure. */
import type { CommandSpec } from '../command-catalog.js';
import type { Command } from '../commands.js';
import { fail, ok, type Failure, type Result } from '../result.js';
import { excerpt } from './sanitize.js';
import type { Token } from './tokenize.js';

/** A matched command with the tokens after its words. */
export interface ArgContext {
  spec: CommandSpec;
  /** The command words as typed, lower-case (`win`, `team add`), for messages. */
  head: string;
  /** Tokens after the command words. */
  args: readonly Token[];
  /** The cleaned line; token offsets point into it. */
  line: string;
  /** Offset just past the command words: where free text starts. */
  restStart: number;
}

/** Parses the arguments of one command. */
export type ArgParser = (ctx: ArgContext) => Result<Command>;

/** The catalog's usage line as a hint. */
export const usageHint = (spec: CommandSpec): string => `Usage: ${spec.usage}`;

/** A `COMMAND.MALFORMED` failure whose hint is the command's usage line. */
export const malformed = (ctx: ArgContext, message: string): { ok: false; error: Failure } =>
  fail('COMMAND.MALFORMED', message, usageHint(ctx.spec));

/** A token quoted back to the person, shortened. */
export const quote = (token: Token | string): string =>
  `"${excerpt(typeof token === 'string' ? token : token.text, 40)}"`;

/** Words of tokens joined by single spaces (quoted groups keep their inner spaces). */
export const joinTexts = (tokens: readonly Token[]): string => tokens.map((t) => t.text).join(' ');

/** For commands that take nothing: any token after the words is an error. */
export function noArgs(ctx: ArgContext, command: Command): Result<Command> {
  const extra = ctx.args[0];
  if (!extra) return ok(command);
  return malformed(ctx, `${ctx.head} takes nothing after it, but ${quote(joinTexts(ctx.args))} was given.`);
}

/** Fails on tokens beyond the first `count`. */
export function rejectExtra(ctx: ArgContext, count: number): Result<null> {
  const extra = ctx.args.slice(count);
  if (extra.length === 0) return ok(null);
  return malformed(ctx, `I did not expect ${quote(joinTexts(extra))} after ${ctx.head}.`);
}

const ID = /^#?(\d{1,15})$/;

/** A win id: a positive whole number, optionally written `#12`. */
export function readWinId(ctx: ArgContext, token: Token | undefined): Result<number> {
  if (!token) return malformed(ctx, `${ctx.head} needs the id of a win, e.g. ${ctx.spec.examples[0] ?? ctx.spec.usage}.`);
  const id = token.kind === 'word' ? Number(ID.exec(token.text)?.[1] ?? NaN) : NaN;
  if (!(id >= 1)) return malformed(ctx, `${quote(token)} is not a win id; ids are numbers like 12.`);
  return ok(id);
}

/** A quote that never closes: say so, with the usage line. */
export const unclosedQuote = (ctx: ArgContext, token: Token): { ok: false; error: Failure } =>
  malformed(ctx, `The quote before "${excerpt(token.text, 30)}" is never closed.`);

/**
 * A token's text for the values.ts parsers, which echo bad input in their messages:
 * every valid value is short, so shortening only keeps huge input out of the reply.
 */
export const valueText = (token: Token): string => excerpt(token.text, 40);

/**
 * After a typed `@Ada`, a plain word is most likely the rest of a name with a space:
 * the sentence saying how to write one, or '' when that is not the case.
 */
export function spacedName(prev: Token | undefined, token: Token): string {
  const first = prev?.kind === 'word' && prev.text.startsWith('@') ? excerpt(prev.text.slice(1), 30) : '';
  if (first === '' || token.kind !== 'word' || /^[@#<]/.test(token.text)) return '';
  const rest = excerpt(token.text, 30);
  return ` For a name with a space, write @${first}_${rest} or "@${first} ${rest}".`;
}
