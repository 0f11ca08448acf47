/** Workspace settings: their names, defaults and validation. Pure. */
import { fail, ok, type Result } from './result.js';
import type { Weekday } from './types.js';
import { issueKeyPrefixes } from './win-text/recognition.js';
import {
  formatWorkDays,
  parseClockTime,
  parseOnOff,
  parseTimeZone,
  parseWeekday,
  parseWholeNumber,
  parseWorkDays,
} from './values.js';

interface SettingSpec {
  default: string;
  /** One line for `settings` and `help set`. */
  describe: string;
  example: string;
  /** The values it takes, for `help set`. */
  allowed: string;
  /** Validates and normalises a typed value. */
  parse(input: string): Result<string>;
}

const asText = <T>(r: Result<T>, show: (v: T) => string = String): Result<string> =>
  r.ok ? ok(show(r.value)) : r;

export const SETTINGS = {
  'digest-day': { default: 'fri', describe: 'day the team digest goes out', example: 'fri', allowed: 'mon … sun', parse: (v) => asText(parseWeekday(v)) },
  'digest-time': { default: '16:00', describe: 'time the digest goes out, in the team time zone', example: '16:00', allowed: 'HH:MM, 24-hour', parse: (v) => asText(parseClockTime(v)) },
  'checkin-day': { default: 'thu', describe: 'day of the weekly check-in', example: 'thu', allowed: 'mon … sun', parse: (v) => asText(parseWeekday(v)) },
  'checkin-time': { default: '15:00', describe: "time of the check-in, in each person's own time zone", example: '15:00', allowed: 'HH:MM, 24-hour', parse: (v) => asText(parseClockTime(v)) },
  timezone: { default: 'UTC', describe: 'time zone for people and teams that have none', example: 'Europe/Berlin', allowed: 'an IANA zone such as Europe/Berlin or America/New_York', parse: (v) => asText(parseTimeZone(v)) },
  'work-days': { default: 'mon,tue,wed,thu,fri', describe: 'days shiplog may send check-ins and reminders', example: 'mon-fri', allowed: 'days such as mon-fri or mon,wed,fri', parse: (v) => asText(parseWorkDays(v), formatWorkDays) },
  'min-group-size': { default: '5', describe: 'fewest people with usage data before any usage aggregate is shown', example: '5', allowed: '3 to 1000', parse: (v) => asText(parseWholeNumber(v, 'min-group-size', 3, 1000)) },
  'retention-days': { default: '395', describe: 'days to keep usage records, rejected import rows and check-in answers (wins stay until deleted)', example: '395', allowed: '30 to 36500', parse: (v) => asText(parseWholeNumber(v, 'retention-days', 30, 36500)) },
  reminders: { default: 'on', describe: 'one reminder the day after an unanswered check-in', example: 'on', allowed: 'on or off', parse: (v) => asText(parseOnOff(v, 'reminders'), (b) => (b ? 'on' : 'off')) },
  'endorsement-budget': { default: '5', describe: 'endorsements each person may give per week', example: '5', allowed: '1 to 50', parse: (v) => asText(parseWholeNumber(v, 'endorsement-budget', 1, 50)) },
  'nudge-high-usage-tokens': { default: '1000000', describe: "a person's own weekly tokens that count as high usage for the check-in nudge", example: '1000000', allowed: '1000 to 1000000000', parse: (v) => asText(parseWholeNumber(v, 'nudge-high-usage-tokens', 1000, 1_000_000_000)) },
  'nudge-quiet-weeks': { default: '3', describe: 'weeks of high usage without a win before the check-in asks what AI is helping with', example: '3', allowed: '1 to 12', parse: (v) => asText(parseWholeNumber(v, 'nudge-quiet-weeks', 1, 12)) },
  'jira-projects': { default: 'none', describe: 'Jira project keys whose bare keys (PAY-123) count as artifacts', example: 'PAY,OPS', allowed: 'project keys such as PAY,OPS, or none', parse: parseKeyList('jira-projects') },
  'linear-teams': { default: 'none', describe: 'Linear team keys whose bare identifiers (ENG-42) count as artifacts', example: 'ENG', allowed: 'team keys such as ENG, or none', parse: parseKeyList('linear-teams') },
} satisfies Record<string, SettingSpec>;

