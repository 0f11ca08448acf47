/** Contract: DeliveryStore. */
import { describe, expect, it } from 'vitest';
import { START, type StoreFixture } from './harness.js';

const at = (iso: string) => new Date(iso);
const NOW = at(START);
const HOUR_AGO = at('2026-11-25T09:00:00.000Z');
const LATER = at('2026-11-25T11:30:00.000Z');
const STALE_FOR_LATER = at('2026-11-25T10:30:00.000Z');

export function deliveriesContract(t: StoreFixture): void {
  describe('deliveries', () => {
    it('gives a new key to its first claimer only', async () => {
      expect(await t.store.claimDelivery('digest', 'team:1', '2026-W48', NOW, HOUR_AGO)).toBe(true);
      expect(await t.store.claimDelivery('digest', 'team:1', '2026-W48', NOW, HOUR_AGO)).toBe(false);
      expect(await t.store.claimDelivery('digest', 'team:1', '2026-W49', NOW, HOUR_AGO)).toBe(true);
      expect(await t.store.claimDelivery('checkin', 'team:1', '2026-W48', NOW, HOUR_AGO)).toBe(true);
      expect(await t.store.getDelivery('digest', 'team:1', '2026-W48')).toEqual({
        kind: 'digest',
        target: 'team:1',
        period: '2026-W48',
        status: 'claimed',
        attempts: 1,
        claimedAt: START,
        sentAt: null,
        lastError: null,
        payload: null,
      });
      expect(await t.store.getDelivery('digest', 'team:1', '2026-W50')).toBeNull();
    });

    it('lets a later caller take over a stale claim that was never completed, once', async () => {
      await t.store.claimDelivery('digest', 'team:1', '2026-W48', NOW, HOUR_AGO);
      expect(await t.store.claimDelivery('digest', 'team:1', '2026-W48', LATER, STALE_FOR_LATER)).toBe(true);
      expect(await t.store.claimDelivery('digest', 'team:1', '2026-W48', LATER, STALE_FOR_LATER)).toBe(false);
      expect(await t.store.getDelivery('digest', 'team:1', '2026-W48')).toMatchObject({
        status: 'claimed',
        attempts: 2,
        claimedAt: LATER.toISOString(),
      });
    });

    it('records a send, and never hands out a sent or skipped delivery again', async () => {
      await t.store.claimDelivery('digest', 'team:1', '2026-W48', NOW, HOUR_AGO);
      await t.store.completeDelivery('digest', 'team:1', '2026-W48', 'sent', LATER, { payload: '{"blocks":[]}' });
      expect(await t.store.getDelivery('digest', 'team:1', '2026-W48')).toMatchObject({
        status: 'sent',
        sentAt: LATER.toISOString(),
        payload: '{"blocks":[]}',
        lastError: null,
      });
      expect(await t.store.claimDelivery('digest', 'team:1', '2026-W48', at('2027-01-01T00:00:00Z'), LATER)).toBe(false);

      await t.store.claimDelivery('checkin', 'person:1', '2026-W48', NOW, HOUR_AGO);
      await t.store.completeDelivery('checkin', 'person:1', '2026-W48', 'skipped', NOW, {});
      expect(await t.store.claimDelivery('checkin', 'person:1', '2026-W48', at('2027-01-01T00:00:00Z'), LATER)).toBe(false);
      expect((await t.store.getDelivery('checkin', 'person:1', '2026-W48'))?.sentAt).toBeNull();
    });

    it('keeps the error of a failed delivery and retries it once the claim is stale', async () => {
      await t.store.claimDelivery('digest', 'team:1', '2026-W48', NOW, HOUR_AGO);
      await t.store.completeDelivery('digest', 'team:1', '2026-W48', 'failed', NOW, { error: 'channel_not_found' });
      expect(await t.store.getDelivery('digest', 'team:1', '2026-W48')).toMatchObject({ status: 'failed', lastError: 'channel_not_found', sentAt: null });
      expect(await t.store.claimDelivery('digest', 'team:1', '2026-W48', NOW, HOUR_AGO)).toBe(false);
      expect(await t.store.claimDelivery('digest', 'team:1', '2026-W48', LATER, STALE_FOR_LATER)).toBe(true);
      expect(await t.store.getDelivery('digest', 'team:1', '2026-W48')).toMatchObject({ status: 'claimed', attempts: 2 });
    });

    it('keeps an earlier error when a retry is sent, and a second delivery of the same shape is its own', async () => {
      await t.store.claimDelivery('digest', 'team:1', '2026-W48', NOW, HOUR_AGO);
      await t.store.completeDelivery('digest', 'team:1', '2026-W48', 'failed', NOW, { error: 'channel_not_found' });
      await t.store.claimDelivery('digest', 'team:1', '2026-W48', LATER, STALE_FOR_LATER);
      await t.store.completeDelivery('digest', 'team:1', '2026-W48', 'sent', LATER, { payload: '{"blocks":[]}' });
      expect(await t.store.getDelivery('digest', 'team:1', '2026-W48')).toMatchObject({ status: 'sent', lastError: 'channel_not_found', payload: '{"blocks":[]}', sentAt: LATER.toISOString() });
      await t.store.claimDelivery('digest', 'team:2', '2026-W48', NOW, HOUR_AGO);
      expect(await t.store.getDelivery('digest', 'team:2', '2026-W48')).toMatchObject({ status: 'claimed', lastError: null, payload: null, sentAt: null });
    });

    it('refuses to complete a delivery that was never claimed', async () => {
      await expect(t.store.completeDelivery('digest', 'team:9', '2026-W48', 'sent', NOW, {})).rejects.toThrow(/never claimed/);
    });

    it('lists deliveries of one kind and target, newest period first', async () => {
      for (const period of ['2026-W46', '2026-W48', '2026-W47']) {
        await t.store.claimDelivery('digest', 'team:1', period, NOW, HOUR_AGO);
      }
      await t.store.claimDelivery('digest', 'team:2', '2026-W49', NOW, HOUR_AGO);
      const listed = await t.store.listDeliveries('digest', 'team:1', 2);
      expect(listed.map((d) => d.period)).toEqual(['2026-W48', '2026-W47']);
    });
  });
}
