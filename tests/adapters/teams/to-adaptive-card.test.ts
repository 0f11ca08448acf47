import { describe, expect, it } from 'vitest';
import { toAdaptiveCard, toAdaptiveCards } from '../../../adapters/teams/to-adaptive-card.js';
import type { Block, Message } from '../../../src/index.js';
import { winForm } from '../../../src/core/forms.js';
import { cardBytes, cardProblems } from '../../support/adaptive-cards.js';

const LIMIT = 28 * 1024;

/** One of every block kind: a new kind fails the build in the renderer until it is rendered. */
const EVERY_BLOCK: Block[] = [
  { type: 'header', text: 'Core · AI wins, week 2026-W48' },
  { type: 'text', spans: [{ type: 'text', text: 'Shipped ' }, { type: 'text', text: 'fast', style: 'bold' }, { type: 'text', text: ' by ' }, { type: 'mention', personId: 1, name: 'Ada', platformUserId: '29:ada' }, { type: 'text', text: ' and ' }, { type: 'mention', personId: 2, name: 'Sam', platformUserId: 'U0SAM' }, { type: 'link', url: 'https://github.com/acme/shop/pull/42', label: 'acme/shop#42' }] },
  { type: 'fields', fields: [{ label: 'Wins', value: '12' }, { label: 'Time saved', value: '9h' }] },
  { type: 'list', items: [[{ type: 'text', text: 'one' }], [{ type: 'text', text: 'two' }]], more: 3 },
  { type: 'trend', label: 'Wins', values: [1, 3, 2, 5], note: '5 this week' },
  { type: 'divider' },
  { type: 'actions', actions: [{ id: 'log-win', label: 'Log a win', value: '', style: 'primary' }, { id: 'undo-win', label: 'Undo', value: '7', style: 'danger' }] },
  { type: 'form', form: winForm() },
  { type: 'small', spans: [{ type: 'text', text: 'shiplog never ranks people.' }] },
];

const message = (blocks: Block[]): Message => ({ summary: 'Digest', blocks, private: false });

describe('toAdaptiveCards', () => {
  it('renders every block kind as an Adaptive Card 1.5 the adaptivecards parser accepts', () => {
    const [card, ...rest] = toAdaptiveCards(message(EVERY_BLOCK));
    expect(rest).toEqual([]);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(cardProblems(card)).toEqual([]);
    // Teams people become real mentions; a Slack id cannot, so it stays a name.
    expect(card!.msteams!.entities).toEqual([{ type: 'mention', text: '<at>Ada</at>', mentioned: { id: '29:ada', name: 'Ada' } }]);
    expect(JSON.stringify(card)).toContain('@Sam');
    expect(JSON.stringify(card)).toContain('[acme/shop#42](https://github.com/acme/shop/pull/42)');
  });

  it('splits a huge message into several cards, each under 28 KB, in order and losing nothing', () => {
    const items = Array.from({ length: 3000 }, (_, i) => [{ type: 'text' as const, text: `win number ${i} shipped with a rather long description of what AI helped with` }]);
    const cards = toAdaptiveCards(message([{ type: 'header', text: 'Big' }, { type: 'list', items }, { type: 'actions', actions: [{ id: 'log-win', label: 'Log a win', value: '' }] }]));
    expect(cards.length).toBeGreaterThan(5);
    for (const card of cards) {
      expect(cardBytes(card)).toBeLessThan(LIMIT);
      expect(cardProblems(card)).toEqual([]);
    }
    const all = JSON.stringify(cards);
    expect(all).toContain('win number 0 ');
    expect(all).toContain('win number 2999 ');
    expect(cards.at(-1)!.body.at(-1)!.type).toBe('ActionSet');
  });

  it('shortens one text too long for any card', () => {
    const cards = toAdaptiveCards(message([{ type: 'text', spans: [{ type: 'text', text: '😀'.repeat(60_000) }] }]));
    for (const card of cards) expect(cardBytes(card)).toBeLessThan(LIMIT);
  });
});

describe('toAdaptiveCard (one card, for an invoke answer)', () => {
  it('trims with a visible "…and N more not shown" and keeps the closing buttons', () => {
    const items = Array.from({ length: 3000 }, (_, i) => [{ type: 'text' as const, text: `win ${i} with a long enough description to fill the card quickly` }]);
    const blocks: Block[] = [{ type: 'header', text: 'Big' }, ...Array.from({ length: 20 }, (): Block => ({ type: 'list', items: items.slice(0, 150) })), { type: 'actions', actions: [{ id: 'log-win', label: 'Log a win', value: '' }] }];
    const card = toAdaptiveCard(message(blocks));
    expect(cardBytes(card)).toBeLessThan(LIMIT);
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toMatch(/…and \d+ more not shown/);
    expect(card.body.at(-1)!.type).toBe('ActionSet');
  });

  it('shows an error reply in the attention colour', () => {
    const card = toAdaptiveCard({ summary: 'No', blocks: [{ type: 'text', spans: [{ type: 'text', text: 'No such team.' }] }], private: true, errorCode: 'TEAM.NOT_FOUND' });
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', color: 'Attention' });
  });
});
