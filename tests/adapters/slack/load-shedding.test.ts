/**
 * Load shedding: with as many commands in hand as allowed (users.info held by the fake), the
 * next command is answered at once, in its acknowledgement, that shiplog did nothing; the
 * commands in hand still finish, each stored once. Counting, not timing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSlackHarness, type SlackHarness } from './slack-harness.js';

let s: SlackHarness;
beforeEach(async () => { s = await startSlackHarness({ commandsInHand: 2 }); });
afterEach(async () => { await s.close(); });

describe('a slash command beyond the commands in hand', () => {
  it('is answered busy in its acknowledgement and not run; the others finish', async () => {
    const release = s.api.hold('users.info');
    const taken = await Promise.all([
      s.command('log Shipped the retry queue with Claude', { user_id: 'U0ADA' }),
      s.command('log Fixed the flaky test with Copilot', { user_id: 'U0SAM' }),
    ]);
    for (const res of taken) expect(res).toMatchObject({ status: 200, body: '' });
    await s.api.waitFor(() => s.api.heldCalls('users.info') === 2);

    const shed = await s.command('log Drafted the migration guide with Claude', { user_id: 'U0ADA' });
    expect(shed.status).toBe(200);
    const answer = JSON.parse(shed.body) as { response_type: string; text: string };
    expect(answer.response_type).toBe('ephemeral');
    expect(answer.text).toContain('too busy to take this right now, so it did nothing');

    release();
    await s.api.waitFor(() => s.api.ok('response_url').length === 2);
    const texts = async (user: string) => (await s.h.store.listWinsByAuthor((await s.person(user))!.id, 10)).map((w) => w.text);
    expect(await texts('U0ADA')).toEqual(['Shipped the retry queue with Claude']);
    expect(await texts('U0SAM')).toEqual(['Fixed the flaky test with Copilot']);

    // With room again, the next command runs.
    const again = await s.command('log Drafted the migration guide with Claude', { user_id: 'U0ADA' });
    expect(again).toMatchObject({ status: 200, body: '' });
    await s.api.waitFor(() => s.api.ok('response_url').length === 3);
    expect(await texts('U0ADA')).toHaveLength(2);
  });
});
