/** Small message builders shared by every reply. Pure. */
import type { Block, Message, Span } from '../message.js';
import { text } from '../message.js';
import type { Failure } from '../result.js';

/** A one-block private answer. */
export const note = (line: string, extra: Block[] = []): Message => ({
  summary: line,
  blocks: [{ type: 'text', spans: [text(line)] }, ...extra],
  private: true,
});

/** A failure as the person reads it: what was wrong, then what to try. */
export function errorMessage(error: Failure): Message {
  const spans: Span[] = [text(error.message)];
  if (error.hint) spans.push(text(` ${error.hint}`));
  return {
    summary: error.hint ? `${error.message} ${error.hint}` : error.message,
    blocks: [{ type: 'text', spans }],
    private: true,
    errorCode: error.code,
  };
}

/** Shortens text for lists, on a word boundary where possible. */
export function excerpt(value: string, max = 120): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
