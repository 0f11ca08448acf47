import { describe, expect, it } from 'vitest';
import { parseTimeZone } from '../../src/core/values.js';

describe('parseTimeZone', () => {
  it.each([
    ['PST', 'America/Los_Angeles'],
    ['est', 'America/New_York'],
    ['CET', 'Europe/Berlin'],
    ['EST5EDT', 'America/New_York'],
  ])('refuses the abbreviation %s, suggesting %s', (typed, zone) => {
    const r = parseTimeZone(typed);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALUE.TIMEZONE');
      expect(r.error.hint).toContain(zone);
    }
  });

  it.each(['UTC', 'GMT', 'Europe/Berlin', 'America/Los_Angeles'])('accepts %s', (zone) => {
    expect(parseTimeZone(zone).ok).toBe(true);
  });
});
