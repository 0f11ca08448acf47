/* eslint-disable @typescript-eslint/no-explicit-any -- activities are JSON as sent on the wire */
/**
 * Someone added to a team by an `<at>` mention before they ever wrote to shiplog gets their
 * Teams roster profile at once, email included, so a usage CSV with that email counts for them.
 */
import { Readable } from 'node:stream';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { activity, ADA, cardText, startTeams, TOM, type TeamsHarness } from './teams-harness.js';

let h: TeamsHarness;
beforeEach(async () => { h = await startTeams(); });
afterEach(async () => { await h.close(); });

/** Four colleagues beside Tom: a team figure is shown only with five people's usage. */
const OTHERS = [1, 2, 3, 4].map((n) => ({ id: `29:1p${n}`, name: `Person ${n}`, aadObjectId: `aad-p${n}`, email: `p${n}@acme.test` }));

it('team add of someone who never wrote, then a usage CSV with their email: counted in the digest and in their own me', async () => {
  for (const p of OTHERS) h.connector.addMember(p);
  await h.say(ADA, 'team create Core');
  const people = [TOM, ...OTHERS];
  const entities: any[] = [{ type: 'mention', text: '<at>shiplog</at>', mentioned: { id: '28:shiplog-bot', name: 'shiplog' } }, ...people.map((p) => ({ type: 'mention', text: `<at>${p.name}</at>`, mentioned: { id: p.id, name: p.name } }))];
  await h.post(activity('message-channel-mention', h.connector, { text: `<at>shiplog</at> team add Core ${people.map((p) => `<at>${p.name}</at>`).join(' ')}`, entities }));
  expect(await h.store.findPersonByPlatformId('teams', TOM.id)).toMatchObject({ displayName: 'Tom Baker', email: 'tom@acme.test' });

  const day = h.clock.now().toISOString().slice(0, 10);
  const rows = ['TOM@acme.test', ...OTHERS.map((p) => p.email)].map((e) => `${day},${e},github-copilot,120000,30000\n`).join('');
  const ada = { platform: 'teams' as const, platformUserId: ADA.id, displayName: ADA.name };
  const imported = await h.app.handleCommand(ada, 'import', { attachment: { name: 'usage.csv', content: Readable.from([Buffer.from(`date,email,tool,input_tokens,output_tokens\n${rows}`)]) } });
  expect(imported.summary).toMatch(/^Imported usage/);

  await h.say(ADA, 'digest preview Core');
  const preview = cardText(h.connector.sent().at(-1)!.activity);
  // Without Tom's email only four of five would have usage, and the team figure would stay hidden.
  expect(preview).toMatch(/Tokens: 750,000 this week/);
  expect(preview).toMatch(/Using AI: 5 of 5 people with usage data/);

  await h.say(TOM, 'me');
  expect(cardText(h.connector.sent().at(-1)!.activity)).toMatch(/Your AI usage, this week: 150,000 tokens/);
  for (const c of h.connector.cards()) expect(c.problems).toEqual([]);
});
