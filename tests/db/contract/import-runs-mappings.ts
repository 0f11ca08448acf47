/** Contract: ImportRunStore and the read side of IdentityMappingStore. */
import { describe, expect, it } from 'vitest';
import { newPerson, START, type StoreFixture } from './harness.js';

const OUTCOME = { read: 10, inserted: 7, updated: 2, rejected: 1, unmatched: 3, error: null };

export function importRunsMappingsContract(t: StoreFixture): void {
  describe('import runs', () => {
    it('records a run as running with zero counts, then finishes it with its outcome and time', async () => {
      const admin = await t.store.createPerson(newPerson());
      const run = await t.store.startImportRun({ source: 'csv', scope: 'usage.csv', trigger: 'command', actorId: admin.id });
      expect(run).toEqual({
        id: run.id, source: 'csv', scope: 'usage.csv', trigger: 'command', actorId: admin.id, status: 'running',
        startedAt: START, finishedAt: null, read: 0, inserted: 0, updated: 0, rejected: 0, unmatched: 0, error: null, owner: null, heartbeatAt: START,
      });
      t.clock.advance(90_000);
      const done = await t.store.finishImportRun(run.id, { status: 'complete', ...OUTCOME });
      expect(done).toEqual({ ...run, status: 'complete', ...OUTCOME, finishedAt: '2026-11-25T10:01:30.000Z' });
      expect(await t.store.listImportRuns(5)).toEqual([done]);
    });

    it('keeps the error of a failed run and lists runs newest first, up to the limit', async () => {
      const first = await t.store.startImportRun({ source: 'openai', scope: 'daily', trigger: 'schedule', actorId: null });
      await t.store.finishImportRun(first.id, { status: 'failed', read: 0, inserted: 0, updated: 0, rejected: 0, unmatched: 0, error: 'OpenAI refused the key' });
      const second = await t.store.startImportRun({ source: 'csv', scope: 'a.csv', trigger: 'command', actorId: null });
      const third = await t.store.startImportRun({ source: 'csv', scope: 'b.csv', trigger: 'command', actorId: null });
      const runs = await t.store.listImportRuns(10);
      expect(runs.map((r) => r.id)).toEqual([third.id, second.id, first.id]);
      expect(runs[2]).toMatchObject({ status: 'failed', error: 'OpenAI refused the key' });
      expect(runs[1]).toMatchObject({ status: 'running', finishedAt: null });
      expect((await t.store.listImportRuns(2)).map((r) => r.id)).toEqual([third.id, second.id]);
    });

    it('refuses to finish a run that does not exist', async () => {
      await expect(t.store.finishImportRun(9_999, { status: 'complete', ...OUTCOME })).rejects.toThrow();
    });
  });

  describe('identity mappings', () => {
    it('lists one source\'s mappings, a re-mapping replacing the person', async () => {
      const ada = await t.store.createPerson(newPerson());
      const bob = await t.store.createPerson(newPerson());
      expect(await t.store.listIdentityMappings('copilot')).toEqual(new Map());
      await t.store.mapIdentity('copilot', 'octo-ada', ada.id);
      await t.store.mapIdentity('copilot', 'octo-bob', ada.id);
      await t.store.mapIdentity('cursor', 'ada@acme.test', ada.id);
      await t.store.mapIdentity('copilot', 'octo-bob', bob.id);
      expect(await t.store.listIdentityMappings('copilot')).toEqual(new Map([['octo-ada', ada.id], ['octo-bob', bob.id]]));
      expect(await t.store.listIdentityMappings('cursor')).toEqual(new Map([['ada@acme.test', ada.id]]));
    });
  });
}
