/** The weekly check-in and its reminder, as a private DM. Pure. */
import { text, type Block, type Message } from '../message.js';
import { excerpt } from '../replies/basic.js';
import type { CheckinAnswer, IsoWeek } from '../types.js';
import type { Nudge } from './nudge.js';

export const CHECKIN_QUESTION = 'What did AI help you ship this week?';

/** The person's own usage this week; shown only in their own DM. */
export interface OwnUsage {
  tokens: number;
  costMicros: number;
}

/** Everything a check-in may say, decided before rendering. */
export interface CheckinContent {
  week: IsoWeek;
  reminder: boolean;
  /** Null when there is no usage data for the person this week. */
  usage: OwnUsage | null;
  nudge: Nudge | null;
}

/** 1234 -> `1.2k`, 3400000 -> `3.4M`. */
export function compactTokens(n: number): string {
  if (n >= 1_000_000) return `${Math.round(n / 100_000) / 10}M`;
  if (n >= 1_000) return `${Math.round(n / 100) / 10}k`;
  return String(n);
}

const dollars = (micros: number): string => `$${(micros / 1_000_000).toFixed(2)}`;

function nudgeBlocks(nudge: Nudge | null): Block[] {
  if (nudge === null) return [];
  if (nudge.kind === 'ask-value') {
    return [{ type: 'text', spans: [text('A question, not a verdict: what is AI helping you with lately? Even a small thing counts.')] }];
  }
  return [
    { type: 'text', spans: [text('Ideas from wins your team shared recently:')] },
    { type: 'list', items: nudge.wins.map((w) => [text(excerpt(w.text, 140)), text(` (${w.authorName})`, 'italic')]) },
  ];
}

/** The check-in (or its one reminder) with Log a win / Nothing this week / Snooze to next week. */
export function checkinMessage(c: CheckinContent): Message {
  const question = c.reminder ? `A gentle reminder: ${CHECKIN_QUESTION[0]!.toLowerCase()}${CHECKIN_QUESTION.slice(1)}` : CHECKIN_QUESTION;
  const blocks: Block[] = [{ type: 'text', spans: [text(question, 'bold')] }];
  if (c.usage !== null) {
    const cost = c.usage.costMicros > 0 ? `, about ${dollars(c.usage.costMicros)}` : '';
    blocks.push({ type: 'small', spans: [text(`Only you see this: your own AI use this week was ${compactTokens(c.usage.tokens)} tokens${cost}.`)] });
  }
  blocks.push(...nudgeBlocks(c.nudge));
  blocks.push({
    type: 'actions',
    actions: [
      { id: 'log-win', label: 'Log a win', value: '', style: 'primary' },
      { id: 'nothing-this-week', label: 'Nothing this week', value: c.week },
      { id: 'snooze', label: 'Snooze to next week', value: c.week },
    ],
  });
  blocks.push({ type: 'small', spans: [text('Or just reply here in your own words and I will log it. Turn check-ins off with: nudges off')] });
  return { summary: question, blocks, private: true };
}

/** The confirmation shown after Nothing this week / Snooze. */
export function checkinAnswerReply(answer: CheckinAnswer, week: IsoWeek): Message {
  const line = answer === 'nothing'
    ? `Thanks for saying so. Nothing logged for ${week}, and no reminder this week.`
    : `Snoozed: no more check-ins for ${week}. See you next week.`;
  return { summary: line, blocks: [{ type: 'text', spans: [text(line)] }], private: true };
}
