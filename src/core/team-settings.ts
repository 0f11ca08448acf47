/** A team's own schedule settings (`team set <team> <key> <value>`): names and validation. Pure. */
import { fail, ok, type Result } from './result.js';
import type { Team } from './types.js';
import { parseClockTime, parseTimeZone, parseWeekday } from './values.js';

type TeamField = 'timeZone' | 'digestDay' | 'digestTime' | 'checkinDay' | 'checkinTime';

const TEAM_SETTINGS: Readonly<Record<string, { field: TeamField; parse: (v: string) => Result<string> }>> = {
  timezone: { field: 'timeZone', parse: parseTimeZone },
  'digest-day': { field: 'digestDay', parse: parseWeekday },
  'digest-time': { field: 'digestTime', parse: parseClockTime },
  'checkin-day': { field: 'checkinDay', parse: parseWeekday },
  'checkin-time': { field: 'checkinTime', parse: parseClockTime },
};

/** Every key `team set` takes, in the order help lists them. */
export const TEAM_SETTING_KEYS = Object.keys(TEAM_SETTINGS);

/** Words that clear a team's own value, so the workspace setting applies again. */
const CLEAR = new Set(['default', 'none', 'workspace', 'inherit', '-']);

/** A validated team setting: the team field it writes and its value (null = the workspace's). */
export interface TeamSettingChange {
  key: string;
  field: TeamField;
  value: string | null;
}

export function parseTeamSetting(key: string, value: string): Result<TeamSettingChange> {
  const spec = TEAM_SETTINGS[key];
  if (!spec) {
    return fail('TEAM.UNKNOWN_SETTING', `Teams have no setting called "${key}".`, `Team settings: ${TEAM_SETTING_KEYS.join(', ')}; e.g. team set Payments timezone Europe/Berlin.`);
  }
  if (CLEAR.has(value.trim().toLowerCase())) return ok({ key, field: spec.field, value: null });
  const parsed = spec.parse(value);
  return parsed.ok ? ok({ key, field: spec.field, value: parsed.value }) : parsed;
}

/** The team's current value for a setting, as `team set` shows it. */
export const teamSettingValue = (team: Team, change: TeamSettingChange): string | null => team[change.field];
