/* eslint-disable @typescript-eslint/no-explicit-any -- Slack payloads are JSON as sent on the wire; tests read them untyped on purpose. */
/** The first week through the real Slack adapter: help families, time zones, channels. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blocksText } from './block-text.js';
import { startSlackHarness, type SlackHarness } from './slack-harness.js';

let s: SlackHarness;
beforeEach(async () => { s = await startSlackHarness(); });
afterEach(async () => { await s.close(); });

/** The n-th answer posted to a response_url, once it has arrived. */
async function answer(n: number): Promise<Record<string, any>> {
  await s.api.waitFor((calls) => calls.filter((c) => c.method === 'response_url').length >= n);
  return s.api.calls.filter((c) => c.method === 'response_url')[n - 1]!.params;
}

/** Sends each command in turn and returns the text of each answer. */
async function commands(...lines: string[]): Promise<string[]> {
  const texts: string[] = [];
  const before = s.api.calls.filter((c) => c.method === 'response_url').length;
  for (const line of lines) {
    await s.command(line);
    const reply = await answer(before + texts.length + 1);
    texts.push(`${String(reply.text)}\n${blocksText(reply.blocks as any[])}`);
  }
  return texts;
}

describe('Slack: the first week', () => {
  it('answers help team with the team commands and their examples', async () => {
    const [help] = await commands('help team');
    expect(help).toContain('team add Payments @ada @grace');
    expect(help).toContain('team channel &lt;team&gt; #channel');
  });

  it('takes the zone from the Slack profile, keeps a zone the person chose, and goes back with timezone auto', async () => {
    const [chosen] = await commands('timezone Asia/Kolkata', 'me');
    expect(chosen).toContain('Your time zone is now Asia/Kolkata (your choice).');
    expect(await s.person('U0ADA')).toMatchObject({ timeZone: 'Asia/Kolkata', timeZoneSource: 'own' });
    const [auto] = await commands('timezone auto');
    expect(auto).toContain('Your time zone is now Europe/Berlin (your chat profile).');
    expect(await s.person('U0ADA')).toMatchObject({ timeZone: 'Europe/Berlin', timeZoneSource: 'platform' });
  });

  it('confirms a check-in with when it really arrives', async () => {
    const [reply] = await commands('checkin sat 21:30');
    expect(reply).toContain('Saturday is not a work day, so it comes on Friday.');
    expect(reply).toContain('21:30 is in quiet hours (20:00–08:00), so it comes at 08:00.');
    expect(reply).toMatch(/The next one arrives Fri \d{4}-\d\d-\d\d 08:00 Europe\/Berlin\./);
  });
});
