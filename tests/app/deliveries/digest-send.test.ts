/** `digest send <team> [--again]`: once a week through the same claim as the schedule, unless forced. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Caller } from '../../../src/app/types.js';
import { makeDeliveryHarness, recipient, type DeliveryHarness } from '../../support/delivery-harness.js';

let h: DeliveryHarness;
let atlasId: number;
const admin: Caller = { platform: 'console', platformUserId: 'admin', displayName: 'Admin' };
const ann: Caller = { platform: 'console', platformUserId: 'ann', displayName: 'Ann' };
beforeEach(async () => {
  h = await makeDeliveryHarness('2026-11-25T10:00:00Z');
  await h.person('Admin', 'UTC');
  const person = await h.person('Ann', 'Europe/Berlin');
  atlasId = (await h.team('Atlas', [person], { channel: 'atlas', timeZone: 'Europe/Berlin' })).id;
});
afterEach(async () => { await h.close(); });

const channelSends = () => h.platform.sent.filter((s) => recipient(s.to) === '#atlas');

it('sends once; a second send the same week is refused; --again sends another', async () => {
  expect((await h.app.handleCommand(admin, 'digest send Atlas')).summary).toBe("Sent Atlas's digest for 2026-W48 to 1 place.");
  const twice = await h.app.handleCommand(admin, 'digest send Atlas');
  expect(twice.errorCode).toBe('DIGEST.ALREADY_SENT');
  expect(twice.summary).toContain('digest send Atlas --again');
  expect(channelSends()).toHaveLength(1);

  expect((await h.app.handleCommand(admin, 'digest send Atlas --again')).summary).toBe("Sent Atlas's digest for 2026-W48 to 1 place.");
  expect(channelSends()).toHaveLength(2);

  // The scheduled digest on Friday finds this week's claim already sent.
  await h.tick('2026-11-27T15:00:00Z');
  expect(channelSends()).toHaveLength(2);
  const stored = await h.store.getDelivery('digest', `team:${atlasId}`, '2026-W48');
  expect(stored?.status).toBe('sent');
  expect(JSON.parse(stored?.payload ?? 'null')).toEqual(channelSends()[0]!.message);
  expect((await h.store.listAudit(10)).filter((a) => a.action.startsWith('digest')).map((a) => `${a.action} ${a.target} ${a.detail}`).reverse()).toEqual([
    'digest.send team:Atlas sent 2026-W48',
    'digest.send team:Atlas not sent: DIGEST.ALREADY_SENT',
    'digest.send.again team:Atlas sent 2026-W48',
  ]);
});

it('is for admins only, and names unknown teams and teams with nowhere to send', async () => {
  expect((await h.app.handleCommand(ann, 'digest send Atlas')).errorCode).toBe('AUTH.FORBIDDEN');
  expect((await h.app.handleCommand(admin, 'digest send Nope')).errorCode).toBe('TEAM.NOT_FOUND');
  await h.team('Empty', []);
  expect((await h.app.handleCommand(admin, 'digest send Empty')).errorCode).toBe('DIGEST.NOWHERE');
  expect(h.platform.sent).toEqual([]);
});

it('reports a failed send, which the schedule then retries', async () => {
  h.platform.failWith = 'channel_not_found';
  const reply = await h.app.handleCommand(admin, 'digest send Atlas');
  expect(reply.errorCode).toBe('DIGEST.SEND_FAILED');
  h.platform.failWith = null;
  await h.tick('2026-11-27T15:00:00Z');
  expect(channelSends()).toHaveLength(1);
});

it('sends the scheduled digest to the team channel and to each lead by DM, as one delivery', async () => {
  await h.app.handleCommand(admin, 'team lead Atlas @Ann');
  await h.tick('2026-11-27T15:00:00Z');
  const digests = h.platform.sent.filter((s) => s.message.summary.startsWith('Digest for Atlas'));
  expect(digests.map((s) => recipient(s.to))).toEqual(['#atlas', 'ann']);
  expect((await h.store.listDeliveries('digest', `team:${atlasId}`, 5)).map((d) => [d.period, d.status])).toEqual([['2026-W48', 'sent']]);
});
