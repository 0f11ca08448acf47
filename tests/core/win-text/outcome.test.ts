import { describe, expect, it } from 'vitest';
import { statesOutcome } from '../../../src/core/win-text/outcome.js';

describe('statesOutcome', () => {
  it.each([
    ['for 12 customers', true],
    ['fixed 3 bugs', true],
    ['cut build time', true],
    ['helped Sam', true],
    ['Unblocked the data team', true],
    ['made it for Priya', true],
    ['thanks <@U024BE7LH>', true],
    ['with @sam.lee', true],
    ['30% fewer pages', true],
    ['10x faster', true],
    ['no longer flaky', true],
    ['refactored the module', false],
    ['took 3 days', false],
    ['shipped v2.1', false],
    ['used GPT-4', false],
    ['looked at PR 42', false],
    ['planned for 2026', false],
    ['mail sam@example.com', false],
    ['made it for the team', false],
  ])('%j → %s', (text, expected) => {
    expect(statesOutcome(text)).toBe(expected);
  });
});
