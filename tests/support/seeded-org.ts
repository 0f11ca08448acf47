/** A small organisation with something of every kind for each person: the data-rights tests' world. */
import type { UsageRecord } from '../../src/core/types.js';
import type { Harness } from './app-harness.js';

const usage = (identity: string, personId: number | null, day: string, tokens: number): UsageRecord => ({
  source: 'csv', identity, personId, day, tool: 'Claude', model: 'm', inputTokens: tokens, outputTokens: 7, cachedTokens: 0, requests: 3, costMicros: tokens * 11, activity: {},
});

/** Ada (admin, lead of core), Sam and Zoe in core; wins, a private win, setbacks, endorsements, usage, a mapping, a check-in answer. */
export async function seedOrg(h: Harness): Promise<{ ada: number; sam: number; zoe: number }> {
  const people = [['Ada', 'ada@acme.test'], ['Sam', 'sam@acme.test'], ['Zoe', 'zoe@acme.test']] as const;
  for (const [name, email] of people) await h.app.handleCommand(h.as(name, { email }), 'help');
  const id = async (name: string) => (await h.store.findPersonByPlatformId('console', name.toLowerCase()))!.id;
  const [ada, sam, zoe] = [await id('Ada'), await id('Sam'), await id('Zoe')];
  for (const line of ['team create core', 'team add core @ada @sam @zoe', 'team lead core @ada', 'map copilot:octosam @sam']) await h.app.handleCommand(h.as('Ada'), line);
  await h.app.handleCommand(h.as('Ada'), 'log Shipped the invoice export with Claude, saved 2h https://github.com/acme/shop/pull/7');
  await h.app.handleCommand(h.as('Sam'), 'log Fixed the flaky checkout test with Copilot, saved 1h https://github.com/acme/shop/pull/8');
  await h.app.handleCommand(h.as('Sam'), 'setback Copilot invented an API, lost 2h');
  await h.app.handleCommand(h.as('Sam'), 'log My private experiment with Cursor');
  await h.app.handleCommand(h.as('Sam'), 'edit 4 private');
  await h.app.handleCommand(h.as('Zoe'), 'log Documented the release process with ChatGPT, saved 30 min');
  await h.app.handleCommand(h.as('Sam'), 'endorse 1');
  await h.app.handleCommand(h.as('Ada'), 'endorse 2');
  await h.app.handleCommand(h.as('Zoe'), 'endorse 2');
  await h.app.handleAction(h.as('Sam'), 'nothing-this-week', '2026-W47');
  await h.store.upsertUsage([
    usage('ada@acme.test', ada, '2026-11-20', 1000), usage('sam@acme.test', sam, '2026-11-20', 2000),
    usage('octosam', sam, '2026-11-21', 3000), usage('zoe@acme.test', zoe, '2026-11-21', 4000),
    usage('sam@acme.test', null, '2026-11-22', 5000),
  ]);
  await h.store.addRejectedRows([{ importId: '1', source: 'csv', location: 'line 3', reason: 'bad date', raw: '2026-13-01,sam@acme.test,Claude,1,1' }]);
  return { ada, sam, zoe };
}
