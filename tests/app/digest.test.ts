/** digest preview and history through the app, on a real SQLite file. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeOrgRollup, composeTeamDigest } from '../../src/app/digest/compose.js';
import type { Message } from '../../src/core/message.js';
import { makeHarness, type Harness } from '../support/app-harness.js';
import { textOf } from '../support/message-text.js';

let h: Harness;
beforeEach(async () => { h = await makeHarness('2026-11-25T10:00:00Z'); });
afterEach(async () => { await h.close(); });

const run = (who: string, line: string): Promise<Message> => h.app.handleCommand(h.as(who), line);

async function org(): Promise<void> {
  await run('Ada', 'help'); // first person: admin
  for (const name of ['Bo', 'Cy', 'Di', 'Mal', 'Lee', 'Zed']) await run(name, 'help');
  await run('Ada', 'team create Payments');
  await run('Ada', 'team create Mobile');
  await run('Ada', 'team create Search');
  await run('Ada', 'team add Payments @bo @cy @di @mal');
  await run('Ada', 'team lead Payments @lee');
  await run('Ada', 'team lead Mobile @zed');
  await run('Ada', 'team lead Search @zed');
}

describe('digest preview', () => {
  beforeEach(org);

  it("shows the caller's only team, privately, marked as a preview", async () => {
    await run('Bo', 'log Fixed the flaky login test with Copilot, saved 2h https://github.com/acme/pay/pull/7');
    const reply = await run('Lee', 'digest preview');
    expect(reply.errorCode).toBeUndefined();
    expect(reply.private).toBe(true);
    const text = textOf(reply);
    expect(text).toContain('Preview: what Payments would get if its digest went out now. Nothing was sent.');
    expect(text).toContain('1 win from 1 of 5 people this week, about 2 h saved, 1 verified.');
    expect(await h.store.listDeliveries('digest', 'team:1', 10)).toEqual([]);
  });

  it.each([
    ['Bo', 'digest preview', 'AUTH.FORBIDDEN', 'Only team leads and admins can run "digest preview". Ask an admin (Ada).'],
    ['Zed', 'digest preview Payments', 'AUTH.FORBIDDEN', 'Only the leads of Payments and admins can preview its digest. You lead: Mobile, Search.'],
    ['Zed', 'digest preview', 'DIGEST.TEAM_NEEDED', 'You lead 2 teams (Mobile, Search); say which one. Try: digest preview Mobile'],
    ['Ada', 'digest history', 'DIGEST.TEAM_NEEDED', "You don't lead a team, so name one: digest history <team>. Teams: Mobile, Payments, Search."],
    ['Lee', 'digest preview Nope', 'TEAM.NOT_FOUND', 'There is no team called "Nope". Teams you can preview: Payments.'],
    ['Zed', 'digest history Payments', 'AUTH.FORBIDDEN', 'Only the leads of Payments and admins can history its digest. You lead: Mobile, Search.'],
  ])('%s: "%s" -> %s', async (who, line, code, summary) => {
    const reply = await run(who, line);
    expect(reply.errorCode).toBe(code);
    expect(reply.summary).toBe(summary);
  });

  it('lets an admin preview any team by name, and a lead of two teams name one', async () => {
    expect((await run('Ada', 'digest preview Payments')).errorCode).toBeUndefined();
    expect(textOf(await run('Zed', 'digest preview search'))).toContain('Search · AI wins, week 2026-W48');
  });

  it('counts 40 templated wins claiming 200 h once, and highlights that person at most once', async () => {
    for (let i = 1; i <= 40; i++) await run('Mal', `log Renamed variable tmp${i} in utils.ts with Copilot, saved 5h`);
    await run('Bo', 'log Fixed the flaky login test with Copilot, saved 2h https://github.com/acme/pay/pull/7');
    await run('Cy', 'log Automated the refund report with Claude, saved 3h');
    const text = textOf(await run('Lee', 'digest preview'));
    // Mal 1 win (39 folded), 5 h; Bo 2 h; Cy 3 h: 3 wins, 3 of 5 people, 10 h, 1 verified.
    expect(text).toContain('3 wins from 3 of 5 people this week, about 10 h saved, 1 verified.');
    expect(text).toContain('39 near-duplicate wins counted once');
    expect(text.match(/@Mal/g)).toHaveLength(1);
    expect(text).toContain('Wins 0,0,0,0,0,0,0,3 3 this week · 4-week avg 0 · up from none');
  });
});

describe('digest history', () => {
  beforeEach(org);

  async function send(period: string, message: Message, status: 'sent' | 'failed' = 'sent'): Promise<void> {
    const at = new Date('2026-11-27T15:00:00Z');
    await h.store.claimDelivery('digest', 'team:1', period, at, at);
    await h.store.completeDelivery('digest', 'team:1', period, status, at, status === 'sent' ? { payload: JSON.stringify(message) } : { error: 'boom' });
  }

  it('says so when nothing was sent yet', async () => {
    expect((await run('Lee', 'digest history')).summary).toBe('No digest of Payments has been sent yet. See what it would say: digest preview Payments');
  });

  it('shows the last 8 sent, newest first, exactly as stored', async () => {
    await run('Bo', 'log Fixed the flaky login test with Copilot, saved 2h');
    const digest = await composeTeamDigest(h.store, 1, h.clock.now());
    if (!digest.ok) throw new Error(digest.error.code);
    for (let w = 38; w <= 47; w++) await send(`2026-W${w}`, { ...digest.value, summary: `stored W${w}` });
    await send('2026-W48', digest.value, 'failed');
    await run('Cy', 'log Something new that was not in the sent digests');
    const reply = await run('Lee', 'digest history');
    const text = textOf(reply);
    const weeks = [...text.matchAll(/Week (2026-W\d+), sent 2026-11-27 15:00 UTC/g)].map((m) => m[1]);
    expect(weeks).toEqual(['2026-W47', '2026-W46', '2026-W45', '2026-W44', '2026-W43', '2026-W42', '2026-W41', '2026-W40']);
    expect(reply.summary).toBe('8 past digests of Payments. Latest: stored W47');
    expect(text.match(/1 win from 1 of 5 people this week, about 2 h saved, 0 verified\./g)).toHaveLength(8);
    expect(text).not.toContain('Something new');
    expect(reply.blocks.some((b) => b.type === 'actions')).toBe(false);
  });
});

describe('organisation roll-up', () => {
  beforeEach(org);

  it('lists teams by name with distinct org counts and no usage for small teams', async () => {
    await run('Bo', 'log Fixed the flaky login test with Copilot, saved 2h');
    await run('Ada', 'team add Search @bo');
    const rollup = await composeOrgRollup(h.store, h.clock.now());
    const text = textOf(rollup);
    expect(text).toContain('1 win from 1 person across 3 teams this week, about 2 h saved, 0 verified.');
    expect(text.indexOf('Mobile:')).toBeLessThan(text.indexOf('Payments:'));
    expect(text.indexOf('Payments:')).toBeLessThan(text.indexOf('Search:'));
    expect(text).toContain('Payments: 1 win from 1 of 5 people, 0 verified, about 2 h saved. usage hidden (too few people with data).');
    expect(text).toContain('Search: 1 win from 1 of 2 people');
    expect(text).not.toMatch(/tokens|\$\d/);
  });
});
