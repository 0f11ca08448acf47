/** Which texts quote a person, and how audit text is rewritten about their pseudonym. */
import { describe, expect, it } from 'vitest';
import { identifiersPattern, pseudonymiseText, quotes } from '../../src/core/personal-data-text.js';

describe('identifiersPattern and quotes', () => {
  const ada = identifiersPattern(['ada@acme.test'])!;
  it.each([
    ['2026-13-01,ada@acme.test,claude', true],
    ['2026-13-01,ADA@Acme.Test,claude', true],
    ['"ada@acme.test"', true],
    ['2026-13-01,nada@acme.test,claude', false],
    ['2026-13-01,ada@acme.test.evil,claude', true],
    ['2026-13-01,ada@acme.testing,claude', false],
    ['x.ada@acme.test', false],
  ])('%s quotes ada@acme.test: %s', (text, expected) => {
    expect(quotes(text, ada)).toBe(expected);
    // The same pattern gives the same answer again (no state left from the last test).
    expect(quotes(text, ada)).toBe(expected);
  });

  it('matches nothing when there are no usable identifiers', () => {
    expect(identifiersPattern(['', '  '])).toBeNull();
  });
});

describe('pseudonymiseText', () => {
  const words = identifiersPattern(['Ada Lovelace', 'U-ADA', 'ada@acme.test']);
  it.each([
    ['Bob made Ada Lovelace (U-ADA) an admin', 'Bob made forgotten-1 (forgotten-1) an admin'],
    ['person:7', 'person:forgotten-1'],
    ['person:77 and person:7', 'person:77 and person:forgotten-1'],
    ['mapped copilot:octo to ADA@ACME.TEST', 'mapped copilot:octo to forgotten-1'],
    ['Adam Lovelace stays', 'Adam Lovelace stays'],
  ])('%s -> %s', (text, expected) => {
    expect(pseudonymiseText(text, 7, 'forgotten-1', words)).toBe(expected);
  });

  it('replaces only id references when there are no identifiers', () => {
    expect(pseudonymiseText('person:7 Ada', 7, 'forgotten-1', null)).toBe('person:forgotten-1 Ada');
  });
});
