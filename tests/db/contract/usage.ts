/** Contract: UsageStore, with identity mappings. */
import { describe, expect, it } from 'vitest';
import type { UsageRecord } from '../../../src/core/types.js';
import { newPerson, type StoreFixture } from './harness.js';

function usage(overrides: Partial<UsageRecord> = {}): UsageRecord {
  return {
    source: 'csv',
    identity: 'ada@analytical.org',
    personId: null,
    day: '2026-11-23',
    tool: 'claude',
    model: 'claude-sonnet-4',
    inputTokens: 1000,
    outputTokens: 200,
    cachedTokens: 50,
    requests: 10,
    costMicros: 1_500_000,
    activity: { sessions: 2, linesAccepted: 40 },
    ...overrides,
  };
}

/** A week of records for one identity on two models. */
const week = (personId: number | null, identity = 'ada@analytical.org'): UsageRecord[] =>
  ['2026-11-23', '2026-11-24', '2026-11-25'].flatMap((day) => [
    usage({ personId, identity, day }),
    usage({ personId, identity, day, model: 'claude-opus-4', inputTokens: 10, outputTokens: 5, requests: 1, costMicros: 7 }),
  ]);

export function usageContract(t: StoreFixture): void {
  describe('usage', () => {
    it('counts new rows, then nothing when the same records come again', async () => {
      const ada = await t.store.createPerson(newPerson());
      expect(await t.store.upsertUsage(week(ada.id))).toEqual({ inserted: 6, updated: 0 });
      const totals = await t.store.usageTotalsForPerson(ada.id, '2026-11-23', '2026-11-29');
      expect(totals).toEqual({ inputTokens: 3030, outputTokens: 615, costMicros: 4_500_021, requests: 33 });
      expect(await t.store.upsertUsage(week(ada.id))).toEqual({ inserted: 0, updated: 0 });
      expect(await t.store.usageTotalsForPerson(ada.id, '2026-11-23', '2026-11-29')).toEqual(totals);
    });

    it('counts a changed record as updated and keeps its latest figures', async () => {
      const ada = await t.store.createPerson(newPerson());
      await t.store.upsertUsage([usage({ personId: ada.id })]);
      const result = await t.store.upsertUsage([usage({ personId: ada.id, inputTokens: 5 }), usage({ personId: ada.id, tool: 'cursor' })]);
      expect(result).toEqual({ inserted: 1, updated: 1 });
      expect((await t.store.usageTotalsForPerson(ada.id, '2026-11-23', '2026-11-23')).inputTokens).toBe(1005);
    });

    it('does not take the same activity counts in another key order for a change', async () => {
      await t.store.upsertUsage([usage({ activity: { a: 1, b: 2 } })]);
      expect(await t.store.upsertUsage([usage({ activity: { b: 2, a: 1 } })])).toEqual({ inserted: 0, updated: 0 });
      expect(await t.store.upsertUsage([usage({ activity: { a: 1, b: 3 } })])).toEqual({ inserted: 0, updated: 1 });
    });

    it('folds a key repeated inside one batch into one row', async () => {
      const ada = await t.store.createPerson(newPerson());
      const result = await t.store.upsertUsage([usage({ personId: ada.id, requests: 1 }), usage({ personId: ada.id, requests: 4 })]);
      expect(result).toEqual({ inserted: 1, updated: 1 });
      expect((await t.store.usageTotalsForPerson(ada.id, '2026-11-01', '2026-11-30')).requests).toBe(4);
    });

    it('stays idempotent across batches larger than one transaction', async () => {
      const ada = await t.store.createPerson(newPerson());
      const many = Array.from({ length: 45_678 }, (_, i) => usage({ personId: ada.id, identity: `id-${i}`, requests: 1 }));
      expect(await t.store.upsertUsage(many)).toEqual({ inserted: 45_678, updated: 0 });
      expect(await t.store.upsertUsage(many)).toEqual({ inserted: 0, updated: 0 });
      expect((await t.store.usageTotalsForPerson(ada.id, '2026-11-23', '2026-11-23')).requests).toBe(45_678);
    });

    it('applies a key repeated far apart in one batch in order, the later record last', async () => {
      const ada = await t.store.createPerson(newPerson());
      const many = Array.from({ length: 25_000 }, (_, i) => usage({ personId: ada.id, identity: `id-${i}`, requests: 1 }));
      const batch = [...many, usage({ personId: ada.id, identity: 'id-3', requests: 9 }), usage({ personId: ada.id, identity: 'id-24999', requests: 5 })];
      expect(await t.store.upsertUsage(batch)).toEqual({ inserted: 25_000, updated: 2 });
      expect((await t.store.usageTotalsForPerson(ada.id, '2026-11-23', '2026-11-23')).requests).toBe(25_000 - 2 + 9 + 5);
    });

    it("sums only this person's usage between the two days, inclusive", async () => {
      const ada = await t.store.createPerson(newPerson());
      const bob = await t.store.createPerson(newPerson());
      await t.store.upsertUsage([...week(ada.id), ...week(bob.id, 'bob@x.org'), ...week(null, 'stranger@x.org')]);
      const oneDay = await t.store.usageTotalsForPerson(ada.id, '2026-11-24', '2026-11-24');
      expect(oneDay).toEqual({ inputTokens: 1010, outputTokens: 205, costMicros: 1_500_007, requests: 11 });
      expect(await t.store.usageTotalsForPerson(ada.id, '2026-12-01', '2026-12-31')).toEqual({ inputTokens: 0, outputTokens: 0, costMicros: 0, requests: 0 });
    });

    it('gives an unattributed record to the person its identity is mapped to', async () => {
      const ada = await t.store.createPerson(newPerson());
      const bob = await t.store.createPerson(newPerson());
      await t.store.mapIdentity('copilot', 'octo-ada', ada.id);
      await t.store.upsertUsage([
        usage({ source: 'copilot', identity: 'octo-ada', personId: null }),
        usage({ source: 'copilot', identity: 'octo-ada', personId: bob.id, day: '2026-11-24' }),
        usage({ source: 'csv', identity: 'octo-ada', personId: null }),
      ]);
      expect((await t.store.usageTotalsForPerson(ada.id, '2026-11-01', '2026-11-30')).requests).toBe(10);
      expect((await t.store.usageTotalsForPerson(bob.id, '2026-11-01', '2026-11-30')).requests).toBe(10);
    });

    it('re-attributes stored usage when an identity is mapped later', async () => {
      const ada = await t.store.createPerson(newPerson());
      await t.store.upsertUsage(week(null, 'octo-ada'));
      expect((await t.store.usageTotalsForPerson(ada.id, '2026-11-01', '2026-11-30')).requests).toBe(0);
      await t.store.mapIdentity('csv', 'octo-ada', ada.id);
      expect((await t.store.usageTotalsForPerson(ada.id, '2026-11-01', '2026-11-30')).requests).toBe(33);
      // A later import without a person keeps the mapped owner.
      expect(await t.store.upsertUsage(week(null, 'octo-ada'))).toEqual({ inserted: 0, updated: 0 });
      expect((await t.store.usageTotalsForPerson(ada.id, '2026-11-01', '2026-11-30')).requests).toBe(33);
    });
  });
}
