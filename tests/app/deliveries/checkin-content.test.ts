/** What a check-in says: the question and its buttons, the private usage line, the one nudge. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Message } from '../../../src/core/message.js';
import type { Person, UsageRecord } from '../../../src/core/types.js';
import { textOf } from '../../support/message-text.js';
import { makeDeliveryHarness, recipient, type DeliveryHarness } from '../../support/delivery-harness.js';

let h: DeliveryHarness;
let ann: Person;
let ben: Person;
let cara: Person;
beforeEach(async () => {
  h = await makeDeliveryHarness('2026-11-25T10:00:00Z');
  await h.person('Admin', 'UTC');
  ann = await h.person('Ann', 'Europe/Berlin');
  ben = await h.person('Ben', 'Europe/Berlin');
  cara = await h.person('Cara', 'Europe/Berlin');
  await h.team('Atlas', [ann, ben, cara]);
});
afterEach(async () => { await h.close(); });

const usage = (person: Person, day: string, tokens: number, costMicros: number): UsageRecord => ({
  source: 'csv', identity: `${person.platformUserId}@example.com`, personId: person.id, day, tool: 'claude', model: 'sonnet',
  inputTokens: tokens, outputTokens: 0, cachedTokens: 0, requests: 10, costMicros, activity: {},
});

async function checkinOf(who: string): Promise<Message> {
  await h.tick('2026-11-26T14:00:00Z');
  const sent = h.platform.sent.find((s) => recipient(s.to) === who);
  if (!sent) throw new Error(`no check-in for ${who}`);
  return sent.message;
}

it('asks the question privately with Log a win / Nothing this week / Snooze to next week', async () => {
  const m = await checkinOf('ann');
  expect(m.private).toBe(true);
  expect(m.summary).toBe('What did AI help you ship this week?');
  const actions = m.blocks.flatMap((b) => (b.type === 'actions' ? b.actions : []));
  expect(actions.map((a) => [a.id, a.label, a.value])).toEqual([
    ['log-win', 'Log a win', ''], ['nothing-this-week', 'Nothing this week', '2026-W48'], ['snooze', 'Snooze to next week', '2026-W48'],
  ]);
});

it('shows a person their own usage only, and asks what AI helps with after 3 high-usage weeks without a win', async () => {
  await h.store.upsertUsage(['2026-11-10', '2026-11-17', '2026-11-24'].map((d) => usage(ann, d, 1_500_000, 3_000_000)));
  await h.store.upsertUsage([usage(cara, '2026-11-24', 777_000, 9_990_000)]);
  const annText = textOf(await checkinOf('ann'));
  expect(annText).toContain('Only you see this: your own AI use this week was 1.5M tokens, about $3.00.');
  expect(annText).toContain('what is AI helping you with lately?');
  const caraText = textOf(h.platform.sent.find((s) => recipient(s.to) === 'cara')!.message);
  expect(caraText).toContain('777k tokens, about $9.99');
  expect(caraText).not.toContain('what is AI helping');
  // Nobody else's numbers, anywhere in anyone's check-in.
  for (const s of h.platform.sent) if (recipient(s.to) !== 'ann') expect(textOf(s.message)).not.toContain('1.5M');
  for (const s of h.platform.sent) if (recipient(s.to) !== 'cara') expect(textOf(s.message)).not.toMatch(/777k|9\.99/);
});

it('does not ask when there was a win in those weeks, or usage was not high', async () => {
  await h.store.upsertUsage(['2026-11-10', '2026-11-17', '2026-11-24'].map((d) => usage(ann, d, 1_500_000, 0)));
  await h.app.handleCommand({ platform: 'console', platformUserId: 'ann', displayName: 'Ann' }, 'log Copilot wrote the migration tests');
  await h.store.upsertUsage(['2026-11-10', '2026-11-17', '2026-11-24'].map((d) => usage(ben, d, 900_000, 0)));
  expect(textOf(await checkinOf('ann'))).not.toContain('what is AI helping');
  expect(textOf(h.platform.sent.find((s) => recipient(s.to) === 'ben')!.message)).not.toContain('what is AI helping');
});

it('offers someone with no usage one or two of the team\'s shared wins as ideas, never private ones', async () => {
  const caraCaller = { platform: 'console' as const, platformUserId: 'cara', displayName: 'Cara' };
  await h.app.handleCommand(caraCaller, 'log Claude drafted the on-call runbook https://github.com/acme/ops/pull/7');
  await h.app.handleCommand(caraCaller, 'log secret thing');
  const secret = (await h.store.listWinsByAuthor(cara.id, 1))[0]!;
  await h.store.updateWin(secret.id, { visibility: 'private' });
  const text = textOf(await checkinOf('ben'));
  expect(text).toContain('Ideas from wins your team shared recently:');
  expect(text).toContain('Claude drafted the on-call runbook');
  expect(text).not.toContain('secret thing');
});

it('stores Nothing this week and Snooze; either means no reminder', async () => {
  await checkinOf('ann');
  const annCaller = { platform: 'console' as const, platformUserId: 'ann', displayName: 'Ann' };
  const benCaller = { platform: 'console' as const, platformUserId: 'ben', displayName: 'Ben' };
  expect((await h.app.handleAction(annCaller, 'nothing-this-week', '2026-W48')).summary).toContain('no reminder this week');
  expect((await h.app.handleAction(benCaller, 'snooze', '2026-W48')).summary).toContain('Snoozed');
  expect(await h.store.getCheckinAnswer(ann.id, '2026-W48')).toBe('nothing');
  expect(await h.store.getCheckinAnswer(ben.id, '2026-W48')).toBe('snooze');
  await h.tick('2026-11-27T14:00:00Z');
  expect(h.platform.sent.filter((s) => s.message.summary.startsWith('A gentle')).map((s) => recipient(s.to))).toEqual(['cara']);
});

it('keeps the reminder to the bare question: the week\'s one nudge was in the check-in', async () => {
  await h.store.upsertUsage(['2026-11-10', '2026-11-17', '2026-11-24'].map((d) => usage(ann, d, 1_500_000, 3_000_000)));
  expect(textOf(await checkinOf('ann'))).toContain('what is AI helping you with lately?');
  await h.tick('2026-11-27T14:00:00Z');
  const reminder = h.platform.sent.find((s) => recipient(s.to) === 'ann' && s.message.summary.startsWith('A gentle reminder'));
  expect(textOf(reminder!.message)).not.toMatch(/helping you with|Only you see this/);
});
