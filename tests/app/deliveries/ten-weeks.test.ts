/**
 * Ten simulated weeks, three teams in three zones (Berlin and New York each leave summer
 * time inside the window; Kolkata is UTC+05:30): every check-in, reminder, digest and
 * roll-up goes out exactly when due and exactly once.
 */
import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHECKIN_QUESTION } from '../../../src/core/checkin/checkin-message.js';
import type { Message } from '../../../src/core/message.js';
import { makeDeliveryHarness, recipient, type DeliveryHarness } from '../../support/delivery-harness.js';

const THURSDAYS = ['2026-10-08', '2026-10-15', '2026-10-22', '2026-10-29', '2026-11-05', '2026-11-12', '2026-11-19', '2026-11-26', '2026-12-03', '2026-12-10'];
const fridayAfter = (thu: string) => DateTime.fromISO(thu).plus({ days: 1 }).toISODate()!;
const at = (day: string, time: string, zone: string) => DateTime.fromISO(`${day}T${time}`, { zone }).toUTC().toISO({ suppressMilliseconds: false })!;

const kindOf = (m: Message): string =>
  m.summary === CHECKIN_QUESTION ? 'checkin'
    : m.summary.startsWith('A gentle reminder') ? 'reminder'
      : m.summary.startsWith('Digest for') ? 'digest'
        : m.summary.startsWith('Roll-up') ? 'rollup' : `other: ${m.summary}`;

let h: DeliveryHarness;
const lines: string[] = [];

beforeAll(async () => {
  h = await makeDeliveryHarness('2026-10-05T00:00:00Z');
  await h.person('Admin', 'UTC');
  const anna = await h.person('Anna', 'Europe/Berlin');
  const bo = await h.person('Bo', 'Europe/Berlin');
  const cy = await h.person('Cy', 'America/New_York');
  const di = await h.person('Di', 'America/New_York');
  const esha = await h.person('Esha', 'Asia/Kolkata');
  const farid = await h.person('Farid', 'Asia/Kolkata');
  await h.team('Atlas', [anna, bo], { channel: 'atlas', timeZone: 'Europe/Berlin' });
  await h.team('Hudson', [cy, di], { channel: 'hudson', timeZone: 'America/New_York' });
  await h.team('Ganga', [esha, farid], { channel: 'ganga', timeZone: 'Asia/Kolkata' });

  const end = Date.parse('2026-12-14T00:00:00Z');
  for (let t = h.clock.now().getTime() + 30 * 60_000; t <= end; t += 30 * 60_000) {
    const before = h.platform.sent.length;
    await h.tick(new Date(t));
    for (const s of h.platform.sent.slice(before)) await answer(s.to.kind === 'person' ? s.to.platformUserId : '', s.message);
  }
  for (const s of h.platform.sent) lines.push(`${s.at.toISOString()} ${kindOf(s.message)} ${recipient(s.to)}`);
}, 300_000);
afterAll(async () => { await h.close(); });

/** Bo says "nothing this week", Esha snoozes, Cy replies with a win; Anna, Di and Farid never answer. */
async function answer(who: string, message: Message): Promise<void> {
  if (kindOf(message) !== 'checkin') return;
  const caller = { platform: 'console' as const, platformUserId: who, displayName: who };
  const week = message.blocks.flatMap((b) => (b.type === 'actions' ? b.actions : [])).find((a) => a.id === 'snooze')?.value ?? '';
  if (who === 'bo') await h.app.handleAction(caller, 'nothing-this-week', week);
  if (who === 'esha') await h.app.handleAction(caller, 'snooze', week);
  if (who === 'cy') await h.app.handleDirectMessage(caller, 'Claude helped me ship the billing export, saved 2h');
}

function expected(): string[] {
  const rows: string[] = [];
  const people = [['anna', 'Europe/Berlin'], ['bo', 'Europe/Berlin'], ['cy', 'America/New_York'], ['di', 'America/New_York'], ['esha', 'Asia/Kolkata'], ['farid', 'Asia/Kolkata']];
  for (const thu of THURSDAYS) {
    const fri = fridayAfter(thu);
    for (const [who, zone] of people) rows.push(`${at(thu, '15:00', zone!)} checkin ${who}`);
    for (const [who, zone] of people.filter(([w]) => ['anna', 'di', 'farid'].includes(w!))) rows.push(`${at(fri, '15:00', zone!)} reminder ${who}`);
    rows.push(`${at(fri, '16:00', 'Europe/Berlin')} digest #atlas`, `${at(fri, '16:00', 'America/New_York')} digest #hudson`, `${at(fri, '16:00', 'Asia/Kolkata')} digest #ganga`);
    rows.push(`${at(fri, '16:00', 'UTC')} rollup admin`);
  }
  return rows.sort();
}

it('sends every check-in, reminder, digest and roll-up at its due moment, exactly once', () => {
  expect(lines.length).toBe(10 * (6 + 3 + 3 + 1));
  expect([...lines].sort()).toEqual(expected());
});

it('follows each zone across its change of clocks', () => {
  // Berlin leaves summer time on 25 Oct, New York on 1 Nov: the same 15:00 moves by an hour in UTC.
  expect(lines).toContain('2026-10-22T13:00:00.000Z checkin anna');
  expect(lines).toContain('2026-10-29T14:00:00.000Z checkin anna');
  expect(lines).toContain('2026-10-29T19:00:00.000Z checkin di');
  expect(lines).toContain('2026-11-05T20:00:00.000Z checkin di');
  expect(lines).toContain('2026-11-26T09:30:00.000Z checkin farid');
  expect(lines).toContain('2026-11-27T10:30:00.000Z digest #ganga');
});

it('stored the answers and the replied win, which is why those three got no reminder', async () => {
  const bo = await h.store.findPersonByPlatformId('console', 'bo');
  const esha = await h.store.findPersonByPlatformId('console', 'esha');
  const cy = await h.store.findPersonByPlatformId('console', 'cy');
  expect(await h.store.getCheckinAnswer(bo!.id, '2026-W48')).toBe('nothing');
  expect(await h.store.getCheckinAnswer(esha!.id, '2026-W48')).toBe('snooze');
  const wins = await h.store.listWinsByAuthor(cy!.id, 20);
  expect(wins).toHaveLength(10);
  expect(wins.every((w) => w.source === 'checkin-reply')).toBe(true);
});
