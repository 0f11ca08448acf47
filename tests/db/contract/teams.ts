/** Contract: TeamStore. */
import { describe, expect, it } from 'vitest';
import { newPerson, newTeam, newWin, present, START, type StoreFixture } from './harness.js';

export function teamsContract(t: StoreFixture): void {
  const team = async (name = 'Platform') => present(await t.store.createTeam(newTeam(name)));

  describe('teams', () => {
    it('creates a team with every schedule field inherited', async () => {
      const created = await team('Platform');
      expect(created).toEqual({
        id: created.id,
        name: 'Platform',
        channel: null,
        channelPlatform: null,
        timeZone: null,
        digestDay: null,
        digestTime: null,
        checkinDay: null,
        checkinTime: null,
        createdAt: START,
      });
      expect(await t.store.getTeam(created.id)).toEqual(created);
    });

    it('refuses a second team of the same name in any letter case', async () => {
      await team('Platform');
      for (const name of ['Platform', 'PLATFORM', 'platform']) {
        expect(await t.store.createTeam(newTeam(name))).toBeNull();
      }
      expect(await t.store.listTeams()).toHaveLength(1);
    });

    it('finds a team by name in any letter case and lists teams by name', async () => {
      const payments = await team('payments');
      await team('Data');
      expect((await t.store.findTeamByKey(newTeam('PAYMENTS').nameKey))?.id).toBe(payments.id);
      expect(await t.store.findTeamByKey('nope')).toBeNull();
      expect((await t.store.listTeams()).map((x) => x.name)).toEqual(['Data', 'payments']);
    });

    it('updates schedule overrides and the channel', async () => {
      const created = await team();
      const patch = { channel: 'C123', channelPlatform: 'slack', timeZone: 'Asia/Tokyo', digestDay: 'mon', digestTime: '09:00', checkinDay: 'wed', checkinTime: '14:00' } as const;
      expect(await t.store.updateTeam(created.id, patch)).toEqual({ ...created, ...patch });
      await expect(t.store.updateTeam(9999, { channel: 'C1' })).rejects.toThrow(/no team/);
    });

    it('adds members, switches the lead flag in place, and removes them', async () => {
      const created = await team();
      const ada = await t.store.createPerson(newPerson());
      const bob = await t.store.createPerson(newPerson());
      await t.store.upsertMembership(created.id, ada.id, false);
      await t.store.upsertMembership(created.id, bob.id, false);
      await t.store.upsertMembership(created.id, ada.id, true);
      expect(await t.store.listMemberships(created.id)).toEqual([
        { teamId: created.id, personId: ada.id, isLead: true },
        { teamId: created.id, personId: bob.id, isLead: false },
      ]);
      expect(await t.store.teamsOf(ada.id)).toEqual([{ teamId: created.id, personId: ada.id, isLead: true }]);
      expect(await t.store.removeMembership(created.id, bob.id)).toBe(true);
      expect(await t.store.removeMembership(created.id, bob.id)).toBe(false);
      expect(await t.store.teamsOf(bob.id)).toEqual([]);
    });

    it('keeps holidays per team, once each, in date order', async () => {
      const a = await team('A');
      const b = await team('B');
      expect(await t.store.addHoliday(a.id, '2026-12-25')).toBe(true);
      expect(await t.store.addHoliday(a.id, '2026-12-24')).toBe(true);
      expect(await t.store.addHoliday(a.id, '2026-12-25')).toBe(false);
      expect(await t.store.listHolidays(a.id)).toEqual(['2026-12-24', '2026-12-25']);
      expect(await t.store.listHolidays(b.id)).toEqual([]);
      expect(await t.store.removeHoliday(a.id, '2026-12-24')).toBe(true);
      expect(await t.store.removeHoliday(a.id, '2026-12-24')).toBe(false);
      expect(await t.store.listHolidays(a.id)).toEqual(['2026-12-25']);
    });

    it('deletes a team with its memberships, holidays and settings; people and wins stay', async () => {
      const doomed = await team('Doomed');
      const kept = await team('Kept');
      const ada = await t.store.createPerson(newPerson());
      const win = await t.store.insertWin(newWin(ada.id));
      await t.store.upsertMembership(doomed.id, ada.id, true);
      await t.store.upsertMembership(kept.id, ada.id, false);
      await t.store.addHoliday(doomed.id, '2026-12-25');
      await t.store.setSetting(`team:${doomed.id}`, 'digest-day', 'mon');
      await t.store.deleteTeam(doomed.id);
      expect(await t.store.getTeam(doomed.id)).toBeNull();
      expect(await t.store.listMemberships(doomed.id)).toEqual([]);
      expect(await t.store.listHolidays(doomed.id)).toEqual([]);
      expect(await t.store.getSettings(`team:${doomed.id}`)).toEqual({});
      expect(await t.store.teamsOf(ada.id)).toEqual([{ teamId: kept.id, personId: ada.id, isLead: false }]);
      expect(await t.store.getWin(win.id)).not.toBeNull();
      expect(present(await t.store.createTeam(newTeam('doomed'))).id).not.toBe(doomed.id);
    });
  });
}
