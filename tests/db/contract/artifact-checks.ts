/** Contract: ArtifactCheckStore. */
import { describe, expect, it } from 'vitest';
import type { ArtifactCheck } from '../../../src/core/evidence/index.js';
import { newPerson, newWin, type StoreFixture } from './harness.js';

const check = (winId: number, over: Partial<ArtifactCheck> = {}): ArtifactCheck => ({
  winId,
  artifactKey: 'github:pull-request:github.com:acme/shop#42',
  provider: 'github',
  status: 'pending',
  reason: 'acme/shop#42 is not merged yet',
  firstCheckedAt: '2026-11-20T10:00:00.000Z',
  checkedAt: '2026-11-20T10:00:00.000Z',
  ...over,
});

export function artifactChecksContract(t: StoreFixture): void {
  describe('artifact checks', () => {
    it('keeps one check per win and artifact, the first check time kept, and drops them with the win', async () => {
      const ann = await t.store.createPerson(newPerson({ platformUserId: 'U1' }));
      const a = await t.store.insertWin(newWin(ann.id));
      const b = await t.store.insertWin(newWin(ann.id));
      await t.store.saveArtifactCheck(check(a.id));
      await t.store.saveArtifactCheck(check(a.id, { status: 'confirmed', reason: null, firstCheckedAt: '2026-11-23T10:00:00.000Z', checkedAt: '2026-11-23T10:00:00.000Z' }));
      await t.store.saveArtifactCheck(check(b.id, { artifactKey: 'jira:jira:PAY-1', provider: 'jira', status: 'error', reason: 'Jira refused' }));
      expect(await t.store.listArtifactChecks([a.id])).toEqual([check(a.id, { status: 'confirmed', reason: null, checkedAt: '2026-11-23T10:00:00.000Z' })]);
      expect(await t.store.listArtifactChecks([])).toEqual([]);
      await t.store.deleteWin(b.id);
      expect(await t.store.listArtifactChecks([a.id, b.id])).toHaveLength(1);
    });

    it('lists pending and failed checks due for another look, oldest first, within the window', async () => {
      const ann = await t.store.createPerson(newPerson({ platformUserId: 'U1' }));
      const ids = [];
      for (let i = 0; i < 4; i++) ids.push((await t.store.insertWin(newWin(ann.id))).id);
      await t.store.saveArtifactCheck(check(ids[0]!, { checkedAt: '2026-11-24T09:00:00.000Z' }));
      await t.store.saveArtifactCheck(check(ids[1]!, { status: 'error', checkedAt: '2026-11-24T08:00:00.000Z' }));
      await t.store.saveArtifactCheck(check(ids[2]!, { status: 'confirmed', checkedAt: '2026-11-24T07:00:00.000Z' }));
      await t.store.saveArtifactCheck(check(ids[3]!, { firstCheckedAt: '2026-11-01T10:00:00.000Z', checkedAt: '2026-11-24T06:00:00.000Z' }));
      const due = await t.store.listChecksDue(new Date('2026-11-11T00:00:00Z'), new Date('2026-11-25T00:00:00Z'), 10);
      expect(due.map((c) => c.winId)).toEqual([ids[1], ids[0]]);
      expect(await t.store.listChecksDue(new Date('2026-11-11T00:00:00Z'), new Date('2026-11-24T08:30:00Z'), 10)).toHaveLength(1);
    });

    it('caches one answer per artifact, the latest winning', async () => {
      expect(await t.store.getArtifactFacts('k')).toBeNull();
      await t.store.putArtifactFacts('k', { state: 'open', people: [{ role: 'author', login: 'ada' }] }, new Date('2026-11-24T10:00:00Z'));
      await t.store.putArtifactFacts('k', { state: 'done', people: [{ role: 'author', login: 'ada' }, { role: 'reviewer', email: 'sam@acme.io' }] }, new Date('2026-11-25T10:00:00Z'));
      expect(await t.store.getArtifactFacts('k')).toEqual({
        facts: { state: 'done', people: [{ role: 'author', login: 'ada' }, { role: 'reviewer', email: 'sam@acme.io' }] },
        fetchedAt: '2026-11-25T10:00:00.000Z',
      });
    });
  });
}
