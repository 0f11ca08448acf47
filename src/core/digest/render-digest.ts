/** A team's digest model worded as a message: the seven sections of PRODUCT.md. Pure. */
import type { Block, Message, Span } from '../message.js';
import { link, mention, text } from '../message.js';
import { excerpt } from '../replies/basic.js';
import { formatMinutes } from '../time.js';
import { aboutTime, formatAverage, formatChange, formatTokens, formatUsd, plural } from './format.js';
import { change } from './trend.js';
import type { DigestModel, Highlight, TrendSeries, UsageContext } from './types.js';

/** The digest as it is sent to a team's leads and channel. */
export function renderDigest(m: DigestModel): Message {
  const headline = headlineText(m);
  const blocks: Block[] = [
    { type: 'header', text: `${m.team.name} · AI wins, week ${m.week}` },
    { type: 'text', spans: [text(headline, 'bold')] },
    ...countingNotes(m),
    { type: 'header', text: 'Highlights' },
    ...highlightBlocks(m),
    { type: 'header', text: 'By category' },
    m.categories.length > 0
      ? { type: 'fields', fields: m.categories.map((c) => ({ label: c.category, value: String(c.count) })) }
      : { type: 'text', spans: [text('No wins to sort yet.')] },
    { type: 'header', text: 'Trend, last 8 weeks' },
    trendBlock('Wins', m.trend.wins),
    trendBlock('People with a win', m.trend.breadth),
    { type: 'header', text: 'Usage context (team level)' },
    ...usageBlocks(m.usage),
    { type: 'header', text: 'Signals' },
    m.signals.length > 0
      ? { type: 'list', items: m.signals.map((s) => [text(s.question)]) }
      : { type: 'text', spans: [text('Nothing stands out this week.')] },
    ...footer(),
  ];
  return { summary: `${m.team.name}, week ${m.week}: ${headline}`, blocks, private: false };
}

function headlineText(m: DigestModel): string {
  const h = m.headline;
  const away = h.away > 0 ? ` (${h.away} away)` : '';
  if (m.holiday && h.wins === 0) return 'A team holiday week: nothing expected, nothing missing.';
  if (h.wins === 0) return `No wins logged this week${away}.`;
  const saved = h.minutesSaved > 0 ? `, ${aboutTime(h.minutesSaved)} saved` : '';
  const confirmed = h.confirmed === null ? '' : ` (${h.confirmed} confirmed)`;
  return `${plural(h.wins, 'win')} from ${h.people} of ${plural(h.eligible, 'person', 'people')} this week${away}${saved}, ${h.verified} verified${confirmed}.`;
}

/** Says, in counts only, what the anti-gaming rules changed; nobody is named. */
function countingNotes(m: DigestModel): Block[] {
  const notes: string[] = [];
  if (m.headline.folded > 0) notes.push(`${plural(m.headline.folded, 'near-duplicate win')} counted once with ${m.headline.folded === 1 ? 'its twin' : 'their twins'}`);
  if (m.headline.claimsLeftOut > 0) notes.push(`${plural(m.headline.claimsLeftOut, 'time claim')} not counted in full (over 16 h in one win, or over 40 h a person a week); the authors were asked to check`);
  return notes.length > 0 ? [{ type: 'small', spans: [text(`${notes.join('; ')}.`)] }] : [];
}

function highlightItem(h: Highlight): Span[] {
  const facts: string[] = [h.category];
  if (h.minutes !== null) facts.push(`${formatMinutes(h.minutes)} saved`);
  if (h.confirmed) facts.push('confirmed');
  else if (h.verified) facts.push('verified');
  if (h.endorsements > 0) facts.push(`+${h.endorsements}`);
  const spans: Span[] = [text(excerpt(h.text, 140)), text(' — '), mention(h.authorId, h.authorName, h.authorPlatformUserId), text(` (${facts.join(' · ')})`, 'italic')];
  // A link already in the text is shown there; otherwise the artifact's link is added.
  if (h.url !== null && !h.text.includes(h.url)) spans.push(text(' '), link(h.url, 'link'));
  return spans;
}

function highlightBlocks(m: DigestModel): Block[] {
  const blocks: Block[] = m.highlights.length > 0
    ? [{ type: 'list', items: m.highlights.map(highlightItem) }]
    : [{ type: 'text', spans: [text('No team-visible wins this week yet.')] }];
  const s = m.setbacks;
  if (s.count > 0) {
    const spans: Span[] = [text(`Setbacks: ${s.count}`, 'bold'), text(s.minutesLost > 0 ? `, ${aboutTime(s.minutesLost)} lost.` : '.')];
    if (s.example) spans.push(text(` For example: “${excerpt(s.example.text, 120)}” — `), mention(s.example.authorId, s.example.authorName, s.example.authorPlatformUserId));
    blocks.push({ type: 'text', spans });
  }
  return blocks;
}

function trendBlock(label: string, s: TrendSeries): Block {
  const parts = [`${s.current} this week`];
  if (s.average === null) parts.push('no 4-week average yet');
  else if (s.average === 0) parts.push('4-week avg 0', ...(s.current > 0 ? ['up from none'] : []));
  else parts.push(`4-week avg ${formatAverage(s.average)}`, formatChange(change(s.current, s.average)));
  return { type: 'trend', label, values: s.values, note: parts.join(' · ') };
}

function versus(now: string, average: number | null, current: number, show: (n: number) => string): string {
  if (average === null) return `${now} this week · no 4-week average yet`;
  const delta = formatChange(change(current, average));
  return `${now} this week · 4-week avg ${show(average)}${delta ? ` (${delta})` : ''}`;
}

function usageBlocks(u: UsageContext): Block[] {
  if (!u.shown) return [{ type: 'text', spans: [text(u.reason)] }];
  return [
    {
      type: 'fields',
      fields: [
        { label: 'Tokens', value: versus(formatTokens(u.tokens), u.averageTokens, u.tokens, formatTokens) },
        { label: 'Cost', value: versus(formatUsd(u.costMicros), u.averageCostMicros, u.costMicros, formatUsd) },
        { label: 'Cost per verified win', value: u.costPerVerifiedWin === null ? 'no verified wins this week' : formatUsd(u.costPerVerifiedWin) },
        { label: 'Using AI', value: `${u.using} of ${u.covered} people with usage data` },
      ],
    },
    {
      type: 'small',
      spans: [text(`Usage data for ${u.covered} of ${plural(u.members, 'person', 'people')}. The figures are observational: they sit next to the wins, they do not prove AI caused them.`)],
    },
  ];
}

function footer(): Block[] {
  return [
    { type: 'divider' },
    { type: 'actions', actions: [{ id: 'log-win', label: 'Log a win', value: '', style: 'primary' }] },
    { type: 'small', spans: [text('shiplog never ranks people. Highlights are chosen by what was shipped, at most one per person.')] },
  ];
}
