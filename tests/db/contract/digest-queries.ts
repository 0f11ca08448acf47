/** Contract: the digest's aggregate reads. */
import { describe, expect, it } from 'vitest';
import { weekSpan } from '../../../src/core/iso-week.js';
import type { UsageRecord } from '../../../src/core/types.js';
import { newPerson, newTeam, present, type StoreFixture } from './harness.js';

const record = (personId: number | null, day: string, tool: string, inputTokens: number, costMicros: number, identity = `p${personId ?? 'x'}`): UsageRecord => ({
  source: 'csv', identity, personId, day, tool, model: 'm', inputTokens, outputTokens: 1, cachedTokens: 0, requests: 2, costMicros, activity: {},
});

export function digestQueriesContract(t: StoreFixture): void {
  describe('digest queries', () => {
    it('sums usage per person per given week across tools, week and year boundaries', async () => {
      const ada = await t.store.createPerson(newPerson());
      const bob = await t.store.createPerson(newPerson());
      const eve = await t.store.createPerson(newPerson());
      await t.store.upsertUsage([
        record(ada.id, '2025-12-29', 'claude', 10, 100), // Monday of 2026-W01
        record(ada.id, '2026-12-27', 'claude', 20, 200), // Sunday of 2026-W52
        record(ada.id, '2026-12-28', 'claude', 30, 300), // Monday of 2026-W53
        record(ada.id, '2027-01-03', 'cursor', 40, 400), // Sunday of 2026-W53
        record(ada.id, '2027-01-03', 'claude', 50, 500),
        record(ada.id, '2027-01-04', 'claude', 60, 600), // Monday of 2027-W01: not asked for
        record(ada.id, '2026-06-10', 'claude', 70, 700), // 2026-W24: between asked weeks, not asked for
        record(bob.id, '2026-12-30', 'copilot', 7, 70),
        record(eve.id, '2026-12-30', 'copilot', 1000, 1000), // not asked for
        record(null, '2026-12-30', 'copilot', 5000, 5000, 'stranger'),
      ]);
      const rows = await t.store.usageByPersonWeek([ada.id, bob.id], ['2026-W01', '2026-W52', '2026-W53'].map(weekSpan));
      const sorted = [...rows].sort((a, b) => a.personId - b.personId || a.week.localeCompare(b.week));
      expect(sorted).toEqual([
        { personId: ada.id, week: '2026-W01', inputTokens: 10, outputTokens: 1, costMicros: 100, requests: 2 },
        { personId: ada.id, week: '2026-W52', inputTokens: 20, outputTokens: 1, costMicros: 200, requests: 2 },
        { personId: ada.id, week: '2026-W53', inputTokens: 120, outputTokens: 3, costMicros: 1200, requests: 6 },
        { personId: bob.id, week: '2026-W53', inputTokens: 7, outputTokens: 1, costMicros: 70, requests: 2 },
      ]);
    });

    it('lists a team\'s members, leads included, and nobody else', async () => {
      const ada = await t.store.createPerson(newPerson({ displayName: 'Ada' }));
      const bob = await t.store.createPerson(newPerson({ displayName: 'Bob' }));
      await t.store.createPerson(newPerson({ displayName: 'Outsider' }));
      const team = present(await t.store.createTeam(newTeam('Payments')));
      await t.store.upsertMembership(team.id, bob.id, true);
      await t.store.upsertMembership(team.id, ada.id, false);
      expect(await t.store.listTeamMembers(team.id)).toEqual([ada, bob]);
      expect(await t.store.listTeamMembers(team.id + 1)).toEqual([]);
    });

    it('returns nothing for nobody, or for days without usage', async () => {
      const ada = await t.store.createPerson(newPerson());
      await t.store.upsertUsage([record(ada.id, '2026-11-23', 'claude', 10, 100)]);
      expect(await t.store.usageByPersonWeek([], ['2026-W48'].map(weekSpan))).toEqual([]);
      expect(await t.store.usageByPersonWeek([ada.id], ['2026-W49'].map(weekSpan))).toEqual([]);
      expect(await t.store.usageByPersonWeek([ada.id], [])).toEqual([]);
    });
  });
}
