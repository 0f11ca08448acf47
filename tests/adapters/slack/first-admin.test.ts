/** Who becomes the first shiplog admin in a fresh Slack workspace (issue 11, item 3). */
import { afterEach, describe, expect, it } from 'vitest';
import { startSlackHarness, type SlackHarness, type SlackHarnessOptions } from './slack-harness.js';

let s: SlackHarness;
afterEach(async () => { await s.close(); });

/** The n-th answer posted to a response_url, as the person reads it (every block's text). */
async function answer(n: number): Promise<string> {
  await s.api.waitFor((calls) => calls.filter((c) => c.method === 'response_url').length >= n);
  const params = s.api.calls.filter((c) => c.method === 'response_url')[n - 1]!.params;
  return JSON.stringify(params.blocks ?? params.text);
}

const sam = { user_id: 'U0SAM', user_name: 'sam' };
const HOW = "In Slack its admins are the workspace's admins and owners";

async function fresh(options: SlackHarnessOptions = {}): Promise<void> {
  s = await startSlackHarness(options);
  expect(await s.h.store.listPeople()).toEqual([]);
}

describe('the first admin in a fresh Slack workspace', () => {
  it('does not make a member who is not a Slack admin or owner admin by writing first, and tells them how it works', async () => {
    await fresh();
    await s.command('set min-group-size 7', sam);
    const refused = await answer(1);
    expect(refused).toContain('Only shiplog admins can run');
    expect(refused).toContain(HOW);
    expect((await s.person('U0SAM'))?.isAdmin).toBe(false);
    expect(await s.h.store.getSettings('workspace')).toEqual({});
  });

  it('answers a newcomer’s first command and adds how admins are chosen while there is none', async () => {
    await fresh();
    await s.command('me', sam);
    expect(await answer(1)).toContain(HOW);
    // Said once, on first contact only.
    await s.command('me', sam);
    expect(await answer(2)).not.toContain(HOW);
  });

  it('makes the workspace owner admin when they come after a member', async () => {
    await fresh();
    await s.command('me', sam);
    await answer(1);
    await s.command('set min-group-size 7'); // Ada, the workspace owner
    expect(await answer(2)).toContain('min-group-size is now 7');
    expect((await s.person('U0ADA'))?.isAdmin).toBe(true);
    expect((await s.person('U0SAM'))?.isAdmin).toBe(false);
  });

  it('does not make a member admin when users.info fails for their first request', async () => {
    await fresh();
    s.api.failNext('users.info', 'ratelimited');
    await s.command('set min-group-size 7', sam);
    expect(await answer(1)).toContain('Only shiplog admins can run');
    expect((await s.person('U0SAM'))?.isAdmin).toBe(false);
  });

  it('makes a member listed in SHIPLOG_ADMINS admin on first contact', async () => {
    await fresh({ appDeps: { admins: ['sam@acme.test'] } });
    await s.command('set min-group-size 7', sam);
    expect(await answer(1)).toContain('min-group-size is now 7');
    expect((await s.person('U0SAM'))?.isAdmin).toBe(true);
  });

  it('with SLACK_ADMINS_FROM_WORKSPACE=false and no SHIPLOG_ADMINS, the first person to write sets shiplog up', async () => {
    await fresh({ adminsFromWorkspace: false });
    await s.command('set min-group-size 7', sam);
    expect(await answer(1)).toContain('min-group-size is now 7');
    expect((await s.person('U0SAM'))?.isAdmin).toBe(true);
  });
});
