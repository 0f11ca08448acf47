/** Parsers for the commands everyone runs about themselves. Pure. */
import type { Command } from '../commands.js';
import { fail, ok, type Result } from '../result.js';
import { parseClockTime, parseIsoDate, parseOnOff, parseTimeZone, parseWeekday } from '../values.js';
import { joinTexts, malformed, noArgs, quote, readWinId, rejectExtra, valueText, type ArgContext } from './args.js';
import { excerpt } from './sanitize.js';

const WHAT_TEXT: Readonly<Record<string, string>> = {
  log: 'what AI helped you ship',
  setback: 'where AI cost you time',
};

/** Aliases of `log` that are the sentence's own verb, kept in the win's text. */
const SENTENCE_VERBS: ReadonlySet<string> = new Set(['shipped']);

/** `log <text>` and `setback <text>`: the rest of the line, verbatim. */
export function parseFreeText(ctx: ArgContext): Result<Command> {
  // "Shipped the export with Claude" is a win whose first word belongs to the sentence.
  const text = (SENTENCE_VERBS.has(ctx.head.toLowerCase()) ? ctx.line : ctx.line.slice(ctx.restStart)).trim();
  const name = ctx.spec.name === 'setback' ? 'setback' : 'log';
  if (text) return ok({ name, text });
  const example = ctx.spec.examples[0] ?? ctx.spec.usage;
  return fail('COMMAND.MALFORMED', `${ctx.head} needs a few words about ${WHAT_TEXT[name]}.`, `For example: ${example}`);
}

/** `help [topic]`: the topic as typed, lower-case. */
export function parseHelp(ctx: ArgContext): Result<Command> {
  const topic = joinTexts(ctx.args).toLowerCase();
  return ok({ name: 'help', topic: topic || null });
}

/** `delete <id>` and `endorse <id>`. */
export function parseWinAction(ctx: ArgContext): Result<Command> {
  const id = readWinId(ctx, ctx.args[0]);
  if (!id.ok) return id;
  const extra = rejectExtra(ctx, 1);
  if (!extra.ok) return extra;
  return ok(ctx.spec.name === 'endorse' ? { name: 'endorse', winId: id.value } : { name: 'delete', winId: id.value });
}

/** `away until <date>`, or `away <date>`. */
export function parseAway(ctx: ArgContext): Result<Command> {
  const skip = ['until', 'till', 'til'].includes(ctx.args[0]?.text.toLowerCase() ?? '') ? 1 : 0;
  // All the rest is the date, so `away until next friday` is told what a date looks like.
  const date = excerpt(joinTexts(ctx.args.slice(skip)), 40);
  if (!date) return malformed(ctx, `${ctx.head} needs the last day you are away, e.g. away until 2026-12-01.`);
  const until = parseIsoDate(date);
  return until.ok ? ok({ name: 'away', until: until.value }) : until;
}

/** `nudges on|off`. */
export function parseNudges(ctx: ArgContext): Result<Command> {
  const value = ctx.args[0];
  if (!value) return malformed(ctx, 'nudges needs on or off.');
  const extra = rejectExtra(ctx, 1);
  if (!extra.ok) return extra;
  const on = parseOnOff(valueText(value), 'nudges');
  return on.ok ? ok({ name: 'nudges', on: on.value }) : on;
}

/** `checkin <day> <HH:MM>`. */
export function parseCheckin(ctx: ArgContext): Result<Command> {
  const [dayToken, timeToken] = ctx.args;
  if (!dayToken || !timeToken) return malformed(ctx, `${ctx.head} needs a day and a time, e.g. checkin thu 15:00.`);
  const extra = rejectExtra(ctx, 2);
  if (!extra.ok) return extra;
  const day = parseWeekday(valueText(dayToken));
  if (!day.ok) return day;
  const time = parseClockTime(valueText(timeToken));
  return time.ok ? ok({ name: 'checkin', day: day.value, time: time.value }) : time;
}

/** `me`, `me 2` (a page of older wins), `me older` (page 2). */
export function parseMe(ctx: ArgContext): Result<Command> {
  const word = ctx.args[0];
  if (!word) return ok({ name: 'me', page: 1 });
  const extra = rejectExtra(ctx, 1);
  if (!extra.ok) return extra;
  const typed = valueText(word).toLowerCase();
  if (typed === 'older' || typed === 'more') return ok({ name: 'me', page: 2 });
  if (/^\d{1,4}$/.test(typed) && Number(typed) >= 1) return ok({ name: 'me', page: Number(typed) });
  return malformed(ctx, `me takes a page number (me 2) or older, not ${quote(word)}.`);
}

/** `timezone <zone>` or `timezone auto`. */
export function parseTimezone(ctx: ArgContext): Result<Command> {
  const value = ctx.args[0];
  if (!value) return malformed(ctx, `${ctx.head} needs a zone such as Europe/Berlin, or auto.`);
  const extra = rejectExtra(ctx, 1);
  if (!extra.ok) return extra;
  const typed = valueText(value);
  if (typed.toLowerCase() === 'auto') return ok({ name: 'timezone', zone: 'auto' });
  const zone = parseTimeZone(typed);
  return zone.ok ? ok({ name: 'timezone', zone: zone.value }) : zone;
}

/** `forget me [confirm]`. */
export function parseForgetMe(ctx: ArgContext): Result<Command> {
  const word = ctx.args[0];
  if (!word) return ok({ name: 'forget-me', confirmed: false });
  if (word.text.toLowerCase() !== 'confirm') return malformed(ctx, `Only "confirm" may follow forget me, not ${quote(word)}.`);
  const extra = rejectExtra(ctx, 1);
  return extra.ok ? ok({ name: 'forget-me', confirmed: true }) : extra;
}

/** Commands that take nothing after their words. */
export const parseBare =
  (command: Command) =>
  (ctx: ArgContext): Result<Command> =>
    noArgs(ctx, command);
