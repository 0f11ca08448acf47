/** Splits a structured command line into tokens, keeping their offsets. Never fails. */

/**
 * - `word`: a run of non-space characters.
 * - `quoted`: text in matching quotes; `text` is the inside.
 * - `angle`: a neutral reference such as `<@U123|ada>` or `<#C123|general>` (adapters
 *   translate their platform's mentions into these before the core sees a line).
 * - `unclosed`: a quote that never closes; it runs to the end of the line.
 */
export type TokenKind = 'word' | 'quoted' | 'angle' | 'unclosed';

/** One token; `start`/`end` are offsets into the tokenized line. */
export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

const DOUBLE_OPEN = '"“”„';
const DOUBLE_CLOSE = '"“”';
const SINGLE_OPEN = "'‘";
const SINGLE_CLOSE = "'’";
// References are short; bounding the look-ahead keeps
// a line full of stray `<` linear.
const ESCAPE_WINDOW = 256;
const SPACE = /\s/;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
const isSpace = (ch: string | undefined): boolean => ch === undefined || SPACE.test(ch);

function closersFor(ch: string): string | null {
  if (DOUBLE_OPEN.includes(ch)) return DOUBLE_CLOSE;
  if (SINGLE_OPEN.includes(ch)) return SINGLE_CLOSE;
  return null;
}

function readQuoted(line: string, start: number, closers: string): Token {
  // A closing quote must end the token, so apostrophes inside ('Bob's team') are kept.
  for (let i = start + 1; i < line.length; i += 1) {
    if (closers.includes(line.charAt(i)) && isSpace(line[i + 1])) {
      return { kind: 'quoted', text: collapse(line.slice(start + 1, i)), start, end: i + 1 };
    }
  }
  return { kind: 'unclosed', text: collapse(line.slice(start + 1)), start, end: line.length };
}

function readEscape(line: string, start: number): Token | null {
  const window = line.slice(start, start + ESCAPE_WINDOW);
  // References are `<target>` or `<target|label>`; only the label may hold spaces.
  const escape = /^<[^\s|<>]+(?:\|[^<>]*)?>/.exec(window);
  if (!escape) return null;
  return { kind: 'angle', text: escape[0], start, end: start + escape[0].length };
}

function readWord(line: string, start: number): Token {
  let end = start;
  while (end < line.length && !SPACE.test(line.charAt(end))) end += 1;
  return { kind: 'word', text: line.slice(start, end), start, end };
}

function readToken(line: string, start: number): Token {
  const ch = line.charAt(start);
  const closers = closersFor(ch);
  if (closers) return readQuoted(line, start, closers);
  if (ch === '<') return readEscape(line, start) ?? readWord(line, start);
  return readWord(line, start);
}

/** Tokens of a line: words, quoted groups and references. */
export function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < line.length) {
    if (SPACE.test(line.charAt(pos))) {
      pos += 1;
      continue;
    }
    const token = readToken(line, pos);
    tokens.push(token);
    pos = token.end;
  }
  return tokens;
}
