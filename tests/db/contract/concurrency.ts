/**
 * Contract: what must hold when several writers race. Each case runs the real use case (or
 * store method) many times at once against the store under test; on PostgreSQL the calls
 * land on different pooled connections, on SQLite they interleave on one.
 */
import { describe, expect, it } from 'vitest';
import { endorseWin } from '../../../src/app/commands/change-win.js';
import { buildContext } from '../../../src/app/context.js';
import { introducePerson } from '../../../src/app/people.js';
import { newPerson, newWin, type StoreFixture } from './harness.js';

export function concurrencyContract(t: StoreFixture): void {
  describe('concurrency', () => {
    it('hands each delivery key to exactly one of many racing claims', async () => {
      const now = new Date('2026-11-27T15:00:00Z');
      const staleBefore = new Date('2026-11-27T14:00:00Z');
      const keys = Array.from({ length: 20 }, (_, i) => `team:${i}`);
      const claims = keys.flatMap((key) => Array.from({ length: 4 }, () => t.store.claimDelivery('digest', key, '2026-W48', now, staleBefore).then((won) => ({ key, won }))));
      const results = await Promise.all(claims);
      for (const key of keys) expect(results.filter((r) => r.key === key && r.won)).toHaveLength(1);
    });

    it('hands a stale claim to exactly one of several takers', async () => {
      const first = new Date('2026-11-27T15:00:00Z');
      expect(await t.store.claimDelivery('digest', 'team:1', '2026-W48', first, new Date('2026-11-27T14:00:00Z'))).toBe(true);
      const later = new Date('2026-11-27T16:00:00Z');
      const stale = new Date('2026-11-27T15:30:00Z');
      const takers = await Promise.all(Array.from({ length: 6 }, () => t.store.claimDelivery('digest', 'team:1', '2026-W48', later, stale)));
      expect(takers.filter(Boolean)).toHaveLength(1);
      expect((await t.store.getDelivery('digest', 'team:1', '2026-W48'))?.attempts).toBe(2);
    });

    it('makes exactly one admin of several first people arriving at once', async () => {
      const people = await Promise.all(Array.from({ length: 6 }, () => introducePerson(t.store, newPerson({ isAdmin: false }))));
      expect(people.filter((p) => p.isAdmin)).toHaveLength(1);
      expect(await t.store.listAdmins()).toHaveLength(1);
    });

    it('gives one person, not two, to the same newcomer introduced twice at once', async () => {
      const input = newPerson();
      const [a, b] = await Promise.all([introducePerson(t.store, input), introducePerson(t.store, input)]);
      expect(a).toEqual(b);
      expect(await t.store.listPeople()).toHaveLength(1);
    });

    it('never lets parallel endorsements overspend the weekly budget', async () => {
      const author = await t.store.createPerson(newPerson());
      // An admin sees every team win, so visibility plays no part here.
      const giver = await t.store.createPerson(newPerson({ isAdmin: true }));
      const wins = await Promise.all(Array.from({ length: 8 }, () => t.store.insertWin(newWin(author.id))));
      await t.store.setSetting('workspace', 'endorsement-budget', '3');
      const silent = { info() {}, warn() {}, error() {} };
      const ctx = await buildContext({ store: t.store, clock: t.clock, log: silent }, { platform: giver.platform, platformUserId: giver.platformUserId, displayName: giver.displayName });
      const results = await Promise.all(wins.map((w) => endorseWin(ctx, w.id)));
      expect(results.filter((r) => r.ok)).toHaveLength(3);
      expect(results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.error.code))).toEqual(Array(5).fill('ENDORSE.BUDGET'));
      expect(await t.store.countEndorsementsGiven(giver.id, '2026-W48')).toBe(3);
    });

    it('keeps one usage row per key when the same records are upserted at once', async () => {
      const record = { source: 'csv', identity: 'a@x.org', personId: null, day: '2026-11-23', tool: 'claude', model: 'm', inputTokens: 1, outputTokens: 1, cachedTokens: 0, requests: 1, costMicros: 1, activity: {} };
      const counts = await Promise.all(Array.from({ length: 4 }, () => t.store.upsertUsage([record])));
      expect(counts.reduce((n, c) => n + c.inserted, 0)).toBe(1);
      expect((await t.store.listUnmappedIdentities()).map((u) => u.records)).toEqual([1]);
    });
  });
}
