/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-call -- Slack payloads are JSON as sent on the wire; tests read them untyped on purpose. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blocksText } from './block-text.js';
import { startSlackHarness, type SlackHarness } from './slack-harness.js';

let s: SlackHarness;
beforeEach(async () => { s = await startSlackHarness(); });
afterEach(async () => { await s.close(); });

/** The n-th answer posted to a response_url, once it has arrived. */
async function answer(n = 1): Promise<Record<string, any>> {
  await s.api.waitFor((calls) => calls.filter((c) => c.method === 'response_url').length >= n);
  return s.api.calls.filter((c) => c.method === 'response_url')[n - 1]!.params;
}

describe('/shiplog over HTTP', () => {
  it('logs a win, creating the person from users.info, and answers privately with what was parsed', async () => {
    const res = await s.command('log Fixed the flaky checkout test with Copilot, saved 2h https://github.com/acme/shop/pull/42');
    expect(res.status).toBe(200);
    const reply = await answer();
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toBe('Logged win #1 (bug-fix, verified).');
    expect(blocksText(reply.blocks)).toContain('*Time saved*\n2 h');
    expect(blocksText(reply.blocks)).toContain('[Edit] [Undo]');
    const ada = await s.person('U0ADA');
    expect(ada).toMatchObject({ displayName: 'Ada', email: 'ada@acme.test', timeZone: 'Europe/Berlin', isAdmin: true });
    expect(await s.h.store.listWinsByAuthor(ada!.id, 5)).toMatchObject([{ category: 'bug-fix', minutes: 120, source: 'command', tools: ['Copilot'] }]);
    expect(s.api.ok('users.info')[0]!.params.user).toBe('U0ADA');
  });

  it('shows the person their own wins with me', async () => {
    await s.command('log Automated release notes with Claude, saved 30 min');
    await answer(1);
    await s.command('me');
    const reply = await answer(2);
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toBe('1 win and 0 setbacks.');
    expect(blocksText(reply.blocks)).toContain('Automated release notes with Claude');
  });

  it('answers help with the commands this person may run', async () => {
    await s.command('help');
    const reply = await answer();
    expect(blocksText(reply.blocks)).toContain('log &lt;what AI helped you ship&gt;');
  });

  it('refuses an admin command to a non-admin, writing nothing', async () => {
    await s.command('help'); // Ada, a workspace owner, arrives first
    await answer(1);
    await s.command('set min-group-size 7', { user_id: 'U0SAM', user_name: 'sam' });
    const reply = await answer(2);
    expect(reply.text).toContain('Only shiplog admins can run "set"');
    expect(reply.response_type).toBe('ephemeral');
    expect(await s.h.store.getSettings('workspace')).toEqual({});
    expect((await s.person('U0SAM'))?.isAdmin).toBe(false);
  });

  it('reads Slack\'s formatting: escaped characters and <url|label> links become plain text', async () => {
    await s.command('log Fixed &lt;Checkout&gt; &amp; cart with Copilot <https://github.com/acme/shop/pull/42|PR 42>');
    await answer();
    expect(await s.h.store.getWin(1)).toMatchObject({
      text: 'Fixed <Checkout> & cart with Copilot PR 42 https://github.com/acme/shop/pull/42',
      links: ['https://github.com/acme/shop/pull/42'],
    });
  });

  it('explains an unknown command and suggests the closest one', async () => {
    await s.command('lgo fixed a bug');
    const reply = await answer();
    expect(reply.text).toContain('Did you mean: log fixed a bug');
    expect(reply.text.startsWith('⚠️')).toBe(true);
  });
});
