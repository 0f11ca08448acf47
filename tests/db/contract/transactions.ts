/** Contract: Store.transaction — a unit of work commits whole or not at all. */
import { describe, expect, it } from 'vitest';
import { newPerson, newTeam, present, type StoreFixture } from './harness.js';

export function transactionsContract(t: StoreFixture): void {
  describe('transaction', () => {
    it('commits every change made through the unit of work and returns its result', async () => {
      const result = await t.store.transaction(async (tx) => {
        const ada = await tx.createPerson(newPerson({ displayName: 'Ada' }));
        const team = present(await tx.createTeam(newTeam('Payments')));
        await tx.upsertMembership(team.id, ada.id, true);
        return { ada, team };
      });
      expect(await t.store.listMemberships(result.team.id)).toEqual([{ teamId: result.team.id, personId: result.ada.id, isLead: true }]);
    });

    it('keeps nothing of a unit of work that throws, and rethrows its error', async () => {
      const boom = new Error('changed my mind');
      await expect(
        t.store.transaction(async (tx) => {
          await tx.createPerson(newPerson({ displayName: 'Ada' }));
          await tx.setSetting('workspace', 'timezone', 'UTC');
          throw boom;
        }),
      ).rejects.toBe(boom);
      expect(await t.store.listPeople()).toEqual([]);
      expect(await t.store.getSettings('workspace')).toEqual({});
    });

    it('keeps a write made beside an open unit of work when that unit rolls back', async () => {
      let inside!: () => void;
      const entered = new Promise<void>((resolve) => (inside = resolve));
      let finish!: () => void;
      const released = new Promise<void>((resolve) => (finish = resolve));
      const unit = t.store.transaction(async (tx) => {
        await tx.setSetting('workspace', 'digest-day', 'fri');
        inside();
        await released;
        throw new Error('roll back');
      });
      await entered;
      const beside = t.store.setSetting('workspace', 'timezone', 'UTC');
      finish();
      await expect(unit).rejects.toThrow('roll back');
      await beside;
      expect(await t.store.getSettings('workspace')).toEqual({ timezone: 'UTC' });
    });

    it('refuses the outer store inside its own unit of work instead of waiting for itself', async () => {
      await expect(t.store.transaction(() => t.store.listPeople())).rejects.toThrow(/use the `tx`/);
      expect(await t.store.listPeople()).toEqual([]);
    });

    it('runs units of work started together one after the other, both committed', async () => {
      const bump = () =>
        t.store.transaction(async (tx) => {
          const n = Number((await tx.getSettings('workspace'))['counter'] ?? '0');
          await new Promise((resolve) => setTimeout(resolve, 5));
          await tx.setSetting('workspace', 'counter', String(n + 1));
        });
      await Promise.all([bump(), bump(), bump()]);
      expect(await t.store.getSettings('workspace')).toEqual({ counter: '3' });
    });
  });
}
