import { describe, expect, it } from 'vitest';
import { matchesHandle } from '../../../src/core/people/handle-match.js';
import type { Person } from '../../../src/core/types.js';

const person = (displayName: string, email: string | null): Person => ({
  id: 1, platform: 'slack', platformUserId: 'U1', displayName, email, timeZone: 'UTC', timeZoneSource: 'workspace', isAdmin: false,
  nudges: true, awayUntil: null, checkinDay: null, checkinTime: null, createdAt: '2026-11-25T10:00:00.000Z',
});

describe('matchesHandle', () => {
  const ada = person('Ada Lovelace', 'countess@analytical.org');
  const charles = person('Charles Babbage', 'charles@analytical.org');

  it.each([
    ['Ada Lovelace', true],
    ['ada.lovelace', true],
    ['ADA_LOVELACE', true],
    ['adalovelace', true],
    ['@ada.lovelace', true],
    ['countess', true],
    ['Countess@Analytical.org', true],
    ['ada', false],
    ['lovelace', false],
    ['countess@elsewhere.org', false],
    ['', false],
  ])('handle %j finds Ada: %s', (handle, found) => {
    expect(matchesHandle(ada, handle)).toBe(found);
    expect(matchesHandle(charles, handle)).toBe(false);
  });

  it('fits everyone whose name folds the same, so the caller can ask which one', () => {
    expect([person('Sam Lee', null), person('sam lee', null)].map((p) => matchesHandle(p, 'sam.lee'))).toEqual([true, true]);
  });
});
