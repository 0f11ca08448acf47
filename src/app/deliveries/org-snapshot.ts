/** Reads what the schedule depends on, once per tick. */
import type { OrgSnapshot } from '../../core/schedule/due-items.js';
import { resolveSettings } from '../../core/settings.js';
import type { IsoDate, Membership, Person, Platform } from '../../core/types.js';
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

/** A snapshot's people and memberships looked up by id, built once per snapshot. */
export interface OrgIndex {
  personById: ReadonlyMap<number, Person>;
  teamsOf: ReadonlyMap<number, readonly number[]>;
  membersOf: ReadonlyMap<number, readonly number[]>;
}

const indexes = new WeakMap<OrgSnapshot, OrgIndex>();

/**
 * NOTE: a tick asks these once per due person; searching the lists each time cost 10,000 x
 * 10,000 steps a tick (bench/fanout). A snapshot is never changed, so its index stays true.
 */
export function orgIndex(org: OrgSnapshot): OrgIndex {
  let index = indexes.get(org);
  if (index) return index;
  const teamsOf = new Map<number, number[]>();
  const membersOf = new Map<number, number[]>();
  const add = (map: Map<number, number[]>, key: number, value: number) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const m of org.memberships) {
    add(teamsOf, m.personId, m.teamId);
    add(membersOf, m.teamId, m.personId);
  }
  index = { personById: new Map(org.people.map((p) => [p.id, p])), teamsOf, membersOf };
  indexes.set(org, index);
  return index;
}
