import { describe, expect, it } from 'vitest';
import { toPlainText } from '../../../adapters/console/to-plain-text.js';
import { sparkline } from '../../../src/core/sparkline.js';
import type { Block, Message, Span } from '../../../src/index.js';
import { msg } from './recording-app.js';

const render = (message: Message, numberFrom = 1): string => toPlainText(message, { numberFrom }).text;
const t = (text: string, style?: 'bold' | 'italic' | 'code'): Span =>
  style === undefined ? { type: 'text', text } : { type: 'text', text, style };

describe('toPlainText blocks', () => {
  it('renders a header as a marked line', () => {
    expect(render(msg({ type: 'header', text: 'Weekly digest' }))).toBe('== Weekly digest ==');
  });

  it('joins text spans with mentions, links and light style marks', () => {
    const spans: Span[] = [
      t('Logged '),
      t(' 12 wins ', 'bold'),
      t('for '),
      { type: 'mention', personId: 7, name: 'Ada' },
      t(': '),
      { type: 'link', url: 'https://git.example/pr/1', label: 'PR 1' },
      t(', '),
      { type: 'link', url: 'https://x.example', label: 'https://x.example' },
      t(', '),
      t('fast', 'italic'),
      t(' via '),
      t('log', 'code'),
    ];
    expect(render(msg({ type: 'text', spans }))).toBe(
      'Logged  *12 wins* for @Ada: PR 1 <https://git.example/pr/1>, https://x.example, _fast_ via `log`',
    );
  });

  it('aligns fields and indents a value that runs over several lines', () => {
    const fields = [
      { label: 'Category', value: 'bug-fix' },
      { label: 'Saved', value: '2 h' },
      { label: 'Links', value: 'https://a.example\nhttps://b.example' },
    ];
    expect(render(msg({ type: 'fields', fields }))).toBe(
      'Category: bug-fix\nSaved:    2 h\nLinks:    https://a.example\n          https://b.example',
    );
  });

  it('bullets list items and says how many more there are', () => {
    const items = [[t('Fixed the flaky test')], [t('Docs for '), { type: 'mention', personId: 2, name: 'Sam' } as Span]];
    expect(render(msg({ type: 'list', items, more: 3 }))).toBe('  • Fixed the flaky test\n  • Docs for @Sam\n  …and 3 more');
    expect(render(msg({ type: 'list', items: [[t('one\ntwo')]], more: 0 }))).toBe('  • one\n    two');
  });

  it('renders a trend as label, sparkline and note', () => {
    const trend: Block = { type: 'trend', label: 'Wins', values: [0, 1, 2, 3, 4, 5, 6, 7], note: '+40% vs 4-week average' };
    expect(render(msg(trend))).toBe('Wins  ▁▂▃▄▅▆▇█  +40% vs 4-week average');
    expect(render(msg({ type: 'trend', label: 'Breadth', values: [0, 3], note: '' }))).toBe('Breadth  ▁█');
  });

  it('numbers buttons across action blocks from numberFrom', () => {
    const message = msg(
      { type: 'actions', actions: [{ id: 'log-win', label: 'Log a win', value: '' }, { id: 'undo-win', label: 'Undo', value: '42' }] },
      { type: 'actions', actions: [{ id: 'snooze', label: 'Snooze', value: '' }] },
    );
    const fromOne = toPlainText(message, { numberFrom: 1 });
    expect(fromOne.text).toBe('[1] Log a win  [2] Undo\n[3] Snooze');
    expect(fromOne.buttons.map((button) => button.id)).toEqual(['log-win', 'undo-win', 'snooze']);
    expect(render(message, 4)).toBe('[4] Log a win  [5] Undo\n[6] Snooze');
  });

  it('shows a form as its title and fields', () => {
    const block: Block = {
      type: 'form',
      form: {
        id: 'edit-win:42',
        title: 'Edit win',
        submitLabel: 'Save',
        fields: [
          { id: 'text', label: 'Text', kind: 'multiline', initial: 'Fixed it' },
          { id: 'minutes', label: 'Time saved', kind: 'text', optional: true, error: 'Try 2h or 30 min' },
        ],
      },
    };
    expect(render(msg(block))).toBe('Edit win\n  Text (required): Fixed it\n  Time saved (optional)\n    ✗ Try 2h or 30 min');
  });

  it('marks small print line by line', () => {
    expect(render(msg({ type: 'small', spans: [t('Figures are observational.\nshiplog never ranks people.')] }))).toBe(
      '  ┊ Figures are observational.\n  ┊ shiplog never ranks people.',
    );
  });

  it('draws a divider', () => {
    expect(render(msg({ type: 'divider' }))).toBe('─'.repeat(40));
  });

  it('separates sections with a blank line before each later header', () => {
    const message = msg(
      { type: 'header', text: 'Digest' },
      { type: 'text', spans: [t('12 wins')] },
      { type: 'header', text: 'Trend' },
      { type: 'fields', fields: [] },
    );
    expect(render(message)).toBe('== Digest ==\n12 wins\n\n== Trend ==');
  });

  it('falls back to the summary when there are no blocks', () => {
    expect(render({ summary: 'Nothing to show.', blocks: [], private: true })).toBe('Nothing to show.');
  });

  it('fails loudly on a block kind it does not know', () => {
    const unknown = { type: 'carousel' } as unknown as Block;
    expect(() => render(msg(unknown))).toThrow(/Unhandled case/);
  });
});

describe('toPlainText errors', () => {
  it('reads a one-line error as one marked line', () => {
    const message = { ...msg({ type: 'text', spans: [t('Unknown command "lgo". Try: log <text>')] }), errorCode: 'COMMAND.UNKNOWN' };
    expect(render(message)).toBe('✗ Unknown command "lgo". Try: log <text>');
  });

  it('marks the first line of a longer error', () => {
    const message = {
      ...msg({ type: 'text', spans: [t('That win is not yours.')] }, { type: 'small', spans: [t('Try: me')] }),
      errorCode: 'WIN.NOT_YOURS',
    };
    expect(render(message)).toBe('✗ That win is not yours.\n  ┊ Try: me');
  });
});

describe('sparkline', () => {
  it.each([
    { values: [], line: '' },
    { values: [0, 0, 0], line: '▁▁▁' },
    { values: [5, 5], line: '██' },
    { values: [0, 7, 14], line: '▁▅█' },
    { values: [3, 9, 6, 12], line: '▃▆▅█' },
    { values: [-1, 0, 1], line: '▁▅█' },
    { values: [0, Number.NaN, 2], line: '▁ █' },
  ])('$values → "$line"', ({ values, line }) => {
    expect(sparkline(values)).toBe(line);
  });
});
