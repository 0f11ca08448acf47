/** Failed sends retry with backoff and end with a word to the admins; downtime is caught up or skipped and audited. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textOf } from '../../support/message-text.js';
import { makeDeliveryHarness, recipient, type DeliveryHarness } from '../../support/delivery-harness.js';

let h: DeliveryHarness;
let atlasId: number;
let annId: number;
beforeEach(async () => {
  h = await makeDeliveryHarness('2026-11-23T00:00:00Z');
  await h.person('Admin', 'UTC');
  const ann = await h.person('Ann', 'Europe/Berlin');
  annId = ann.id;
  atlasId = (await h.team('Atlas', [ann], { channel: 'atlas', timeZone: 'Europe/Berlin' })).id;
});
afterEach(async () => { await h.close(); });

/** Ticks once a minute over [from, to]. */
async function everyMinute(from: string, to: string): Promise<void> {
  for (let t = Date.parse(from); t <= Date.parse(to); t += 60_000) await h.tick(new Date(t));
}

const digestKey = () => ['digest', `team:${atlasId}`, '2026-W48'] as const;

describe('retries', () => {
  it('retries a failed digest after 1, 5 and 15 minutes, then tells each admin and stops', async () => {
    h.platform.failWith = 'channel_not_found';
    h.platform.failOnly = (to) => to.kind === 'channel';
    const attempts: string[] = [];
    for (let t = Date.parse('2026-11-27T15:00:00Z'); t <= Date.parse('2026-11-27T16:30:00Z'); t += 60_000) {
      const before = (await h.store.getDelivery(...digestKey()))?.attempts ?? 0;
      await h.tick(new Date(t));
      if (((await h.store.getDelivery(...digestKey()))?.attempts ?? 0) > before) attempts.push(new Date(t).toISOString().slice(11, 16));
    }
    expect(attempts).toEqual(['15:00', '15:01', '15:06', '15:21']);
    expect(await h.store.getDelivery(...digestKey())).toMatchObject({ status: 'failed', attempts: 4, lastError: 'channel_not_found' });
    const toAdmin = h.platform.sent.filter((s) => recipient(s.to) === 'admin' && textOf(s.message).includes('could not deliver'));
    expect(toAdmin).toHaveLength(1);
    expect(textOf(toAdmin[0]!.message)).toContain('could not deliver the Atlas digest for 2026-W48 after 4 attempts (last error: channel_not_found)');
    expect(textOf(toAdmin[0]!.message)).toContain('digest send Atlas');
    expect((await h.store.listAudit(20)).filter((a) => a.action === 'delivery.failed').map((a) => a.target)).toEqual([`team:${atlasId}`]);
  });

  it('sends once when a retry succeeds', async () => {
    h.platform.failWith = 'rate_limited';
    await everyMinute('2026-11-27T14:59:00Z', '2026-11-27T15:02:00Z');
    h.platform.failWith = null;
    await everyMinute('2026-11-27T15:03:00Z', '2026-11-27T16:00:00Z');
    const digests = h.platform.sent.filter((s) => recipient(s.to) === '#atlas');
    expect(digests.map((s) => s.at.toISOString())).toEqual(['2026-11-27T15:06:00.000Z']);
    expect(await h.store.getDelivery(...digestKey())).toMatchObject({ status: 'sent', attempts: 3 });
    expect(h.platform.sent.some((s) => textOf(s.message).includes('could not deliver'))).toBe(false);
  });
});

describe('after downtime', () => {
  it('sends what was missed within 24 hours once, and skips and audits anything older', async () => {
    // Down from Monday until Saturday 10:00 UTC: Thursday's check-in is 44 h late, Friday's digest 19 h.
    const report = await h.tick('2026-11-28T10:00:00Z');
    expect(report.sent.sort()).toEqual([`digest team:${atlasId} 2026-W48`, 'rollup person:1 2026-W48']);
    expect(report.skipped.sort()).toEqual([`checkin person:${annId} 2026-W48`, `reminder person:${annId} 2026-W48`]);
    const audit = await h.store.listAudit(10);
    expect(audit.map((a) => [a.action, a.target])).toEqual([['delivery.skipped', `person:${annId}`]]);
    expect(audit[0]!.detail).toContain('checkin for 2026-W48 was due 2026-11-26T14:00:00.000Z');
    expect((await h.tick('2026-11-28T10:01:00Z')).sent).toEqual([]);
    expect(h.platform.sent.map((s) => recipient(s.to)).sort()).toEqual(['#atlas', 'admin']);
  });

  it('holds a late check-in through the night and sends it at 08:00 local', async () => {
    await h.tick('2026-11-26T21:00:00Z');
    expect(h.platform.sent).toEqual([]);
    await everyMinute('2026-11-27T06:58:00Z', '2026-11-27T07:01:00Z');
    expect(h.platform.sent.map((s) => `${recipient(s.to)} ${s.at.toISOString()}`)).toEqual(['ann 2026-11-27T07:00:00.000Z']);
  });
});
