/** `me`: a person's own wins, setbacks and usage. Only ever shown to that person. */
import type { Block, Message, Span } from '../message.js';
import { text } from '../message.js';
import { formatMinutes } from '../time.js';
import type { Win } from '../types.js';
import { evidenceOf } from '../wins.js';
import { excerpt } from './basic.js';
import type { ClaimReview } from '../digest/claims-review.js';
import { DIGEST_RULES } from '../digest/rules.js';

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

/** Why a claim is not counted in full, said right beside it. */
function reviewNote(review: ClaimReview): string {
  if (review.reason === 'near-duplicate') return ' ⚠ reads like a repeat of another win that week, so teams count it once.';
  return ` ⚠ single claims over ${formatMinutes(DIGEST_RULES.implausibleClaimMinutes)} are left out of team totals; if the figure is off: edit ${review.winId ?? ''} saved 2h`;
}

function winLine(win: Win, reviews: readonly ClaimReview[]): Span[] {
  const facts = [win.week, win.category];
  if (win.minutes !== null) facts.push(`${formatMinutes(win.minutes)} ${win.kind === 'win' ? 'saved' : 'lost'}`);
  if (win.kind === 'win') facts.push(...evidenceFacts(win));
  if (win.endorsements > 0) facts.push(`+${win.endorsements}`);
  if (win.visibility === 'private') facts.push('private');
  const review = reviews.find((r) => r.winId === win.id);
  const spans = [text(`#${win.id}`, 'bold'), text(` ${excerpt(win.text, 100)} `), text(`(${facts.join(' · ')})`, 'italic')];
  return review ? [...spans, text(reviewNote(review))] : spans;
}

/** Which page of wins `me` shows, and the claims digests do not count in full. */
export interface MePage {
  /** 1 for the latest. */
  page: number;
  /** Wins per page. */
  size: number;
  /** Whether older wins exist beyond this page. */
  more: boolean;
  reviews: readonly ClaimReview[];
}

const formatTokens = (n: number): string => n.toLocaleString('en');
const formatUsd = (micros: number): string => `$${(micros / 1_000_000).toFixed(2)}`;

export function meReply(wins: Win[], usage: OwnUsage[], view: MePage): Message {
  const ok = wins.filter((w) => w.kind === 'win');
  const setbacks = wins.filter((w) => w.kind === 'setback');
  const blocks: Block[] = [{ type: 'header', text: 'Your wins' }];
  if (wins.length === 0) {
    const none = view.page > 1 ? `Nothing on page ${view.page}; your wins fit on fewer pages. Type me for the latest.` : 'Nothing logged yet. Try: log Automated the release notes with Claude, saved 1h';
    blocks.push({ type: 'text', spans: [text(none)] });
  }
  const line = (w: Win) => winLine(w, view.reviews);
  if (ok.length > 0) blocks.push({ type: 'list', items: ok.map(line) });
  if (setbacks.length > 0) {
    blocks.push({ type: 'text', spans: [text('Setbacks', 'bold')] }, { type: 'list', items: setbacks.map(line) });
  }
  for (const r of view.reviews.filter((x) => x.reason === 'over-weekly-cap')) {
    blocks.push({ type: 'small', spans: [text(`⚠ ${r.week}: your wins claim ${formatMinutes(r.claimed)} saved; team totals count at most ${formatMinutes(r.counted)} a person a week.`)] });
  }
  if (wins.length > 0 && (view.more || view.page > 1)) {
    const first = (view.page - 1) * view.size + 1;
    const range = view.page === 1 ? `your latest ${view.size}` : `wins ${first}–${first + wins.length - 1}`;
    blocks.push({ type: 'small', spans: [text(`Showing ${range}.${view.more ? ` Older: me ${view.page + 1}.` : ' These are the oldest.'}`)] });
  }
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
