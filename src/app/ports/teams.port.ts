/** Teams, their memberships (with leads) and their holidays. */
import type { IsoDate, Membership, Team } from '../../core/types.js';

export interface NewTeam {
  name: string;
  /** What makes the name unique (`teamNameKey` in src/core); the store only indexes it. */
  nameKey: string;
}

export type TeamPatch = Partial<
  Pick<Team, 'channel' | 'channelPlatform' | 'timeZone' | 'digestDay' | 'digestTime' | 'checkinDay' | 'checkinTime'>
>;

/** Reads and writes teams, memberships and holidays. */
export interface TeamStore {
  /** The new team, or null when a team already has this `nameKey`. */
  createTeam(input: NewTeam): Promise<Team | null>;
  /** Removes the team with its memberships and holidays. Wins stay with their authors. */
  deleteTeam(id: number): Promise<void>;
  getTeam(id: number): Promise<Team | null>;
  /** The team whose name has this key (`teamNameKey` in src/core). */
  findTeamByKey(nameKey: string): Promise<Team | null>;
  listTeams(): Promise<Team[]>;
  updateTeam(id: number, patch: TeamPatch): Promise<Team>;
  /** Adds as member, or updates the lead flag when already a member. */
  upsertMembership(teamId: number, personId: number, isLead: boolean): Promise<void>;
  /** Returns false when the person was not a member. */
  removeMembership(teamId: number, personId: number): Promise<boolean>;
  listMemberships(teamId: number): Promise<Membership[]>;
  teamsOf(personId: number): Promise<Membership[]>;
  /** Returns false when the day was already a holiday. */
  addHoliday(teamId: number, day: IsoDate): Promise<boolean>;
  /** Returns false when the day was not a holiday. */
  removeHoliday(teamId: number, day: IsoDate): Promise<boolean>;
  listHolidays(teamId: number): Promise<IsoDate[]>;
}
