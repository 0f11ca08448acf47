/** Finds which command a line starts with. Pure. */
import { COMMANDS, phrasesOf, type CommandSpec } from '../command-catalog.js';
import type { Token } from './tokenize.js';

/** How a line's first tokens relate to the catalog. */
export type HeadMatch =
  /** A command; `used` tokens spelled its words or alias. */
  | { kind: 'command'; spec: CommandSpec; used: number }
  /** The first word of a multi-word command (`team`, `digest`), without a known second word. */
  | { kind: 'group'; group: string; members: CommandSpec[] }
  | { kind: 'unknown' };

const lowerWord = (token: Token | undefined): string | null =>
  token && (token.kind === 'word' || token.kind === 'quoted') ? token.text.toLowerCase() : null;

/** Members of a group: the commands whose words start with `group` and go on. */
export const groupMembers = (group: string): CommandSpec[] =>
  COMMANDS.filter((s) => s.words.length > 1 && s.words[0] === group);

/** Every word that can start a command, canonical words first, then aliases. */
export const FIRST_WORDS: readonly string[] = [
  ...new Set([
    ...COMMANDS.map((s) => s.words[0] ?? ''),
    ...COMMANDS.flatMap((s) => s.aliases.map((a) => a.split(' ')[0] ?? '')),
  ]),
];

/** The command whose words (or alias) the tokens start with; the longest phrase wins. */
export function matchHead(tokens: readonly Token[]): HeadMatch {
  const words = tokens.slice(0, 3).map(lowerWord);
  let best: { spec: CommandSpec; used: number } | null = null;
  for (const spec of COMMANDS) {
    for (const phrase of phrasesOf(spec)) {
      const fits = phrase.every((w, i) => words[i] === w);
      if (fits && phrase.length > (best?.used ?? 0)) best = { spec, used: phrase.length };
    }
  }
  if (best) return { kind: 'command', ...best };
  const members = groupMembers(words[0] ?? '');
  return members.length > 0 ? { kind: 'group', group: words[0] ?? '', members } : { kind: 'unknown' };
}
