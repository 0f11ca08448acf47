/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return -- activities and cards are JSON as sent on the wire; tests read them untyped on purpose. */
/** Teams over HTTP: activities posted to the real botbuilder endpoint, replies recorded by a fake Bot Connector. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activity, ADA, cardText, startTeams, TOM, type TeamsHarness } from './teams-harness.js';

let h: TeamsHarness;
beforeEach(async () => { h = await startTeams(); });
afterEach(async () => {
  // Every card sent in a test parses with the adaptivecards package and is under 28 KB.
  for (const c of h.connector.cards()) {
    expect(c.problems).toEqual([]);
    expect(c.bytes).toBeLessThan(28 * 1024);
  }
  await h.close();
});

const repliesTo = (conversationId: string) => h.connector.sent().filter((s) => s.conversationId === conversationId).map((s) => cardText(s.activity));

describe('Teams 1:1 chat', () => {
  it('answers a command with a card in the same chat', async () => {
    const res = await h.say(ADA, 'help');
    expect(res.status).toBe(200);
    const replies = repliesTo('a:chat-aad-ada');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatch(/log/i);
  });

  it('logs free text as a win, with the profile from the roster', async () => {
    await h.say(ADA, 'Cut CI time in half with Claude, saved 2h');
    expect(repliesTo('a:chat-aad-ada').join('\n')).toMatch(/Logged win #1/);
    const ada = await h.store.findPersonByPlatformId('teams', ADA.id);
    expect(ada).toMatchObject({ displayName: 'Ada Lovelace', email: 'ada@acme.test', timeZone: 'Europe/Berlin' });
    expect((await h.store.listWinsByAuthor(ada!.id, 5)).map((w) => w.text)).toEqual(['Cut CI time in half with Claude, saved 2h']);
  });

  it('stores a conversation reference on every contact', async () => {
    await h.say(ADA, 'help');
    const stored = await h.store.getConversationReference('teams', `person:${ADA.id}`);
    expect(JSON.parse(stored!.reference)).toMatchObject({ serviceUrl: h.connector.serviceUrl, conversation: { id: 'a:chat-aad-ada', tenantId: 'tenant-acme' }, bot: { id: '28:shiplog-bot' } });
  });
});

describe('Teams channels', () => {
  it('reads the command after the bot @mention and answers in the thread', async () => {
    await h.say(ADA, 'help'); // first person: admin
    const res = await h.post(activity('message-channel-mention', h.connector, { text: '<at>shiplog</at> team create Core' }));
    expect(res.status).toBe(200);
    expect(await h.store.findTeamByKey('core')).not.toBeNull();
    // The answer is for Ada only: it goes to her 1:1 chat, the thread hears that it did.
    expect(repliesTo('a:chat-aad-ada').at(-1)).toMatch(/Core/);
    const thread = h.connector.sent().filter((s) => s.conversationId === '19:core-general@thread.tacv2;messageid=1700000000101' || s.conversationId === '19:core-general@thread.tacv2');
    expect(thread.map((s) => s.activity.text)).toEqual(['I sent you the answer in our 1:1 chat.']);
  });

  it('translates <at> mentions of people: team add of someone who never wrote gets their roster profile', async () => {
    await h.say(ADA, 'team create Core');
    await h.post(activity('message-channel-mention', h.connector, {
      text: '<at>shiplog</at> team add Core <at>Tom Baker</at>',
      entities: [
        { type: 'mention', text: '<at>shiplog</at>', mentioned: { id: '28:shiplog-bot', name: 'shiplog' } },
        { type: 'mention', text: '<at>Tom Baker</at>', mentioned: { id: TOM.id, name: 'Tom Baker' } },
      ],
    }));
    const tom = await h.store.findPersonByPlatformId('teams', TOM.id);
    expect(tom).toMatchObject({ displayName: 'Tom Baker', email: 'tom@acme.test', isAdmin: false });
    const core = await h.store.findTeamByKey('core');
    expect((await h.store.listMemberships(core!.id)).map((m) => m.personId)).toContain(tom!.id);
  });

  it('sends a private answer to the person\'s 1:1 chat and says so briefly in the channel', async () => {
    await h.say(ADA, 'help');
    await h.post(activity('message-channel-mention', h.connector, { text: '<at>shiplog</at> me' }));
    expect(repliesTo('a:chat-aad-ada').at(-1)).toMatch(/Ada|win/i);
    const thread = h.connector.sent().filter((s) => s.conversationId.startsWith('19:core-general'));
    expect(thread.map((s) => s.activity.text)).toEqual(['I sent you the answer in our 1:1 chat.']);
  });
});

describe('Adaptive Card actions', () => {
  const submit = (value: Record<string, unknown>) =>
    h.post(activity('message-personal', h.connector, { text: undefined, value, from: { id: ADA.id, name: ADA.name, aadObjectId: ADA.aadObjectId }, conversation: { conversationType: 'personal', tenantId: 'tenant-acme', id: 'a:chat-aad-ada' } }));

  it('Action.Submit of the win form logs a win', async () => {
    const res = await submit({ shiplog: 'form', form: 'log-win', text: 'Generated the migration with Copilot', category: 'automation', saved: '45 min', visibility: 'team' });
    expect(res.status).toBe(200);
    expect(repliesTo('a:chat-aad-ada').join('\n')).toMatch(/Logged win #1/);
    const ada = await h.store.findPersonByPlatformId('teams', ADA.id);
    expect(await h.store.listWinsByAuthor(ada!.id, 5)).toMatchObject([{ text: 'Generated the migration with Copilot', category: 'automation', minutes: 45, source: 'form' }]);
  });

  it('an invalid submission comes back as the form with each error under its field, and logs nothing', async () => {
    await submit({ shiplog: 'form', form: 'log-win', text: '  ', saved: 'a while' });
    const sent = h.connector.sent().at(-1)!.activity;
    const body = sent.attachments[0].content.body as any[];
    const errorUnder = (field: string) => body[body.findIndex((e) => e.id === field) + 1];
    expect(errorUnder('text')).toMatchObject({ type: 'TextBlock', color: 'Attention', text: 'Say what you shipped, in a sentence.' });
    expect(errorUnder('saved')).toMatchObject({ type: 'TextBlock', color: 'Attention', text: 'Use a duration like 2h, 30 min or half a day.' });
    expect(body.find((e) => e.id === 'saved').value).toBe('a while');
    const ada = await h.store.findPersonByPlatformId('teams', ADA.id);
    expect(await h.store.listWinsByAuthor(ada!.id, 5)).toEqual([]);
  });

  it('Action.Execute is answered in the invoke response with the updated card (Undo on the confirmation)', async () => {
    await h.say(ADA, 'log Wrote the release notes with Claude');
    const confirmation = h.connector.sent().at(-1)!.activity;
    const undo = (confirmation.attachments[0].content.body as any[]).flatMap((e) => (e.type === 'ActionSet' ? e.actions : [])).find((a: any) => a.verb === 'undo-win');
    expect(undo).toMatchObject({ type: 'Action.Execute', fallback: { type: 'Action.Submit' } });
    const before = h.connector.sent().length;
    const res = await h.post(activity('invoke-action-execute', h.connector, { value: { action: { type: 'Action.Execute', verb: undo.verb, data: undo.data }, trigger: 'manual' } }));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: { type: 'AdaptiveCard', version: '1.5' } });
    expect(cardText(res.body.value)).toMatch(/^Undid #1: Wrote the release notes/);
    expect(h.connector.sent().length).toBe(before);
    const ada = await h.store.findPersonByPlatformId('teams', ADA.id);
    expect(await h.store.listWinsByAuthor(ada!.id, 5)).toEqual([]);
  });
});
