/** Naming teams: the core folds names into keys, the store indexes them, sentences live here. */
import { fail, ok, type Result } from '../core/result.js';
import { teamDisplayName, teamNameKey } from '../core/team-name.js';
import type { Team } from '../core/types.js';
import type { TeamStore } from './ports/index.js';

/** Creates a team; `TEAM.EXISTS` when another team has the same name in any letter case. */
export async function createNamedTeam(store: TeamStore, name: string): Promise<Result<Team>> {
  const created = await store.createTeam({ name: teamDisplayName(name), nameKey: teamNameKey(name) });
  if (created) return ok(created);
  return fail('TEAM.EXISTS', `There is already a team called "${teamDisplayName(name)}".`, 'Pick another name, or see them all with `team list`.');
}

/** The team with this name in any letter case, or null. */
export const findTeamNamed = (store: TeamStore, name: string): Promise<Team | null> => store.findTeamByKey(teamNameKey(name));
