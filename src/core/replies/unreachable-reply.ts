/** The `unreachable` answer: who the chat platform will not let shiplog message. Pure. */
import { text, type Message, type Span } from '../message.js';

/** One refused address: a person by name, or a conversation shiplog knows only by id. */
export interface UnreachableLine {
  who: string;
  platform: string;
  since: string;
  reason: string;
}

const SHOWN = 50;

export function unreachableReply(lines: readonly UnreachableLine[]): Message {
  if (lines.length === 0) {
    const all = 'Every person and channel shiplog knows can be reached.';
    return { summary: all, blocks: [{ type: 'text', spans: [text(all)] }], private: true };
  }
  const items: Span[][] = lines.slice(0, SHOWN).map((l) => [text(l.who, 'bold'), text(` · ${l.platform}, since ${l.since.slice(0, 10)} (${l.reason})`)]);
  const more = lines.length - items.length;
  const summary = `${lines.length} ${lines.length === 1 ? 'person or channel' : 'people or channels'} cannot be messaged.`;
  return {
    summary,
    blocks: [
      { type: 'header', text: 'Unreachable' },
      { type: 'text', spans: [text(summary)] },
      more > 0 ? { type: 'list', items, more } : { type: 'list', items },
      { type: 'small', spans: [text('They blocked shiplog or removed the app, so check-ins and digests skip them. Sending starts again on its own when they next write to shiplog or reinstall it.')] },
    ],
    private: true,
  };
}
