/** The console's `tick` line and its printing chat platform. */
import { describe, expect, it } from 'vitest';
import { consolePlatform } from '../../../adapters/console/console-platform.js';
import { describeTick, parseTick } from '../../../adapters/console/tick-command.js';
import type { Action } from '../../../src/index.js';

describe('tick', () => {
  it.each([
    ['2026-11-27T16:00 Europe/Berlin', '2026-11-27T15:00:00.000Z', 'Fri 2026-11-27 16:00 Europe/Berlin (15:00 UTC)'],
    ['2026-11-26T15:00 Asia/Kolkata', '2026-11-26T09:30:00.000Z', 'Thu 2026-11-26 15:00 Asia/Kolkata (09:30 UTC)'],
    ['2026-11-27T16:00', '2026-11-27T16:00:00.000Z', 'Fri 2026-11-27 16:00 UTC (16:00 UTC)'],
  ])('reads "%s" as %s', (args, iso, shown) => {
    const parsed = parseTick(args);
    expect(parsed.ok && { at: parsed.at.toISOString(), shown: parsed.shown }).toEqual({ at: iso, shown });
  });

  it.each([
    ['', 'Type tick and a local date and time'],
    ['tomorrow', '"tomorrow" is not a date and time.'],
    ['2026-11-27T16:00 Mars/Olympus', '"Mars/Olympus" is not a time zone.'],
    ['2026-11-27T16:00 UTC extra', 'Type tick and a local date and time'],
  ])('explains what is wrong with "%s"', (args, message) => {
    const parsed = parseTick(args);
    expect(parsed.ok ? '' : parsed.message).toContain(message);
  });

  it('says what the tick did', () => {
    expect(describeTick('X', { sent: ['a', 'b'], skipped: ['c'], failed: [] })).toBe('The clock is now X. Deliveries: sent 2, skipped 1.');
    expect(describeTick('X', { sent: [], skipped: [], failed: [] })).toBe('The clock is now X. Nothing was due.');
  });
});

describe('console platform', () => {
  it('prints a DM or a channel post under a heading and hands on the buttons', async () => {
    const out: string[] = [];
    const offered: Action[][] = [];
    const platform = consolePlatform((text) => out.push(text));
    platform.onButtons = (buttons) => offered.push(buttons);
    const buttons: Action[] = [{ id: 'snooze', label: 'Snooze to next week', value: '2026-W48' }];
    await platform.send({ kind: 'person', platform: 'console', personId: 2, platformUserId: 'sam', displayName: 'Sam' }, { summary: 'Q', blocks: [{ type: 'text', spans: [{ type: 'text', text: 'What did AI help you ship this week?' }] }, { type: 'actions', actions: buttons }], private: true });
    await platform.send({ kind: 'channel', platform: 'console', channel: 'atlas' }, { summary: 'Digest', blocks: [], private: false });
    expect(out).toEqual(['→ DM to Sam:\n  What did AI help you ship this week?\n  [1] Snooze to next week', '→ #atlas:\n  Digest']);
    expect(offered).toEqual([buttons]);
  });
});
