/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-return -- Slack payloads are JSON as sent on the wire; tests read them untyped on purpose. */
/**
 * Every Slack request is acknowledged before anything that waits on Slack or the database:
 * users.info is held unanswered by the fake, and the acknowledgement must still arrive
 * (Bolt answers 404 after 3 s to a request nobody acknowledged). Ordering, not timing.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture, postSigned } from '../../support/slack-requests.js';
import { buttonPress, SECRET, startSlackHarness, type SlackHarness } from './slack-harness.js';

const errors: unknown[] = [];
const log = { debug() {}, info() {}, warn() {}, error: (obj: object) => void errors.push(obj) };

let s: SlackHarness;
beforeEach(async () => {
  errors.length = 0;
  s = await startSlackHarness({ log });
});
afterEach(async () => { await s.close(); });

const winsOf = async (user: string) => {
  const person = await s.person(user);
  return person === null ? [] : s.h.store.listWinsByAuthor(person.id, 10);
};

describe('acknowledge first', () => {
  it('closes a valid form before users.info answers, then saves the win once and confirms privately', async () => {
    const release = s.api.hold('users.info');
    const res = await s.interact(fixture('view-submission'));
    expect(res).toMatchObject({ status: 200, body: '' });
    expect(await winsOf('U0ADA')).toEqual([]);
    release();
    await s.api.waitFor(() => s.api.ok('chat.postEphemeral').length === 1);
    expect((await winsOf('U0ADA')).map((w) => w.text)).toEqual(['Shipped search with Cursor']);
    expect(s.api.ok('chat.postEphemeral')[0]!.params).toMatchObject({ channel: 'C0GENERAL', user: 'U0ADA' });
  });

  it('shows field errors in the acknowledgement without waiting for users.info', async () => {
    const release = s.api.hold('users.info');
    const view = fixture('view-submission');
    view.view.state.values.saved.value.value = 'a while';
    const res = await s.interact(view);
    release();
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ response_action: 'errors', errors: { saved: 'Use a duration like 2h, 30 min or half a day.' } });
  });

  it('saves the win once when users.info is rate-limited with Retry-After', async () => {
    s.api.rateLimit('users.info', 4); // past Slack's 3 s, had the ack waited for it
    const res = await s.interact(fixture('view-submission'));
    expect(res).toMatchObject({ status: 200, body: '' });
    await s.api.waitFor(() => s.api.ok('chat.postEphemeral').length === 1, 10_000);
    expect(s.api.calls.filter((c) => c.method === 'users.info').map((c) => c.status)).toEqual([429, 200]);
    expect(await winsOf('U0ADA')).toHaveLength(1);
  });

  it('acknowledges a button press before users.info answers', async () => {
    const release = s.api.hold('users.info');
    const res = await s.interact(buttonPress('log-win#0', ''));
    expect(res.status).toBe(200);
    release();
    await s.api.waitFor(() => s.api.ok('views.open').length === 1);
  });
});

describe('stray and malformed payloads are answered at once, never by a TypeError', () => {
  const noActions = (): any => {
    const press = buttonPress('log-win#0', '');
    delete press.actions;
    return press;
  };
  const withoutState = (): any => {
    const view = fixture('view-submission');
    delete view.view.state;
    return view;
  };

  it.each([
    ['an unknown action id', () => buttonPress('not-a-shiplog-button', '1')],
    ['block_actions without actions', noActions],
    ['a closed modal', () => ({ ...fixture('view-submission'), type: 'view_closed' })],
  ])('acknowledges %s and does nothing', async (_name, payload) => {
    const res = await s.interact(payload());
    expect(res).toMatchObject({ status: 200, body: '' });
    expect(s.api.calls.map((c) => c.method)).toEqual(['auth.test']);
  });

  it.each([
    ['a view submission without state', withoutState, 'a view submission without its state'],
    ['a view submission without a view', () => ({ ...fixture('view-submission'), view: undefined }), 'a view submission without a view'],
    ['a payload without a type', () => ({ user: { id: 'U0ADA' } }), 'the payload has no type'],
    ['an event that is not an object', () => ({ type: 'block_actions', user: 'U0ADA' }), 'block_actions without a user'],
  ])('rejects %s with 400 and says why', async (_name, payload, reason) => {
    const res = await s.interact(payload());
    expect(res).toMatchObject({ status: 400, body: `malformed Slack request: ${reason}` });
    expect(s.api.calls.map((c) => c.method)).toEqual(['auth.test']);
  });

  it('rejects a body that is not JSON', async () => {
    const res = await postSigned(s.url, 'payload=%7Bnot json', 'application/x-www-form-urlencoded', { secret: SECRET });
    expect(res).toMatchObject({ status: 400, body: 'malformed Slack request: the body is not a Slack payload' });
  });

  it('rejects an event envelope without its event', async () => {
    const res = await s.event({ ...fixture('message-im'), event: 'x' });
    expect(res.status).toBe(400);
  });

  afterEach(() => {
    expect(errors).toEqual([]);
  });
});

describe('acknowledge first, while another process holds the database', () => {
  it('acknowledges commands while an import holds SQLite\'s write lock, then does their work once the lock is free', async () => {
    // Another connection (an import in another process) takes the write lock and keeps it.
    const importer = new Database(s.h.dbPath);
    importer.pragma('busy_timeout = 0');
    importer.exec('BEGIN IMMEDIATE');
    let released = false;
    try {
      const timestamp = Math.floor(Date.now() / 1000);
      const fields = { trigger_id: '1.lock.first', response_url: s.api.responseUrl() };
      const first = await s.command('log Shipped the lock test with Claude', fields, { timestamp });
      const replay = await s.command('log Shipped the lock test with Claude', fields, { timestamp });
      // Both answered while the lock is still held: the replay key is claimed after the ack.
      expect([first.status, replay.status, released]).toEqual([200, 200, false]);
    } finally {
      importer.exec('COMMIT');
      released = true;
      importer.close();
    }
    await s.api.waitFor(() => s.api.ok('response_url').length >= 1);
    await s.command('help', { trigger_id: '1.lock.after' });
    await s.api.waitFor(() => s.api.ok('response_url').length >= 2);
    expect((await winsOf('U0ADA')).map((w) => w.text)).toEqual(['Shipped the lock test with Claude']);
  });
});
