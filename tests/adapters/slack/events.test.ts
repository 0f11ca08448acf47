/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument -- Slack payloads are JSON as sent on the wire; tests read them untyped on purpose. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture } from '../../support/slack-requests.js';
import { blocksText, buttonsIn } from './block-text.js';
import { startSlackHarness, type SlackHarness } from './slack-harness.js';

let s: SlackHarness;
beforeEach(async () => { s = await startSlackHarness(); });
afterEach(async () => { await s.close(); });

function dm(text: string, eventId: string): Record<string, any> {
  const envelope = fixture('message-im');
  envelope.event.text = text;
  envelope.event_id = eventId;
  return envelope;
}

describe('the bot\'s DM (message.im)', () => {
  it('logs a check-in reply as a win and confirms it in the DM', async () => {
    expect((await s.event(dm('Refactored the auth module using Cursor, saved 3h', 'Ev1'))).status).toBe(200);
    await s.api.waitFor(() => s.api.ok('chat.postMessage').length === 1);
    const reply = s.api.ok('chat.postMessage')[0]!.params;
    expect(reply.channel).toBe('D0ADA');
    expect(reply.text).toMatch(/^Logged win #1/);
    expect(buttonsIn(reply.blocks).map((b) => b.text)).toEqual(['Edit', 'Undo']);
    const ada = await s.person('U0ADA');
    expect(await s.h.store.listWinsByAuthor(ada!.id, 5)).toMatchObject([{ minutes: 180, source: 'checkin-reply', tools: ['Cursor'] }]);
  });

  it('runs a command typed in the DM instead of logging it', async () => {
    await s.event(dm('me', 'Ev2'));
    await s.api.waitFor(() => s.api.ok('chat.postMessage').length === 1);
    expect(s.api.ok('chat.postMessage')[0]!.params.text).toBe('0 wins and 0 setbacks.');
    expect(await s.h.store.listWinsByAuthor((await s.person('U0ADA'))!.id, 5)).toEqual([]);
  });

  it('ignores edits and bot messages (events with a subtype)', async () => {
    const edited = dm('Shipped the thing with Claude', 'Ev3');
    edited.event.subtype = 'message_changed';
    await s.event(edited);
    await s.event(dm('log Wrote the runbook with Claude', 'Ev4'));
    await s.api.waitFor(() => s.api.ok('chat.postMessage').length === 1);
    const ada = await s.person('U0ADA');
    expect((await s.h.store.listWinsByAuthor(ada!.id, 5)).map((w) => w.text)).toEqual(['Wrote the runbook with Claude']);
  });
});

describe('App Home (app_home_opened)', () => {
  it('publishes the person\'s recent wins, preferences and a Log a win button', async () => {
    await s.command('log Automated release notes with Claude, saved 30 min');
    await s.api.waitFor((calls) => calls.some((c) => c.method === 'response_url'));
    expect((await s.event(fixture('app-home-opened'))).status).toBe(200);
    await s.api.waitFor(() => s.api.ok('views.publish').length === 1);
    const published = s.api.ok('views.publish')[0]!.params;
    expect(published.user_id).toBe('U0ADA');
    expect(published.view.type).toBe('home');
    const text = blocksText(published.view.blocks);
    expect(text).toContain('Automated release notes with Claude');
    expect(text).toContain('Nudges: on');
    expect(text).toContain('Weekly check-in: thu at 15:00 (Europe/Berlin)');
    expect(buttonsIn(published.view.blocks).map((b) => b.text)).toEqual(['Log a win', 'Turn nudges off']);
  });

  it('publishes nothing for the Messages tab', async () => {
    const envelope = fixture('app-home-opened');
    envelope.event.tab = 'messages';
    envelope.event_id = 'Ev0MSGTAB';
    await s.event(envelope);
    await s.event(fixture('app-home-opened'));
    await s.api.waitFor(() => s.api.ok('views.publish').length === 1);
    expect(s.api.ok('views.publish')).toHaveLength(1);
  });
});
