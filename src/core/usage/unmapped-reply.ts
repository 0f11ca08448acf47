/** The `unmapped` answer: identities whose usage belongs to nobody yet. Pure. */
import type { Message, Span } from '../message.js';
import { text } from '../message.js';
import type { IsoDate } from '../types.js';

/** Identities listed in one reply; the rest are counted. */
export const UNMAPPED_SHOWN = 50;

/**
 * One unmatched identity as an admin may see it: that it exists and how many records it
 * has. Its token, request and cost volume is one person's usage, so it is not here at all.
 */
export interface UnmappedLine {
  source: string;
  identity: string;
  records: number;
  lastDay: IsoDate;
}

const n = (value: number): string => value.toLocaleString('en-US');

/** Lists identities in the order given (source, then identity: never by volume, so it ranks nobody). */
export function unmappedReply(lines: readonly UnmappedLine[]): Message {
  if (lines.length === 0) {
    const all = 'Every identity in the usage data is matched to a person.';
    return { summary: all, blocks: [{ type: 'text', spans: [text(all)] }], private: true };
  }
  const items: Span[][] = lines.slice(0, UNMAPPED_SHOWN).map((u) => [
    text(`${u.source}:${u.identity}`, 'code'),
    text(` · ${n(u.records)} record${u.records === 1 ? '' : 's'}, last ${u.lastDay}`),
  ]);
  const more = lines.length - items.length;
  const summary = `${n(lines.length)} identit${lines.length === 1 ? 'y is' : 'ies are'} not matched to anyone.`;
  return {
    summary,
    blocks: [
      { type: 'header', text: 'Unmatched usage identities' },
      { type: 'text', spans: [text(summary)] },
      more > 0 ? { type: 'list', items, more } : { type: 'list', items },
      { type: 'small', spans: [text('Attach one with: map <source>:<identity> @person (its earlier usage moves with it). People are matched by email automatically once shiplog knows their address.')] },
    ],
    private: true,
  };
}
