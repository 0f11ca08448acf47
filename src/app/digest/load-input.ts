/** Loads what a team's digest is computed from, through the role ports it needs. */
import { lastWeeks, weekSpan } from '../../core/iso-week.js';
import { isAwayForWeek, isHolidayWeek } from '../../core/digest/calendar.js';
import { DIGEST_RULES } from '../../core/digest/rules.js';
import type { DigestInput, DigestMember } from '../../core/digest/types.js';
import { fail, ok, type Result } from '../../core/result.js';
import { resolveSettings, type WorkspaceSettings } from '../../core/settings.js';
import type { IsoDate, Person, Team } from '../../core/types.js';
import type { DigestQueryStore, SettingsStore, TeamStore, WinStore } from '../ports/index.js';

/** The team's zone: its own, else the workspace's. */
export const teamZone = (team: Team, settings: WorkspaceSettings): string => team.timeZone ?? settings.timeZone;

/** Reads the workspace settings once for several digests. */
export async function loadSettings(store: SettingsStore): Promise<WorkspaceSettings> {
  return resolveSettings(await store.getSettings('workspace'));
}

/** What a team's digest reads before it knows its weeks: the team, its people, its holidays. */
export interface TeamFacts {
  teamId: number;
  team: Team | null;
  people: Person[];
  holidays: IsoDate[];
}

/** The team's facts, read together: none depends on another, so they cost one round trip, not three. */
export async function loadTeamFacts(store: TeamStore & DigestQueryStore, teamId: number): Promise<TeamFacts> {
  const [team, people, holidays] = await Promise.all([store.getTeam(teamId), store.listTeamMembers(teamId), store.listHolidays(teamId)]);
  return { teamId, team, people, holidays };
}

/** Loads one team's digest input for the ISO week containing `at` in the team's zone. */
export async function loadDigestInput(store: DigestQueryStore & WinStore, facts: TeamFacts, at: Date, settings: WorkspaceSettings): Promise<Result<DigestInput>> {
  const { team, people, holidays } = facts;
  if (!team) return fail('TEAM.NOT_FOUND', `There is no team with id ${facts.teamId}.`, 'It may have been deleted; see team list.');
  const weeks = lastWeeks(at, teamZone(team, settings), DIGEST_RULES.trendWeeks);
  const week = weeks[weeks.length - 1] as string;
  const members: DigestMember[] = people.map((p) => ({
    personId: p.id,
    name: p.displayName,
    platformUserId: p.platformUserId,
    away: isAwayForWeek(p.awayUntil, week, settings.workDays),
  }));
  const ids = members.map((m) => m.personId);
  // Usage is context for this week against its baseline: only those weeks are read.
  const usageWeeks = weeks.slice(-(DIGEST_RULES.baselineWeeks + 1));
  const [usage, wins] = await Promise.all([store.usageByPersonWeek(ids, usageWeeks.map(weekSpan)), store.listWinsInWeeks(ids, weeks)]);
  return ok({
    team: { id: team.id, name: team.name },
    weeks,
    members,
    wins,
    usage,
    holidayWeeks: weeks.filter((w) => isHolidayWeek(w, holidays, settings.workDays)),
    minGroupSize: settings.minGroupSize,
  });
}
