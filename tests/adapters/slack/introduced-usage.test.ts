/* eslint-disable @typescript-eslint/no-unsafe-argument -- Slack payloads are JSON as sent on the wire */
/**
 * Someone added to a team by mention before they ever wrote to shiplog gets their Slack
 * profile (users.info) at once, email included, so a usage CSV with that email counts for them.
 */
import { Readable } from 'node:stream';
import { DateTime } from 'luxon';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { blocksText } from './block-text.js';
import { startSlackHarness, type SlackHarness } from './slack-harness.js';

let s: SlackHarness;
beforeEach(async () => { s = await startSlackHarness(); });
afterEach(async () => { await s.close(); });

async function answer(n: number): Promise<string> {
  await s.api.waitFor((calls) => calls.filter((c) => c.method === 'response_url').length >= n);
  const params = s.api.calls.filter((c) => c.method === 'response_url')[n - 1]!.params;
  return `${params.text}\n${blocksText(params.blocks)}`;
}

/**
 * A usage CSV dated today where `zone` is, so the day is in that zone's "this week" at any
 * hour the test runs (the app's clock is the real one; a UTC date is tomorrow west of UTC in
 * the evening, and yesterday's week east of it just after Monday's midnight).
 */
const csv = (zone: string, ...emails: string[]) => {
  const day = DateTime.fromJSDate(s.h.clock.now(), { zone }).toISODate()!;
  return Readable.from([Buffer.from(`date,email,tool,input_tokens,output_tokens\n${emails.map((e) => `${day},${e},claude-code,120000,30000\n`).join('')}`)]);
};
/** Four colleagues beside Sam: a team figure is shown only with five people's usage. */
const OTHERS = ['U0P1', 'U0P2', 'U0P3', 'U0P4'];

it('team add of someone who never wrote, then a usage CSV with their email: counted in the digest and in their own me', async () => {
  for (const id of OTHERS) s.api.addUser({ id, name: id, email: `${id.toLowerCase()}@acme.test`, tz: 'Europe/Berlin' });
  // Sam in the team's zone (set below): the digest's week and Sam's own week are the same days.
  s.api.addUser({ id: 'U0SAM', name: 'Sam', email: 'sam@acme.test', tz: 'Europe/Berlin' });
  await s.command('team create Core');
  await s.command('team set Core timezone Europe/Berlin');
  expect(await answer(2)).toMatch(/Europe\/Berlin/);
  await s.command(`team add Core <@U0SAM> ${OTHERS.map((id) => `<@${id}>`).join(' ')}`);
  expect(await answer(3)).toMatch(/Sam/);
  expect(await s.person('U0SAM')).toMatchObject({ displayName: 'Sam', email: 'sam@acme.test', timeZone: 'Europe/Berlin', isAdmin: false });

  const ada = { platform: 'slack' as const, platformUserId: 'U0ADA', displayName: 'Ada' };
  const imported = await s.h.app.handleCommand(ada, 'import', { attachment: { name: 'usage.csv', content: csv('Europe/Berlin', 'Sam@Acme.test', ...OTHERS.map((id) => `${id.toLowerCase()}@acme.test`)) } });
  expect(imported.summary).toMatch(/^Imported usage/);

  await s.command('digest preview Core');
  // Without Sam's email only four of five would have usage, and the team figure would stay hidden.
  const preview = await answer(4);
  expect(preview).toMatch(/\*Tokens\*\n750,000 this week/);
  expect(preview).toMatch(/\*Using AI\*\n5 of 5 people with usage data/);
  await s.command('me', { user_id: 'U0SAM', user_name: 'sam' });
  expect(await answer(5)).toMatch(/Your AI usage, this week\*\n150,000 tokens/);
});

it('usage imported before the person was known is theirs once a mention brings their email', async () => {
  await s.command('team create Core');
  const ada = { platform: 'slack' as const, platformUserId: 'U0ADA', displayName: 'Ada' };
  await s.h.app.handleCommand(ada, 'import', { attachment: { name: 'usage.csv', content: csv('America/New_York', 'sam@acme.test') } });
  expect(await s.h.store.listUnmappedIdentities()).toHaveLength(1);
  await s.command('team add Core <@U0SAM>');
  await answer(2);
  expect(await s.h.store.listUnmappedIdentities()).toEqual([]);
  await s.command('me', { user_id: 'U0SAM', user_name: 'sam' });
  expect(await answer(3)).toMatch(/Your AI usage, this week\*\n150,000 tokens/);
});
