/** People: who they are on their platform, whether they administer shiplog, their preferences. */
import type { Person, Platform } from '../../core/types.js';

/** A person as the platform introduces them; `isAdmin` when the platform says they administer the workspace. */
export type NewPerson = Pick<Person, 'platform' | 'platformUserId' | 'displayName' | 'email' | 'timeZone' | 'isAdmin'> &
  Partial<Pick<Person, 'timeZoneSource'>>;

export type PersonPatch = Partial<
  Pick<Person, 'displayName' | 'email' | 'timeZone' | 'timeZoneSource' | 'isAdmin' | 'nudges' | 'awayUntil' | 'checkinDay' | 'checkinTime'>
>;

/** Reads and writes people. */
export interface PeopleStore {
  getPerson(id: number): Promise<Person | null>;
  findPersonByPlatformId(platform: Platform, platformUserId: string): Promise<Person | null>;
  findPersonByEmail(email: string): Promise<Person | null>;
  /**
   * Stores a new person exactly as given, or returns the one already known by
   * (platform, platformUserId): two events for a new person can race, and both callers
   * get the same person. Who starts as admin is decided by the caller (src/core).
   */
  createPerson(input: NewPerson): Promise<Person>;
  updatePerson(id: number, patch: PersonPatch): Promise<Person>;
  listPeople(): Promise<Person[]>;
  listAdmins(): Promise<Person[]>;
}
