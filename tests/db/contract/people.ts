/** Contract: PeopleStore. */
import { describe, expect, it } from 'vitest';
import { newPerson, START, type StoreFixture } from './harness.js';

export function peopleContract(t: StoreFixture): void {
  describe('people', () => {
    it('stores whether a person is an admin exactly as told, the first person included', async () => {
      const first = await t.store.createPerson(newPerson({ isAdmin: false }));
      const second = await t.store.createPerson(newPerson({ isAdmin: true }));
      const third = await t.store.createPerson(newPerson({ isAdmin: false }));
      expect([first.isAdmin, second.isAdmin, third.isAdmin]).toEqual([false, true, false]);
      expect((await t.store.listAdmins()).map((p) => p.id)).toEqual([second.id]);
    });

    it('fills defaults and stamps createdAt from the clock', async () => {
      const input = newPerson({ displayName: 'Grace Hopper', email: 'grace@navy.mil', timeZone: 'America/New_York' });
      const person = await t.store.createPerson(input);
      expect(person).toEqual({
        id: person.id,
        ...input,
        timeZoneSource: 'workspace',
        nudges: true,
        awayUntil: null,
        checkinDay: null,
        checkinTime: null,
        createdAt: START,
      });
      expect(await t.store.getPerson(person.id)).toEqual(person);
    });

    it('keeps where a zone comes from, and changes it with the zone', async () => {
      const person = await t.store.createPerson(newPerson({ platformUserId: 'U-zone', timeZone: 'Asia/Kolkata', timeZoneSource: 'platform' }));
      expect(person).toMatchObject({ timeZone: 'Asia/Kolkata', timeZoneSource: 'platform' });
      expect(await t.store.updatePerson(person.id, { timeZone: 'Europe/Berlin', timeZoneSource: 'own' })).toMatchObject({ timeZone: 'Europe/Berlin', timeZoneSource: 'own' });
    });

    it('returns the known person when the same platform user is created twice', async () => {
      const input = newPerson({ platformUserId: 'U-dup' });
      const first = await t.store.createPerson(input);
      const again = await t.store.createPerson({ ...input, displayName: 'Renamed' });
      expect(again).toEqual(first);
      expect(await t.store.listPeople()).toHaveLength(1);
    });

    it('finds people by platform id, keeping platforms apart', async () => {
      const slack = await t.store.createPerson(newPerson({ platform: 'slack', platformUserId: 'X1' }));
      const teams = await t.store.createPerson(newPerson({ platform: 'teams', platformUserId: 'X1' }));
      expect((await t.store.findPersonByPlatformId('slack', 'X1'))?.id).toBe(slack.id);
      expect((await t.store.findPersonByPlatformId('teams', 'X1'))?.id).toBe(teams.id);
      expect(await t.store.findPersonByPlatformId('console', 'X1')).toBeNull();
      expect(await t.store.getPerson(9999)).toBeNull();
    });

    it('finds a person by email in any letter case', async () => {
      await t.store.createPerson(newPerson({ email: null }));
      const ada = await t.store.createPerson(newPerson({ email: 'Ada@Analytical.org' }));
      expect((await t.store.findPersonByEmail('ada@analytical.ORG'))?.id).toBe(ada.id);
      expect(await t.store.findPersonByEmail('nobody@analytical.org')).toBeNull();
    });

    it('updates only the fields in the patch', async () => {
      const person = await t.store.createPerson(newPerson());
      const patch = { nudges: false, awayUntil: '2026-12-01', checkinDay: 'fri', checkinTime: '09:30', isAdmin: false } as const;
      const updated = await t.store.updatePerson(person.id, patch);
      expect(updated).toEqual({ ...person, ...patch });
      expect(await t.store.getPerson(person.id)).toEqual(updated);
      expect(await t.store.updatePerson(person.id, {})).toEqual(updated);
      expect(await t.store.updatePerson(person.id, { awayUntil: null })).toEqual({ ...updated, awayUntil: null });
    });

    it('rejects an update of a person that does not exist', async () => {
      await expect(t.store.updatePerson(424242, { nudges: false })).rejects.toThrow(/no person/);
    });

    it('lists people in the order they arrived', async () => {
      const ids = [];
      for (let i = 0; i < 3; i++) ids.push((await t.store.createPerson(newPerson())).id);
      expect((await t.store.listPeople()).map((p) => p.id)).toEqual(ids);
    });
  });
}
