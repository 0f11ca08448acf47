import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture, postSigned, signature, slashCommandBody } from '../../support/slack-requests.js';
import { buttonPress, restart, SECRET, startSlackHarness, type SlackHarness } from './slack-harness.js';

let s: SlackHarness;
beforeEach(async () => { s = await startSlackHarness(); });
afterEach(async () => { await s.close(); });

const now = (): number => Math.floor(Date.now() / 1000);

/** Only the start-up token checks reached Slack, and nobody was created. */
async function expectNothingChanged(): Promise<void> {
  expect(s.api.calls.map((c) => c.method).filter((m) => m !== 'auth.test')).toEqual([]);
  expect(await s.h.store.listPeople()).toEqual([]);
}

describe('request verification', () => {
  it('answers a correctly signed request (control case)', async () => {
    expect((await s.command('help')).status).toBe(200);
    await s.api.waitFor((calls) => calls.some((c) => c.method === 'response_url'));
  });

  it('rejects a bad signature with 401 and changes nothing', async () => {
    const res = await s.command('log should not be stored', {}, { signature: signature('not-the-secret', now(), 'x') });
    expect(res.status).toBe(401);
    await expectNothingChanged();
  });

  it('rejects a timestamp older than 5 minutes with 401 and changes nothing', async () => {
    const res = await s.command('log should not be stored', {}, { timestamp: now() - 301 });
    expect(res.status).toBe(401);
    await expectNothingChanged();
  });

  it('rejects a timestamp an hour in the future with 401 and changes nothing (Bolt alone accepts it)', async () => {
    const res = await s.command('log should not be stored', {}, { timestamp: now() + 3600 });
    expect(res.status).toBe(401);
    const event = await s.event(fixture('message-im'), { timestamp: now() + 3600 });
    expect(event.status).toBe(401);
    await expectNothingChanged();
  });

  it('rejects a request without a timestamp', async () => {
    const res = await fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(401);
    await expectNothingChanged();
  });
});

describe('Slack retries', () => {
  it('logs one win, and confirms once, when the same event arrives three times', async () => {
    const envelope = fixture('message-im');
    const first = await s.event(envelope);
    const second = await s.event(envelope, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    const third = await s.event(envelope, { headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' } });
    expect([first.status, second.status, third.status]).toEqual([200, 200, 200]);
    await s.api.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
    const ada = await s.person('U0ADA');
    const wins = await s.h.store.listWinsByAuthor(ada!.id, 10);
    expect(wins).toHaveLength(1);
    expect(wins[0]).toMatchObject({ text: 'Cut the build time in half with Claude', source: 'checkin-reply' });
    expect(s.api.ok('chat.postMessage')).toHaveLength(1);
  });
});

describe('Slack retries across a restart', () => {
  it('logs one win and confirms it once when a retry reaches a freshly started instance', async () => {
    const envelope = fixture('message-im');
    await s.event(envelope);
    await s.api.waitFor(() => s.api.ok('chat.postMessage').length === 1);
    const restarted = await restart(s);
    try {
      const retry = await restarted.event(envelope, { headers: { 'x-slack-retry-num': '3', 'x-slack-retry-reason': 'http_error' } });
      expect(retry.status).toBe(200);
      // A command after the retry is answered, so the retry had its turn before it.
      await s.command('help', { response_url: s.api.responseUrl() });
      await s.api.waitFor(() => s.api.ok('response_url').length === 1);
      expect(s.api.ok('chat.postMessage')).toHaveLength(1);
      const ada = await s.person('U0ADA');
      expect(await s.h.store.listWinsByAuthor(ada!.id, 10)).toHaveLength(1);
    } finally {
      await restarted.close();
    }
  });
});

describe('replayed requests', () => {
  it('runs a signed slash command replayed within the 5-minute window once', async () => {
    const timestamp = now();
    const fields = { text: 'log Replayed win with Claude', response_url: s.api.responseUrl(), trigger_id: '1.2.replayed' };
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push((await s.command(fields.text, fields, { timestamp })).status);
    expect(answers).toEqual([200, 200, 200]);
    await s.command('help', { response_url: s.api.responseUrl() });
    await s.api.waitFor(() => s.api.ok('response_url').length === 2);
    const ada = await s.person('U0ADA');
    expect((await s.h.store.listWinsByAuthor(ada!.id, 10)).map((w) => w.text)).toEqual(['Replayed win with Claude']);
  });

  it('runs a replay once even after a restart (the keys are stored)', async () => {
    const timestamp = now();
    const fields = { text: 'log Shipped once with Claude', response_url: s.api.responseUrl(), trigger_id: '1.2.once' };
    await s.command(fields.text, fields, { timestamp });
    await s.api.waitFor(() => s.api.ok('response_url').length === 1);
    const restarted = await restart(s);
    try {
      const send = (extra: Record<string, string>, ts?: number) =>
        postSigned(restarted.url, slashCommandBody({ ...fixture<Record<string, string>>('slash-command'), ...extra }), 'application/x-www-form-urlencoded', { secret: SECRET, ...(ts !== undefined && { timestamp: ts }) });
      expect((await send(fields, timestamp)).status).toBe(200);
      // A later command is answered after anything the replay would have done.
      await send({ text: 'help', response_url: s.api.responseUrl() });
      await s.api.waitFor(() => s.api.ok('response_url').length >= 2);
      expect(s.api.ok('response_url').map((c) => String(c.params.text))).toEqual([expect.stringMatching(/^Logged win #1/), expect.not.stringMatching(/^Logged win/)]);
      const ada = await s.person('U0ADA');
      expect(await s.h.store.listWinsByAuthor(ada!.id, 10)).toHaveLength(1);
    } finally {
      await restarted.close();
    }
  });
});

describe('the error policy', () => {
  it('tells the person a reference when Slack refuses to open a form', async () => {
    s.api.failNext('views.open', 'expired_trigger_id');
    await s.interact(buttonPress('log-win#0', ''));
    await s.api.waitFor(() => s.api.ok('chat.postMessage').length === 1);
    const dm = s.api.ok('chat.postMessage')[0]!.params;
    expect(dm.channel).toBe('U0ADA');
    expect(dm.text).toMatch(/^Something went wrong \(ref [0-9a-f]{8}\)/);
  });
});
