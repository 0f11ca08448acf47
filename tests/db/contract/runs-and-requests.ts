/** Contract: import runs (progress, heartbeat, how they end), request keys claimed once, and the health ping. */
import { describe, expect, it } from 'vitest';
import { abandonDeadRuns } from '../../../src/app/ingest/abandoned-runs.js';
import { START, type StoreFixture } from './harness.js';

const LATER = '2026-11-25T10:05:00.000Z';

export function runsAndRequestsContract(t: StoreFixture): void {
  describe('import runs', () => {
    it('starts a run as running with its owner and a heartbeat, and records progress per chunk', async () => {
      const started = await t.store.startImportRun({ source: 'csv', scope: 'usage.csv', trigger: 'cli', actorId: null, owner: 'host-a:41' });
      expect(started).toMatchObject({ status: 'running', owner: 'host-a:41', heartbeatAt: START, startedAt: START, read: 0, finishedAt: null });
      t.clock.set(LATER);
      await t.store.recordImportProgress(started.id, { read: 20_000, inserted: 19_990, updated: 3, rejected: 7 });
      const [run] = await t.store.listImportRuns(1);
      expect(run).toMatchObject({ id: started.id, status: 'running', read: 20_000, inserted: 19_990, updated: 3, rejected: 7, heartbeatAt: LATER, finishedAt: null });
    });

    it('marks runs whose owner is gone as abandoned with how far they got, and leaves live ones running', async () => {
      const dead = await t.store.startImportRun({ source: 'csv', scope: 'a.csv', trigger: 'cli', actorId: null, owner: 'host-a:1' });
      await t.store.recordImportProgress(dead.id, { read: 40_000, inserted: 40_000, updated: 0, rejected: 0 });
      const live = await t.store.startImportRun({ source: 'csv', scope: 'b.csv', trigger: 'cli', actorId: null, owner: 'host-a:2' });
      const owners = { self: 'host-a:3', isAlive: (owner: string | null) => owner === 'host-a:2' };
      expect(await abandonDeadRuns(t.store, owners, t.clock.now())).toEqual([dead.id]);
      const byId = new Map((await t.store.listImportRuns(5)).map((r) => [r.id, r]));
      expect(byId.get(dead.id)).toMatchObject({ status: 'abandoned', read: 40_000, inserted: 40_000, finishedAt: START });
      expect(byId.get(dead.id)?.error).toMatch(/^INGEST\.ABANDONED: .*after 40,000 rows/);
      expect(byId.get(live.id)).toMatchObject({ status: 'running', finishedAt: null });
    });
  });

  describe('request keys', () => {
    const until = '2026-11-25T10:10:00.000Z';

    it('claims a set of keys once; any key seen again refuses the whole set and records none of it', async () => {
      expect(await t.store.claimRequestKeys(['sig:a', 'trigger:1'], until)).toBe(true);
      expect(await t.store.claimRequestKeys(['sig:a', 'trigger:1'], until)).toBe(false);
      // A replay with a new signature but the same trigger id is still the same request.
      expect(await t.store.claimRequestKeys(['sig:b', 'trigger:1'], until)).toBe(false);
      // …and that refusal recorded nothing: sig:b is still free.
      expect(await t.store.claimRequestKeys(['sig:b'], until)).toBe(true);
      expect(await t.store.claimRequestKeys([], until)).toBe(true);
    });

    it('lets exactly one of many concurrent claims of the same key win', async () => {
      const claims = await Promise.all(Array.from({ length: 8 }, () => t.store.claimRequestKeys(['event:Ev1'], until)));
      expect(claims.filter(Boolean)).toHaveLength(1);
    });
  });

  describe('ping', () => {
    it('answers while open', async () => {
      await expect(t.store.ping()).resolves.toBeUndefined();
    });
  });
}
