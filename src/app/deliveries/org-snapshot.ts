/** Reads what the schedule depends on, once per tick. */
import type { OrgSnapshot } from '../../core/schedule/due-items.js';
import { resolveSettings } from '../../core/settings.js';
import type { IsoDate, Membership, Platform } from '../../core/types.js';
import type { PeopleStore, SettingsStore, TeamStore } from '../ports/index.js';

/** The org as the schedule sees it; people are those reachable on one of `platforms`. */
export async function loadOrgSnapshot(store: SettingsStore & PeopleStore & TeamStore, platforms: readonly Platform[]): Promise<OrgSnapshot> {
  const settings = resolveSettings(await store.getSettings('workspace'));
  const people = (await store.listPeople()).filter((p) => platforms.includes(p.platform));
  const teams = await store.listTeams();
  const memberships: Membership[] = [];
  const holidays = new Map<number, ReadonlySet<IsoDate>>();
  for (const team of teams) {
    memberships.push(...(await store.listMemberships(team.id)));
    holidays.set(team.id, new Set(await store.listHolidays(team.id)));
  }
  return { settings, people, teams, memberships, holidays };
}
