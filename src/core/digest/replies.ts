/** Replies for `digest preview` and `digest history`. Pure. */
import type { Block, Message } from '../message.js';
import { text } from '../message.js';
import type { IsoWeek } from '../types.js';

/** The digest a lead would get now, marked as a preview and private to the asker. */
export function previewReply(digest: Message, teamName: string, canSend = false): Message {
  const send: Block[] = canSend ? [{ type: 'actions', actions: [{ id: 'send-digest', label: `Send it to ${teamName} now`, value: teamName }] }] : [];
  return {
    ...digest,
    summary: `Preview of ${teamName}'s digest: ${digest.summary}`,
    blocks: [{ type: 'small', spans: [text(`Preview: what ${teamName} would get if its digest went out now. Nothing was sent.`)] }, ...digest.blocks, ...send],
    private: true,
  };
}

/** A digest as stored when it was sent. `message` is null when the stored copy is unreadable. */
export interface SentDigest {
  period: IsoWeek;
  sentAt: string | null;
  message: Message | null;
}

const sentLine = (d: SentDigest): string =>
  `Week ${d.period}, sent ${d.sentAt === null ? 'at an unknown time' : `${d.sentAt.slice(0, 16).replace('T', ' ')} UTC`}`;

/**
 * Past digests, newest first, each shown with the blocks it was sent with (buttons left
 * out: they belonged to that week).
 */
export function historyReply(teamName: string, sent: SentDigest[]): Message {
  if (sent.length === 0) {
    const line = `No digest of ${teamName} has been sent yet. See what it would say: digest preview ${teamName}`;
    return { summary: line, blocks: [{ type: 'text', spans: [text(line)] }], private: true };
  }
  const blocks: Block[] = [{ type: 'header', text: `Past digests of ${teamName} (latest ${sent.length})` }];
  for (const d of sent) {
    blocks.push({ type: 'divider' }, { type: 'small', spans: [text(sentLine(d))] });
    if (d.message === null) blocks.push({ type: 'text', spans: [text('The stored copy of this digest could not be read.')] });
    else blocks.push(...d.message.blocks.filter((b) => b.type !== 'actions'));
  }
  const latest = sent[0]?.message?.summary;
  return { summary: `${sent.length} past digest${sent.length === 1 ? '' : 's'} of ${teamName}.${latest ? ` Latest: ${latest}` : ''}`, blocks, private: true };
}
