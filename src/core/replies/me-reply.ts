/** `me`: a person's own wins, setbacks and usage. Only ever shown to that person. */
import type { Block, Message, Span } from '../message.js';
import { text } from '../message.js';
import { formatMinutes } from '../time.js';
import type { Win } from '../types.js';
import { evidenceOf } from '../wins.js';
import { excerpt } from './basic.js';

/** A person's own usage over a period, for their eyes only. */
export interface OwnUsage {
  label: string;
  inputTokens: number;
  outputTokens: number;
  costMicros: number;
}

/** Confirmed, verified, or why not: the reasons are for the author's eyes only. */
function evidenceFacts(win: Win): string[] {
  const e = evidenceOf(win);
  if (e.level === 'confirmed') return ['confirmed'];
  if (e.disputed) return [`not verified: ${e.reasons.join('; ')}`];
  if (e.verified) return ['verified'];
  return e.level === 'linked' ? ['linked, not confirmed yet'] : [];
}

function winLine(win: Win): Span[] {
  const facts = [win.week, win.category];
  if (win.minutes !== null) facts.push(`${formatMinutes(win.minutes)} ${win.kind === 'win' ? 'saved' : 'lost'}`);
  if (win.kind === 'win') facts.push(...evidenceFacts(win));
  if (win.endorsements > 0) facts.push(`+${win.endorsements}`);
  if (win.visibility === 'private') facts.push('private');
  return [text(`#${win.id}`, 'bold'), text(` ${excerpt(win.text, 100)} `), text(`(${facts.join(' · ')})`, 'italic')];
}

const formatTokens = (n: number): string => n.toLocaleString('en');
const formatUsd = (micros: number): string => `$${(micros / 1_000_000).toFixed(2)}`;

export function meReply(wins: Win[], usage: OwnUsage[], shown: number): Message {
  const ok = wins.filter((w) => w.kind === 'win');
  const setbacks = wins.filter((w) => w.kind === 'setback');
  const blocks: Block[] = [{ type: 'header', text: 'Your wins' }];
  if (wins.length === 0) {
    blocks.push({ type: 'text', spans: [text('Nothing logged yet. Try: log Automated the release notes with Claude, saved 1h')] });
  }
  if (ok.length > 0) blocks.push({ type: 'list', items: ok.map(winLine) });
  if (setbacks.length > 0) {
    blocks.push({ type: 'text', spans: [text('Setbacks', 'bold')] }, { type: 'list', items: setbacks.map(winLine) });
  }
  if (wins.length >= shown) blocks.push({ type: 'small', spans: [text(`Showing your latest ${shown}.`)] });
  for (const u of usage) {
    blocks.push({
      type: 'fields',
      fields: [
        { label: `Your AI usage, ${u.label}`, value: `${formatTokens(u.inputTokens + u.outputTokens)} tokens` },
        { label: 'Cost', value: formatUsd(u.costMicros) },
      ],
    });
  }
  if (usage.length > 0) blocks.push({ type: 'small', spans: [text('Your usage is shown only to you. Nobody is ranked by it.')] });
  const summary = `${ok.length} win${ok.length === 1 ? '' : 's'} and ${setbacks.length} setback${setbacks.length === 1 ? '' : 's'}.`;
  return { summary, blocks, private: true };
}
