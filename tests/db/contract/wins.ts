/** Contract: WinStore, endorsements included. */
import { describe, expect, it } from 'vitest';
import type { WinPatch } from '../../../src/app/ports/index.js';
import { JIRA, newPerson, newWin, PR, START, type StoreFixture } from './harness.js';

export function winsContract(t: StoreFixture): void {
  const people = async (n: number) => {
    const out = [];
    for (let i = 0; i < n; i++) out.push(await t.store.createPerson(newPerson()));
    return out.map((p) => p.id);
  };

  describe('wins', () => {
    it('stores a win and reads it back with every field, lists as JSON included', async () => {
      const [ada] = await people(1);
      const input = newWin(ada!, { dedupeKey: 'evt-1' });
      const win = await t.store.insertWin(input);
      const { dedupeKey: _key, ...fields } = input;
      expect(win).toEqual({ id: win.id, ...fields, endorsements: 0, createdAt: START, updatedAt: START });
      expect(win.artifacts).toEqual([PR, JIRA]);
      expect(await t.store.getWin(win.id)).toEqual(win);
      expect(await t.store.getWin(win.id + 1000)).toBeNull();
    });

    it('stores a setback with no minutes and empty lists', async () => {
      const [ada] = await people(1);
      const input = newWin(ada!, { kind: 'setback', minutes: null, links: [], artifacts: [], tools: [], visibility: 'private' });
      const win = await t.store.insertWin(input);
      expect(await t.store.getWin(win.id)).toMatchObject({ kind: 'setback', minutes: null, links: [], artifacts: [], tools: [], visibility: 'private' });
    });

    it('returns the first win when a dedupe key comes again, and keeps keyless wins apart', async () => {
      const [ada] = await people(1);
      const first = await t.store.insertWin(newWin(ada!, { dedupeKey: 'slack-evt-9', text: 'first' }));
      t.clock.advance(1000);
      const retry = await t.store.insertWin(newWin(ada!, { dedupeKey: 'slack-evt-9', text: 'retry' }));
      expect(retry).toEqual(first);
      const a = await t.store.insertWin(newWin(ada!));
      const b = await t.store.insertWin(newWin(ada!));
      expect(a.id).not.toBe(b.id);
      expect(await t.store.listWinsByAuthor(ada!, 10)).toHaveLength(3);
    });

    it('updates the patched fields and the update time only', async () => {
      const [ada] = await people(1);
      const win = await t.store.insertWin(newWin(ada!));
      t.clock.advance(60_000);
      const patch: WinPatch = {
        text: 'Fixed the flaky test',
        category: 'bug-fix',
        minutes: 30,
        visibility: 'private',
        links: [],
        artifacts: [JIRA],
        tools: ['Copilot', 'Cursor'],
      };
      const updated = await t.store.updateWin(win.id, patch);
      expect(updated).toEqual({ ...win, ...patch, updatedAt: '2026-11-25T10:01:00.000Z' });
      expect(await t.store.getWin(win.id)).toEqual(updated);
      await expect(t.store.updateWin(9999, { text: 'x' })).rejects.toThrow(/no win/);
    });

    it('deletes a win with its endorsements', async () => {
      const [ada, bob] = await people(2);
      const win = await t.store.insertWin(newWin(ada!));
      await t.store.addEndorsement(win.id, bob!, '2026-W48');
      expect(await t.store.deleteWin(win.id)).toBe(true);
      expect(await t.store.deleteWin(win.id)).toBe(false);
      expect(await t.store.getWin(win.id)).toBeNull();
      expect(await t.store.countEndorsementsGiven(bob!, '2026-W48')).toBe(0);
    });

    it("lists an author's wins and setbacks newest first, up to the limit", async () => {
      const [ada, bob] = await people(2);
      const ids = [];
      for (const kind of ['win', 'setback', 'win'] as const) {
        ids.push((await t.store.insertWin(newWin(ada!, { kind }))).id);
        t.clock.advance(1000);
      }
      await t.store.insertWin(newWin(bob!));
      expect((await t.store.listWinsByAuthor(ada!, 10)).map((w) => w.id)).toEqual(ids.reverse());
      expect((await t.store.listWinsByAuthor(ada!, 2)).map((w) => w.id)).toEqual(ids.slice(0, 2));
    });

    it('breaks a tie on the same instant by id, newest first', async () => {
      const [ada] = await people(1);
      const a = await t.store.insertWin(newWin(ada!));
      const b = await t.store.insertWin(newWin(ada!));
      expect((await t.store.listWinsByAuthor(ada!, 10)).map((w) => w.id)).toEqual([b.id, a.id]);
    });

    it('lists wins by these authors in these weeks only', async () => {
      const [ada, bob, cy] = await people(3);
      const keep1 = await t.store.insertWin(newWin(ada!, { week: '2026-W47' }));
      const keep2 = await t.store.insertWin(newWin(bob!, { week: '2026-W48', kind: 'setback' }));
      await t.store.insertWin(newWin(ada!, { week: '2026-W46' }));
      await t.store.insertWin(newWin(cy!, { week: '2026-W48' }));
      const found = await t.store.listWinsInWeeks([ada!, bob!], ['2026-W47', '2026-W48']);
      expect(found.map((w) => w.id).sort()).toEqual([keep1.id, keep2.id].sort());
      // The same number of authors and weeks again, other ones: nothing of the first answer.
      expect((await t.store.listWinsInWeeks([cy!, bob!], ['2026-W48', '2026-W49'])).map((w) => w.authorId).sort()).toEqual([bob!, cy!].sort());
      expect(await t.store.listWinsInWeeks([], ['2026-W48'])).toEqual([]);
      expect(await t.store.listWinsInWeeks([ada!], [])).toEqual([]);
    });
  });

  describe('endorsements', () => {
    it('counts endorsements on the win wherever it is read', async () => {
      const [ada, bob, cy] = await people(3);
      const win = await t.store.insertWin(newWin(ada!));
      expect(await t.store.addEndorsement(win.id, bob!, '2026-W48')).toBe('added');
      expect(await t.store.addEndorsement(win.id, cy!, '2026-W48')).toBe('added');
      expect((await t.store.getWin(win.id))?.endorsements).toBe(2);
      expect((await t.store.listWinsByAuthor(ada!, 1))[0]?.endorsements).toBe(2);
      expect((await t.store.listWinsInWeeks([ada!], ['2026-W48']))[0]?.endorsements).toBe(2);
    });

    it('refuses a second endorsement of the same win by the same person', async () => {
      const [ada, bob] = await people(2);
      const win = await t.store.insertWin(newWin(ada!));
      await t.store.addEndorsement(win.id, bob!, '2026-W48');
      expect(await t.store.addEndorsement(win.id, bob!, '2026-W49')).toBe('duplicate');
      expect((await t.store.getWin(win.id))?.endorsements).toBe(1);
    });

    it('refuses an endorsement of a win that does not exist', async () => {
      const [bob] = await people(1);
      expect(await t.store.addEndorsement(9999, bob!, '2026-W48')).toBe('no-win');
    });

    it('counts the endorsements a person gave in a week', async () => {
      const [ada, bob, cy] = await people(3);
      const w1 = await t.store.insertWin(newWin(ada!));
      const w2 = await t.store.insertWin(newWin(ada!));
      const w3 = await t.store.insertWin(newWin(cy!));
      await t.store.addEndorsement(w1.id, bob!, '2026-W48');
      await t.store.addEndorsement(w2.id, bob!, '2026-W48');
      await t.store.addEndorsement(w3.id, bob!, '2026-W49');
      await t.store.addEndorsement(w3.id, ada!, '2026-W48');
      expect(await t.store.countEndorsementsGiven(bob!, '2026-W48')).toBe(2);
      expect(await t.store.countEndorsementsGiven(bob!, '2026-W49')).toBe(1);
      expect(await t.store.countEndorsementsGiven(cy!, '2026-W48')).toBe(0);
    });
  });
}
