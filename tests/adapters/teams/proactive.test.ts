/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument -- activities and cards are JSON as sent on the wire; tests read them untyped on purpose. */
/** Teams proactive sends: check-ins and digests through stored conversation references, throttling and blocked users. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MESSAGE_WRITES_BLOCKED } from '../../support/fake-bot-connector.js';
import { activity, ADA, cardText, startTeams, TOM, type TeamsHarness } from './teams-harness.js';

let h: TeamsHarness;
beforeEach(async () => { h = await startTeams(); });
afterEach(async () => {
  for (const c of h.connector.cards()) {
    expect(c.problems).toEqual([]);
    expect(c.bytes).toBeLessThan(28 * 1024);
  }
  await h.close();
});

const BOT = { type: 'mention', text: '<at>shiplog</at>', mentioned: { id: '28:shiplog-bot', name: 'shiplog' } };
const inChannel = (text: string, entities: any[] = []) => h.post(activity('message-channel-mention', h.connector, { text: `<at>shiplog</at> ${text}`, entities: [BOT, ...entities] }));
const tomMention = { type: 'mention', text: '<at>Tom Baker</at>', mentioned: { id: TOM.id, name: 'Tom Baker' } };
const generalMention = { type: 'mention', text: '<at>General</at>', mentioned: { id: '19:core-general@thread.tacv2', name: 'General', type: 'channel' } };

/** Ada (admin, wrote to the bot) and Tom (never wrote) in team Core, Tom leading, digest to #General. */
async function setUpCore(): Promise<void> {
  expect((await h.post(activity('installation-update-team', h.connector))).status).toBe(200);
  await h.say(ADA, 'team create Core');
  await inChannel('team add Core <at>Ada Lovelace</at> <at>Tom Baker</at>', [{ type: 'mention', text: '<at>Ada Lovelace</at>', mentioned: { id: ADA.id, name: 'Ada Lovelace' } }, tomMention]);
  await inChannel('team lead Core <at>Tom Baker</at>', [tomMention]);
  await inChannel('team channel Core <at>General</at>', [generalMention]);
  const core = await h.store.findTeamByKey('core');
  expect(core).toMatchObject({ channel: '19:core-general@thread.tacv2', channelPlatform: 'teams' });
}

describe('installation', () => {
  it('installationUpdate stores where the team can be reached', async () => {
    const res = await h.post(activity('installation-update-team', h.connector));
    expect(res.status).toBe(200);
    const channel = await h.store.getConversationReference('teams', 'conversation:19:core-general@thread.tacv2');
    expect(JSON.parse(channel!.reference)).toMatchObject({ serviceUrl: h.connector.serviceUrl, channelId: 'msteams', conversation: { id: '19:core-general@thread.tacv2', tenantId: 'tenant-acme' }, bot: { id: '28:shiplog-bot' } });
    expect(await h.store.getConversationReference('teams', 'service')).not.toBeNull();
    expect(h.connector.sent()).toEqual([]);
  });
});

describe('check-ins and digests through stored references', () => {
  it('sends check-ins to 1:1 chats (opening one for Tom, who never wrote) and the digest to the channel and the lead', async () => {
    await setUpCore();
    const before = h.connector.sent().length;
    h.clock.set('2026-11-26T15:30:00Z'); // Thursday, after 15:00 in Berlin and in UTC
    const checkins = await h.app.runDue();
    expect(checkins.failed).toEqual([]);
    expect(h.connector.created).toHaveLength(1);
    expect(h.connector.created[0]!.body).toMatchObject({ isGroup: false, bot: { id: '28:shiplog-bot' }, members: [{ id: TOM.id }], tenantId: 'tenant-acme' });
    const sent = h.connector.sent().slice(before);
    expect(sent.map((s) => s.conversationId).sort()).toEqual(['a:chat-aad-ada', 'a:created-1']);
    for (const s of sent) expect(cardText(s.activity)).toMatch(/What did AI help you ship/);

    h.clock.set('2026-11-27T17:00:00Z'); // Friday, after the 16:00 digest
    const digests = await h.app.runDue();
    expect(digests.sent).toContain('digest team:1 2026-W48');
    const digestSends = h.connector.sent().slice(before + 2).filter((s) => /^Core/.test(s.activity.summary));
    expect(digestSends.map((s) => s.conversationId).sort()).toEqual(['19:core-general@thread.tacv2', 'a:created-1']);
    // Tom's 1:1 chat was stored when it was opened: no second conversation.
    expect(h.connector.created).toHaveLength(1);
  });
});

