/** Parser for `edit <id> …`: which fields of a win to change. Pure. */
import type { Command, WinChanges } from '../commands.js';
import { fail, ok, type Result } from '../result.js';
import { CATEGORIES } from '../types.js';
import { parseDuration } from '../win-text/duration.js';
import { joinTexts, malformed, quote, readWinId, unclosedQuote, type ArgContext } from './args.js';
import { closestWord } from './suggest.js';
import type { Token } from './tokenize.js';

const FIELDS = ['text', 'category', 'saved', 'private', 'team', 'visibility'] as const;
type Field = (typeof FIELDS)[number];

const lower = (token: Token | undefined): string => (token?.kind === 'word' ? token.text.toLowerCase() : '');
const fieldOf = (token: Token | undefined): Field | null => FIELDS.find((f) => f === lower(token)) ?? null;
const KEY: Record<Field, keyof WinChanges> = {
  text: 'text', category: 'category', saved: 'minutes', private: 'visibility', team: 'visibility', visibility: 'visibility',
};
const LABEL: Record<keyof WinChanges, string> = { text: 'text', category: 'category', minutes: 'time saved', visibility: 'visibility' };

/** Where one change ends, and what it set. */
type Step = Result<{ next: number; changes: WinChanges }>;

function readCategory(ctx: ArgContext, at: number, winId: number): Step {
  const token = ctx.args[at + 1];
  const typed = (token?.text ?? '').toLowerCase().replace(/[\s_]+/g, '-');
  const category = CATEGORIES.find((c) => c === typed);
  if (category) return ok({ next: at + 2, changes: { category } });
  if (!token) return malformed(ctx, `category needs one of: ${CATEGORIES.join(', ')}.`);
  const fix = closestWord(typed, CATEGORIES);
  const hint = fix ? `Did you mean: edit ${winId} category ${fix}` : `Categories: ${CATEGORIES.join(', ')}.`;
  return fail('COMMAND.MALFORMED', `${quote(token)} is not a category.`, hint);
}

function readSaved(ctx: ArgContext, at: number): Step {
  let end = at + 1;
  while (end < ctx.args.length && !fieldOf(ctx.args[end])) end += 1;
  const words = ctx.args.slice(at + 1, end);
  if (words.length === 0) return malformed(ctx, 'saved needs an amount of time, e.g. saved 90 min.');
  const minutes = parseDuration(joinTexts(words));
  if (minutes === null) {
    return fail('COMMAND.MALFORMED', `${quote(joinTexts(words))} is not an amount of time.`, 'Write it like 2h, 30 min or half a day.');
  }
  return ok({ next: end, changes: { minutes } });
}

function readVisibility(ctx: ArgContext, at: number): Step {
  const value = lower(ctx.args[at + 1]);
  if (value === 'private' || value === 'team') return ok({ next: at + 2, changes: { visibility: value } });
  return malformed(ctx, 'visibility is either private or team.');
}

function readChange(ctx: ArgContext, at: number, winId: number): Step {
  const field = fieldOf(ctx.args[at]);
  switch (field) {
    case 'text': {
      const text = ctx.line.slice(ctx.args[at]?.end ?? ctx.line.length).trim();
      if (!text) return malformed(ctx, `edit ${winId} text needs the new text.`);
      return ok({ next: ctx.args.length, changes: { text } });
    }
    case 'category':
      return readCategory(ctx, at, winId);
    case 'saved':
      return readSaved(ctx, at);
    case 'private':
    case 'team':
      return ok({ next: at + 1, changes: { visibility: field } });
    case 'visibility':
      return readVisibility(ctx, at);
    case null:
      return malformed(ctx, `${quote(ctx.args[at]?.text ?? '')} is not something edit can change.`);
  }
}

/** The first unclosed quote before any `text` field, whose rest is free text. */
function quoteProblem(ctx: ArgContext): Token | undefined {
  const textAt = ctx.args.findIndex((t, i) => i > 0 && fieldOf(t) === 'text');
  return ctx.args.slice(0, textAt < 0 ? undefined : textAt).find((t) => t.kind === 'unclosed');
}

/** `edit <id>` then one or more of `text …`, `category …`, `saved …`, `private`, `team`, `visibility …`. */
export function parseEdit(ctx: ArgContext): Result<Command> {
  const unclosed = quoteProblem(ctx);
  if (unclosed) return unclosedQuote(ctx, unclosed);
  const id = readWinId(ctx, ctx.args[0]);
  if (!id.ok) return id;
  if (ctx.args.length === 1) return malformed(ctx, `edit ${id.value} needs what to change: text, category, saved, private or team.`);
  let changes: WinChanges = {};
  for (let at = 1; at < ctx.args.length; ) {
    const step = readChange(ctx, at, id.value);
    if (!step.ok) return step;
    const field = fieldOf(ctx.args[at]);
    if (field && changes[KEY[field]] !== undefined) return malformed(ctx, `The ${LABEL[KEY[field]]} is changed twice.`);
    changes = { ...changes, ...step.value.changes };
    at = step.value.next;
  }
  return ok({ name: 'edit', winId: id.value, changes });
}
