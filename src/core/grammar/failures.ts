/** Failures for lines that do not start with a known command, with a suggested fix. Pure. */
import type { CommandSpec } from '../command-catalog.js';
import { fail, type Failure } from '../result.js';
import { FIRST_WORDS, groupMembers } from './match-head.js';
import { excerpt } from './sanitize.js';
import { closestWord } from './suggest.js';
import type { Token } from './tokenize.js';

type Failed = { ok: false; error: Failure };

/** Shown when nothing is close to what was typed. */
export const HELP_HINT = 'Type help to see what you can run.';

// Long enough to recognise the line, short enough for a one-line hint.
const HINT_LENGTH = 80;

const didYouMean = (words: string, line: string, rest: number): string =>
  `Did you mean: ${excerpt(`${words}${line.slice(rest)}`, HINT_LENGTH)}`;

/** The hint for a group typed without a known second word. */
export function groupHint(members: readonly CommandSpec[]): string {
  const only = members.length === 1 ? members[0] : undefined;
  if (only) return `Usage: ${only.usage}`;
  return `Try one of: ${members.map((s) => s.words.join(' ')).join(', ')}.`;
}

/** `team`, `team frobnicate x`, `team ad x @a`: a known group with a missing or unknown second word. */
export function groupFailure(group: string, tokens: readonly Token[], line: string): Failed {
  const members = groupMembers(group);
  const sub = tokens[1];
  if (!sub) return fail('COMMAND.MALFORMED', `"${group}" needs more words.`, groupHint(members));
  const fix = closestWord(sub.text, members.map((s) => s.words[1] ?? ''));
  const hint = fix ? didYouMean(`${group} ${fix}`, line, sub.end) : groupHint(members);
  return fail('COMMAND.MALFORMED', `"${excerpt(sub.text, 30)}" is not a ${group} command.`, hint);
}

/** A fix for a mistyped group's second word too (`tema ad x` → `team add x`), or null. */
function fixSecondWord(group: string, tokens: readonly Token[], line: string): string | null {
  const members = groupMembers(group);
  const sub = tokens[1];
  if (!sub) return null;
  const typed = sub.text.toLowerCase();
  const words = members.map((s) => s.words[1] ?? '');
  const fix = words.includes(typed) ? typed : closestWord(typed, words);
  return fix ? didYouMean(`${group} ${fix}`, line, sub.end) : null;
}

/** The first word is no command: suggest the nearest one with the rest of the line kept. */
export function unknownCommand(tokens: readonly Token[], line: string): Failed {
  // The word as typed, up to the first space, even when it opens a quote or a mention.
  const typed = /^\S*/.exec(line)?.[0] ?? '';
  const message = `I don't know the command "${excerpt(typed, 30)}".`;
  const fix = closestWord(tokens[0]?.kind === 'word' ? typed : '', FIRST_WORDS);
  if (!fix) return fail('COMMAND.UNKNOWN', message, HELP_HINT);
  // A group word alone is no command (`team`), so its second word needs fixing too.
  if (groupMembers(fix).length === 0) return fail('COMMAND.UNKNOWN', message, didYouMean(fix, line, typed.length));
  const hint = fixSecondWord(fix, tokens, line) ?? groupHint(groupMembers(fix));
  return fail('COMMAND.UNKNOWN', message, hint);
}