describe('Teams throttling and refusals', () => {
  it('429 with Retry-After: waits, then one successful send', async () => {
    await h.say(ADA, 'help');
    const before = h.connector.sent().length;
    h.connector.failSends({ status: 429, headers: { 'retry-after': '3' }, body: { error: { code: 'Throttled' } } });
    await h.chat.send({ kind: 'person', platform: 'teams', personId: 1, platformUserId: ADA.id }, { summary: 'Hello', blocks: [{ type: 'text', spans: [{ type: 'text', text: 'Hello' }] }], private: true });
    expect(h.connector.sent().length).toBe(before + 1);
    const attempts = h.connector.requests.filter((r) => r.method === 'POST' && r.path.includes('/activities'));
    expect(attempts.length).toBe(before + 2);
    expect(h.waits).toContain(3000);
  });

  it('412, 502 and 504 are retried with growing backoff; other failures are not', async () => {
    await h.say(ADA, 'help');
    const before = h.connector.sent().length;
    h.connector.failSends({ status: 412 }, { status: 502 }, { status: 504 });
    const hello = { summary: 'Hello', blocks: [], private: true };
    await h.chat.send({ kind: 'person', platform: 'teams', personId: 1, platformUserId: ADA.id }, hello);
    expect(h.connector.sent().length).toBe(before + 1);
    expect(h.waits.filter((w) => w >= 2000)).toEqual([2000, 4000, 8000]);
    h.connector.failSends({ status: 400, body: { error: { code: 'BadArgument' } } });
    await expect(h.chat.send({ kind: 'person', platform: 'teams', personId: 1, platformUserId: ADA.id }, hello)).rejects.toThrow();
  });

  it('403 MessageWritesBlocked marks the person unreachable, stops sends to them, and admins see it in `unreachable`', async () => {
    await setUpCore();
    const tom = (await h.store.findPersonByPlatformId('teams', TOM.id))!;
    h.connector.failSends(MESSAGE_WRITES_BLOCKED);
    const hello = { summary: 'Hello', blocks: [], private: true };
    await expect(h.chat.send({ kind: 'person', platform: 'teams', personId: tom.id, platformUserId: TOM.id }, hello)).rejects.toThrow(/blocked or uninstalled/);
    expect(await h.store.getConversationReference('teams', `person:${TOM.id}`)).toMatchObject({ unreachableReason: 'MessageWritesBlocked' });

    // The weekly check-ins: Ada gets hers; Tom's is skipped without a request to Teams.
    const requests = h.connector.requests.length;
    h.clock.set('2026-11-26T15:30:00Z');
    const report = await h.app.runDue();
    expect(report).toMatchObject({ sent: [`checkin person:${(await h.store.findPersonByPlatformId('teams', ADA.id))!.id} 2026-W48`], skipped: [`checkin person:${tom.id} 2026-W48`], failed: [] });
    const sendsSince = h.connector.requests.slice(requests).filter((r) => r.path.includes('/activities'));
    expect(sendsSince.map((r) => decodeURIComponent(r.path))).toEqual([expect.stringContaining('a:chat-aad-ada')]);

    await h.say(ADA, 'unreachable');
    expect(cardText(h.connector.sent().at(-1)!.activity)).toMatch(/\*\*Tom Baker\*\* · teams, since 2026-11-25 \(MessageWritesBlocked\)/);
  });
});
