/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-call -- activities and cards are JSON as sent on the wire; tests read them untyped on purpose. */
/** Data rights on Teams: forged admin card actions, `export me` as file consent cards, and `forget me`. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activity, ADA, cardText, startTeams, TOM, type TeamsHarness, type TeamsUser } from './teams-harness.js';

let h: TeamsHarness;
beforeEach(async () => {
  h = await startTeams();
  await h.say(ADA, 'help'); // first person: admin
  await h.say(ADA, 'team create core');
  await h.say(TOM, 'log Wrote the on-call runbook with Claude, saved 2h');
});
afterEach(async () => { await h.close(); });

const from = (u: TeamsUser) => ({ from: { id: u.id, name: u.name, aadObjectId: u.aadObjectId }, conversation: { conversationType: 'personal', tenantId: 'tenant-acme', id: `a:chat-${u.aadObjectId}` } });
const lastTo = (u: TeamsUser) => h.connector.sent().filter((s) => s.conversationId === `a:chat-${u.aadObjectId}`).at(-1)!.activity;
const person = async (u: TeamsUser) => (await h.store.findPersonByPlatformId('teams', u.id))!;

describe('a forged Teams card submit for an admin action', () => {
  it('is refused for a non-admin through Action.Execute and Action.Submit, changes nothing and is audited as refused', async () => {
    const [ada, tom] = [await person(ADA), await person(TOM)];
    expect(tom.isAdmin).toBe(false);
    const auditBefore = (await h.store.listAudit(100)).length;

    const execute = await h.post(activity('invoke-action-execute', h.connector, { ...from(TOM), value: { action: { type: 'Action.Execute', verb: 'send-digest', data: { shiplog: 'action', action: 'send-digest', value: 'core' } }, trigger: 'manual' } }));
    expect(execute.status).toBe(200);
    expect(cardText(execute.body.value)).toContain('Only shiplog admins can press "Send it to core now"');

    const submit = await h.post(activity('message-personal', h.connector, { ...from(TOM), text: '', value: { shiplog: 'action', action: 'forget-person', value: String(ada.id) } }));
    expect(submit.status).toBe(200);
    expect(cardText(lastTo(TOM))).toContain(`Only shiplog admins can press "Delete this person's data"`);

    expect(await h.store.listDeliveries('digest', 'team:1', 10)).toEqual([]);
    expect(await h.store.getPerson(ada.id)).not.toBeNull();
    const audit = await h.store.listAudit(100);
    expect(audit.length).toBe(auditBefore + 2);
    expect(audit.slice(0, 2)).toEqual([
      expect.objectContaining({ actorId: tom.id, action: 'auth.refused', target: 'press "forget-person"' }),
      expect.objectContaining({ actorId: tom.id, action: 'auth.refused', target: 'press "send-digest"' }),
    ]);
  });
});

describe('export me on Teams', () => {
  const consent = (u: TeamsUser, action: 'accept' | 'decline', card: any) =>
    h.post(activity('invoke-action-execute', h.connector, {
      ...from(u), name: 'fileConsent/invoke',
      value: { type: 'fileUpload', action, context: card.content.acceptContext, uploadInfo: { contentUrl: `https://acme-my.sharepoint.test/${card.name}`, name: card.name, uploadUrl: h.connector.uploadUrl(card.name), uniqueId: 'u-1', fileType: card.name.split('.').pop() } },
    }));

  it('offers each file with a consent card in the 1:1 chat, uploads it when allowed and shows it as a file card', async () => {
    await h.say(TOM, 'export me');
    const offer = lastTo(TOM);
    const cards = offer.attachments as any[];
    expect(cards.map((a) => a.contentType)).toEqual(['application/vnd.microsoft.teams.card.file.consent', 'application/vnd.microsoft.teams.card.file.consent']);
    expect(cards.map((a) => a.name)).toEqual([expect.stringMatching(/\.json$/), expect.stringMatching(/\.csv$/)]);

    const res = await consent(TOM, 'accept', cards[0]);
    expect(res.status).toBe(200);
    const [upload] = h.connector.uploads();
    const json = JSON.parse(upload!.body) as { tables: Record<string, any[]> };
    expect(json.tables.wins!.map((w) => w.text)).toEqual(['Wrote the on-call runbook with Claude, saved 2h']);
    expect(upload!.range).toBe(`bytes 0-${Buffer.byteLength(upload!.body) - 1}/${Buffer.byteLength(upload!.body)}`);
    expect(cards[0].content.sizeInBytes).toBe(Buffer.byteLength(upload!.body));
    expect(lastTo(TOM).attachments[0]).toMatchObject({ contentType: 'application/vnd.microsoft.teams.card.file.info', name: cards[0].name, content: { uniqueId: 'u-1', fileType: 'json' } });

    // An offer is used once.
    await consent(TOM, 'accept', cards[0]);
    expect(h.connector.uploads()).toHaveLength(1);
    expect(lastTo(TOM).text).toMatch(/no longer waiting/);
  });

  it('gives nobody else the file, and a declined file is not uploaded', async () => {
    await h.say(TOM, 'export me');
    const cards = lastTo(TOM).attachments as any[];
    await consent(ADA, 'accept', cards[0]);
    expect(h.connector.uploads()).toEqual([]);
    expect(lastTo(ADA).text).toMatch(/no longer waiting/);

    await consent(TOM, 'decline', cards[1]);
    expect(h.connector.uploads()).toEqual([]);
    expect(lastTo(TOM).text).toMatch(/^Not sent: you declined/);
    // Ada's attempt did not spend Tom's offer.
    await consent(TOM, 'accept', cards[0]);
    expect(h.connector.uploads()).toHaveLength(1);
  });

  it('asked in a channel, sends the offer to the 1:1 chat and only a pointer to the channel', async () => {
    await h.post(activity('message-channel-mention', h.connector, { from: from(TOM).from, text: '<at>shiplog</at> export me' }));
    await h.connector.waitFor((sent) => sent.some((s) => s.activity.attachments?.[0]?.contentType === 'application/vnd.microsoft.teams.card.file.consent'));
    const offer = h.connector.sent().find((s) => s.activity.attachments?.[0]?.contentType === 'application/vnd.microsoft.teams.card.file.consent')!;
    expect(offer.conversationId).not.toMatch(/^19:/);
    const inChannel = h.connector.sent().filter((s) => s.conversationId.startsWith('19:')).map((s) => JSON.stringify(s.activity));
    expect(inChannel.join('\n')).not.toMatch(/file\.consent|runbook/);
  });
});

describe('forget me on Teams', () => {
  it('deletes their 1:1 address; the shared addresses never named them', async () => {
    await h.post(activity('message-channel-mention', h.connector, { from: from(TOM).from }));
    expect(await h.store.getConversationReference('teams', `person:${TOM.id}`)).not.toBeNull();
    await h.say(TOM, 'forget me confirm');
    expect(cardText(lastTo(TOM))).toMatch(/^Your data is deleted/);
    expect(await h.store.getConversationReference('teams', `person:${TOM.id}`)).toBeNull();
    for (const key of ['service', 'conversation:19:core-general@thread.tacv2']) {
      const shared = await h.store.getConversationReference('teams', key);
      expect(shared, key).not.toBeNull();
      expect(shared!.reference).not.toMatch(/tom|Tom Baker|aad-tom|29:1tom/i);
    }
    expect(await h.store.getConversationReference('teams', `person:${ADA.id}`)).not.toBeNull();
  });
});
