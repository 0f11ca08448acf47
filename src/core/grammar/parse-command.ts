/** The one command grammar, shared by Slack, Teams and the console. Pure. */
import type { Command } from '../commands.js';
import { fail, type Result } from '../result.js';
import { unclosedQuote, type ArgContext } from './args.js';
import { groupFailure, HELP_HINT, unknownCommand } from './failures.js';
import { matchHead } from './match-head.js';
import { unknownOption } from './options.js';
import { PARSERS, READS_RAW_TEXT } from './parsers.js';
import { cleanLine } from './sanitize.js';
import { tokenize, type Token } from './tokenize.js';

function runCommand(ctx: ArgContext): Result<Command> {
  const unclosed = READS_RAW_TEXT.has(ctx.spec.name) ? undefined : ctx.args.find((t) => t.kind === 'unclosed');
  if (unclosed) return unclosedQuote(ctx, unclosed);
  // Free text (a win, a help topic) may hold anything, `--` included.
  const option = READS_RAW_TEXT.has(ctx.spec.name) || ctx.spec.name === 'help' ? null : unknownOption(ctx);
  if (option) return option;
  return PARSERS[ctx.spec.name](ctx);
}

/**
 * Parses one typed line (`log …`, `/shiplog team add …`) into a command. Command words
 * are case-insensitive; a leading `/shiplog` is ignored. Never throws: a bad line is a
 * failure coded `COMMAND.EMPTY`, `COMMAND.UNKNOWN`, `COMMAND.MALFORMED` or a `VALUE.*`
 * code, with a message saying what was wrong and a hint naming the closest valid command.
 */
export function parseCommand(input: string): Result<Command> {
  const line = cleanLine(input);
  if (!line) return fail('COMMAND.EMPTY', 'There was no command to run.', HELP_HINT);
  const tokens: Token[] = tokenize(line);
  const head = matchHead(tokens);
  if (head.kind === 'unknown') return unknownCommand(tokens, line);
  if (head.kind === 'group') return groupFailure(head.group, tokens, line);
  const words = tokens.slice(0, head.used);
  return runCommand({
    spec: head.spec,
    head: words.map((t) => t.text.toLowerCase()).join(' '),
    args: tokens.slice(head.used),
    line,
    restStart: words.at(-1)?.end ?? 0,
  });
}