/** A list of issue-key prefixes ("PAY, OPS"), or `none`; look-alikes such as UTF or GPT are refused. */
function parseKeyList(what: string): (input: string) => Result<string> {
  return (input) => {
    if (/^\s*none\s*$/i.test(input)) return ok('none');
    const typed = input.split(/[\s,]+/).filter(Boolean);
    const keys = issueKeyPrefixes(input);
    if (typed.length === 0 || keys.length !== new Set(typed.map((t) => t.toUpperCase())).size) {
      return fail('VALUE.KEYS', `${what} takes project keys such as PAY,OPS (letters and digits, 2–10, starting with a letter; not UTF, ISO, GPT…), not "${input}".`, `Example: set ${what} PAY,OPS (or none).`);
    }
    return ok(keys.join(','));
  };
}

export type SettingKey = keyof typeof SETTINGS;
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

export const isSettingKey = (key: string): key is SettingKey => Object.hasOwn(SETTINGS, key);

/** Validates `set <key> <value>`; the normalised value is what gets stored. */
export function validateSetting(key: string, value: string): Result<{ key: SettingKey; value: string }> {
  if (!isSettingKey(key)) {
    return fail('SETTINGS.UNKNOWN_KEY', `There is no setting called "${key}".`, `Settings: ${SETTING_KEYS.join(', ')}.`);
  }
  const parsed = SETTINGS[key].parse(value);
  return parsed.ok ? ok({ key, value: parsed.value }) : parsed;
}

/** The workspace settings with defaults filled in, typed. */
export interface WorkspaceSettings {
  digestDay: Weekday;
  digestTime: string;
  checkinDay: Weekday;
  checkinTime: string;
  timeZone: string;
  workDays: Weekday[];
  minGroupSize: number;
  retentionDays: number;
  reminders: boolean;
  endorsementBudget: number;
  /** Average own tokens a week that count as high usage for the check-in nudge. */
  nudgeHighUsageTokens: number;
  /** Weeks of high usage without a win before the nudge asks what AI is helping with. */
  nudgeQuietWeeks: number;
  /** Jira project keys whose bare keys count as artifacts. */
  jiraProjects: string[];
  /** Linear team keys whose bare identifiers count as artifacts. */
  linearTeams: string[];
}

/** Reads stored strings, falling back to defaults for anything missing or no longer valid. */
export function resolveSettings(stored: Record<string, string>): WorkspaceSettings {
  const get = (key: SettingKey): string => {
    const raw = stored[key];
    if (raw !== undefined && SETTINGS[key].parse(raw).ok) return raw;
    return SETTINGS[key].default;
  };
  const days = parseWorkDays(get('work-days'));
  return {
    digestDay: get('digest-day') as Weekday,
    digestTime: get('digest-time'),
    checkinDay: get('checkin-day') as Weekday,
    checkinTime: get('checkin-time'),
    timeZone: get('timezone'),
    workDays: days.ok ? days.value : ['mon', 'tue', 'wed', 'thu', 'fri'],
    minGroupSize: Number(get('min-group-size')),
    retentionDays: Number(get('retention-days')),
    reminders: get('reminders') === 'on',
    endorsementBudget: Number(get('endorsement-budget')),
    nudgeHighUsageTokens: Number(get('nudge-high-usage-tokens')),
    nudgeQuietWeeks: Number(get('nudge-quiet-weeks')),
    jiraProjects: issueKeyPrefixes(get('jira-projects').replace(/^none$/, '')),
    linearTeams: issueKeyPrefixes(get('linear-teams').replace(/^none$/, '')),
  };
}
