/** `tick` to a moment the schedule cannot represent is a clear rejection, never an internal error. */
import { describe, expect, it } from 'vitest';
import { parseTick } from '../../../adapters/console/tick-command.js';

describe('tick outside the representable years', () => {
  it.each(['0001-01-01T00:00', '1969-12-31T23:59', '+010000-01-01T00:00'])('rejects %s with a sentence', (when) => {
    const parsed = parseTick(when);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/is (outside the years 1970 to 9999 the clock can move to|not a date and time)\. Type tick/);
  });

  it('still takes an ordinary moment', () => {
    expect(parseTick('2026-11-27T16:00 Europe/Berlin')).toMatchObject({ ok: true, shown: 'Fri 2026-11-27 16:00 Europe/Berlin (15:00 UTC)' });
  });
});
