import { assertNever } from '../../src/index.js';
import type { Span } from '../../src/index.js';

/** Slack's documented Block Kit limits that the renderers enforce. */
export const LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  fieldsPerSection: 10,
  fieldText: 2000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  actionsPerBlock: 25,
  contextElements: 10,
  fallbackText: 3000,
  viewTitle: 24,
  viewButton: 24,
  inputLabel: 2000,
  inputMaxLength: 3000,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  privateMetadata: 3000,
} as const;

/** `&`, `<` and `>` are control characters in mrkdwn and must be escaped in text. */
export const escapeMrkdwn = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Cuts `value` to at most `max` characters (by code point), ending with `…` when cut. */
export function trimTo(value: string, max: number): string {
  const chars = [...value];
  if (chars.length <= max) return value;
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** Length as Slack counts it for limits (characters, not UTF-16 units, is the safe reading). */
export const charLength = (value: string): number => [...value].length;

function styled(text: string, style: 'bold' | 'italic' | 'code' | undefined): string {
  const escaped = escapeMrkdwn(text);
  if (style === undefined) return escaped;
  const mark = style === 'bold' ? '*' : style === 'italic' ? '_' : '`';
  // Marks must touch the words: `*12 wins* this week`, not `*12 wins *this week`.
  const match = /^(\s*)(.*?)(\s*)$/s.exec(escaped);
  if (match === null || match[2] === '') return escaped;
  return `${match[1]}${mark}${match[2]}${mark}${match[3]}`;
}

/** One span as mrkdwn: mentions as `<@U…>` when the platform id is known, links as `<url|label>`. */
export function spanToMrkdwn(span: Span): string {
  switch (span.type) {
    case 'text':
      return styled(span.text, span.style);
    case 'mention':
      return span.platformUserId !== undefined && /^[UW][A-Z0-9]+$/.test(span.platformUserId)
        ? `<@${span.platformUserId}>`
        : `@${escapeMrkdwn(span.name)}`;
    case 'link': {
      // `|` and `>` would end the link early; URLs carry them percent-encoded.
      const url = span.url.replace(/\|/g, '%7C').replace(/>/g, '%3E').replace(/</g, '%3C');
      return span.label === '' || span.label === span.url ? `<${url}>` : `<${url}|${escapeMrkdwn(span.label)}>`;
    }
    default:
      return assertNever(span);
  }
}

export const spansToMrkdwn = (spans: Span[]): string => spans.map(spanToMrkdwn).join('');

/**
 * Splits mrkdwn into pieces of at most `max` characters, preferring line breaks, then
 * spaces, so a long text becomes several sections rather than an API error. A cut never
 * falls inside a `<…>` link or mention.
 */
export function splitText(value: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = [...value];
  while (rest.length > max) {
    let cut = bestCut(rest, max);
    if (cut <= 0 || cut > max) cut = max;
    pieces.push(rest.slice(0, cut).join('').trimEnd());
    rest = rest.slice(cut);
    while (rest[0] === '\n' || rest[0] === ' ') rest = rest.slice(1);
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest.join(''));
  return pieces;
}

function bestCut(chars: string[], max: number): number {
  const head = chars.slice(0, max + 1).join('');
  const open = head.lastIndexOf('<');
  const limit = open > head.lastIndexOf('>') && open > 0 ? open : max;
  const window = chars.slice(0, limit).join('');
  const newline = window.lastIndexOf('\n');
  if (newline > limit / 2) return [...window.slice(0, newline)].length + 1;
  const space = window.lastIndexOf(' ');
  if (space > limit / 2) return [...window.slice(0, space)].length + 1;
  return limit;
}


