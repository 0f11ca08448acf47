import { describe, expect, it } from 'vitest';
import { toBlockKit } from '../../../adapters/slack/to-block-kit.js';
import { toModal, valuesFromState } from '../../../adapters/slack/to-view.js';
import { splitText } from '../../../adapters/slack/mrkdwn.js';
import type { Block, Message } from '../../../src/index.js';
import { winForm } from '../../../src/core/forms.js';
import { limitViolations } from './block-kit-limits.js';
import { blocksText } from './block-text.js';

const message = (...blocks: Block[]): Message => ({ summary: 'summary', blocks, private: true });

describe('toBlockKit', () => {
  it('renders every block kind', () => {
    const out = toBlockKit(message(
      { type: 'header', text: 'Weekly digest' },
      { type: 'text', spans: [{ type: 'text', text: '12 wins', style: 'bold' }, { type: 'text', text: ' from ' }, { type: 'mention', personId: 1, name: 'Ada', platformUserId: 'U0ADA' }] },
      { type: 'fields', fields: [{ label: 'Category', value: 'bug-fix' }] },
      { type: 'list', items: [[{ type: 'link', url: 'https://x.test/a|b', label: 'PR <1>' }]], more: 3 },
      { type: 'trend', label: 'Wins', values: [0, 4, 8], note: '+20%' },
      { type: 'actions', actions: [{ id: 'log-win', label: 'Log a win', value: '', style: 'primary' }] },
      { type: 'form', form: winForm() },
      { type: 'small', spans: [{ type: 'mention', personId: 2, name: 'Sam <b>' }] },
      { type: 'divider' },
    ));
    expect(out.blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'section', 'context', 'section', 'actions', 'section', 'context', 'divider']);
    const text = blocksText(out.blocks);
    expect(text).toContain('*12 wins* from <@U0ADA>');
    expect(text).toContain('*Category*\nbug-fix');
    expect(text).toContain('• <https://x.test/a%7Cb|PR &lt;1&gt;>');
    expect(text).toContain('…and 3 more');
    expect(text).toContain('*Wins*  ▁▅█  +20%');
    expect(text).toContain('@Sam &lt;b&gt;');
    expect(out.blocks[6]).toMatchObject({ elements: [{ action_id: 'log-win#0', style: 'primary' }] });
  });

  it('splits a 10,000-character text into sections of at most 3,000 characters, losing nothing', () => {
    const long = Array.from({ length: 1000 }, (_, i) => `word${String(i).padStart(5, '0')}`).join(' ').slice(0, 10_000);
    const out = toBlockKit(message({ type: 'text', spans: [{ type: 'text', text: long }] }));
    expect(limitViolations(out)).toEqual([]);
    expect(out.blocks.length).toBe(4);
    expect(blocksText(out.blocks).replace(/\n/g, ' ')).toBe(long);
  });

  it('trims headers and buttons, chunks fields by ten, keeps action ids unique', () => {
    const fields = Array.from({ length: 23 }, (_, i) => ({ label: `f${i}`, value: 'v'.repeat(2500) }));
    const actions = Array.from({ length: 30 }, () => ({ id: 'endorse-win' as const, label: 'x'.repeat(100), value: '1' }));
    const out = toBlockKit(message({ type: 'header', text: 'h'.repeat(400) }, { type: 'fields', fields }, { type: 'actions', actions }));
    expect(limitViolations(out)).toEqual([]);
    expect(out.blocks.filter((b) => b.type === 'section')).toHaveLength(3);
    expect(out.blocks.filter((b) => b.type === 'actions')).toHaveLength(2);
  });

  it('keeps to 50 blocks with a visible "…and N more", keeping the closing buttons', () => {
    const blocks: Block[] = Array.from({ length: 80 }, (_, i) => ({ type: 'text', spans: [{ type: 'text', text: `line ${i}` }] }));
    blocks.push({ type: 'actions', actions: [{ id: 'log-win', label: 'Log a win', value: '' }] });
    const out = toBlockKit(message(...blocks));
    expect(out.blocks).toHaveLength(50);
    expect(blocksText(out.blocks.slice(-2))).toBe('…and 32 more blocks not shown\n[Log a win]');
  });

  it('marks failures in the fallback text', () => {
    expect(toBlockKit({ ...message(), summary: 'No win #9.', errorCode: 'WIN.NOT_FOUND' }).text).toBe('⚠️ No win #9.');
  });

  it('never cuts inside a link', () => {
    const pieces = splitText(`${'a '.repeat(1490)}<https://example.test/${'p'.repeat(40)}|label> tail`, 3000);
    expect(pieces.every((p) => (p.match(/</g) ?? []).length === (p.match(/>/g) ?? []).length)).toBe(true);
  });
});

describe('forms as modals', () => {
  it('fits Slack\'s modal limits and reads submitted values back by field', () => {
    const modal = toModal({ ...winForm(), title: 'A very long modal title that Slack would refuse', submitLabel: 'Submit this win right now please' }, '{}');
    expect([...modal.title.text].length).toBeLessThanOrEqual(24);
    expect([...modal.submit!.text].length).toBeLessThanOrEqual(24);
    expect(valuesFromState({ text: { value: { type: 'plain_text_input', value: 'x' } }, category: { value: { type: 'static_select', selected_option: null } } })).toEqual({ text: 'x' });
  });
});

describe('a message without blocks', () => {
  it('still renders its summary as a section', () => {
    expect(toBlockKit({ summary: 'Check-in <soon>', blocks: [], private: true }).blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: 'Check-in &lt;soon&gt;' } }]);
  });
});
