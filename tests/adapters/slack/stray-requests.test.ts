/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument -- Slack payloads are JSON as sent on the wire; tests read them untyped on purpose. */
/**
 * Signed requests no shiplog listener takes (issue 11, item 2): acknowledged at once with an
 * empty 200, never left for Bolt to answer 404 after 3 s. Checked by the answer, not the clock.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixture } from '../../support/slack-requests.js';
import { startSlackHarness, type SlackHarness } from './slack-harness.js';

let s: SlackHarness;
beforeEach(async () => { s = await startSlackHarness(); });
afterEach(async () => { await s.close(); });

it.each([
  ['a message shortcut of another app', () => ({ ...fixture('message-shortcut'), callback_id: 'someone_elses_shortcut' })],
  ['a view submission with an empty callback id', () => { const v = fixture('view-submission'); v.view.callback_id = ''; return v; }],
])('acknowledges %s at once and does nothing', async (_name, payload: () => any) => {
  const res = await s.interact(payload());
  expect(res).toMatchObject({ status: 200, body: '' });
  expect(s.api.calls.map((c) => c.method)).toEqual(['auth.test']);
});

it('acknowledges an event shiplog does not listen to and does nothing', async () => {
  const envelope = { ...fixture('message-im'), event_id: 'Ev0STRAY', event: { type: 'reaction_added', user: 'U0ADA', reaction: 'tada', item: { type: 'message', channel: 'C1', ts: '1.2' }, event_ts: '1.3' } };
  const res = await s.event(envelope);
  expect(res).toMatchObject({ status: 200, body: '' });
  expect(s.api.calls.map((c) => c.method)).toEqual(['auth.test']);
});
