import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/core/grammar/index.js';

const TEN_KB = 10 * 1024;

describe('parseCommand: hostile input', () => {
  it('keeps a 10 KB win verbatim', () => {
    const text = 'a'.repeat(TEN_KB);
    expect(parseCommand(`log ${text}`)).toEqual({ ok: true, value: { name: 'log', text } });
  });

  it('echoes only the start of a 10 KB unknown word', () => {
    expect(parseCommand('x'.repeat(TEN_KB))).toEqual({
      ok: false,
      error: { code: 'COMMAND.UNKNOWN', message: `I don't know the command "${'x'.repeat(29)}…".`, hint: 'Type help to see what you can run.' },
    });
  });

  it('shortens the rebuilt line in a suggestion', () => {
    const parsed = parseCommand(`lgo ${'fixed '.repeat(2000)}`);
    expect(parsed.ok ? null : parsed.error.hint).toBe(`Did you mean: log ${'fixed '.repeat(12)}fix…`);
  });

  it('echoes only the start of a 10 KB bad date', () => {
    const parsed = parseCommand(`away until ${'9'.repeat(TEN_KB)}`);
    expect(parsed).toEqual({
      ok: false,
      error: { code: 'VALUE.DATE', message: `"${'9'.repeat(39)}…" is not a date.`, hint: 'Use YYYY-MM-DD, e.g. 2026-12-01.' },
    });
  });

  it.each([
    ['a team name of stray angle brackets', `team create ${'< '.repeat(TEN_KB / 2)}`, 'team-create'],
    ['a line of quotes', `team create ${'"a '.repeat(TEN_KB / 3)}`, 'COMMAND.MALFORMED'],
    ['a line of unclosed Teams mentions', `team add x ${'<at>'.repeat(TEN_KB / 4)}`, 'COMMAND.MALFORMED'],
    ['a line of NUL bytes', '\u0000'.repeat(TEN_KB), 'COMMAND.EMPTY'],
  ])('answers %s without hanging', (_what, line, outcome) => {
    const parsed = parseCommand(line);
    expect(parsed.ok ? parsed.value.name : parsed.error.code).toBe(outcome);
  });

  const vocabulary = fc.constantFrom(
    'log', 'team', 'add', 'edit', 'digest', 'send', 'map', 'set', 'away', 'until', 'holiday', 'text', 'saved', 'category',
    '12', '#3', '2026-12-01', '15:00', '"', "'", '“', '”', '<@U1|a>', '<at>', '</at>', '<#C1>', '@ada', '#general',
    '--again', ':', '\u0000', '\n', '\t', '🚀', ' ', '  ', "'; DROP TABLE wins; --",
  );
  const lines = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.array(vocabulary, { maxLength: 12 }).map((w) => w.join(' ')));

  it('never throws, and every failure has a dotted code, one message and a short hint', () => {
    fc.assert(
      fc.property(lines, (line) => {
        const parsed = parseCommand(line);
        if (parsed.ok) return;
        expect(parsed.error.code).toMatch(/^(COMMAND|VALUE)\.[A-Z_]+$/);
        expect(parsed.error.message.length).toBeGreaterThan(0);
        expect(parsed.error.message.length).toBeLessThan(200);
        expect(parsed.error.hint?.length ?? 0).toBeGreaterThan(0);
        expect(parsed.error.hint?.length ?? 0).toBeLessThan(200);
      }),
      { numRuns: 2000 },
    );
  });
});
