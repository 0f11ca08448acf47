/** Which argument parser reads each command. Pure. */
import type { CommandName } from '../commands.js';
import type { ArgParser } from './args.js';
import { parseAdmins, parseAudit, parseDigestSend, parseDigestView, parseImport, parseIngestRun, parseMap, parseSet } from './parse-admin.js';
import { parseEdit } from './parse-edit.js';
import { parseExportWins, parseForgetPerson } from './parse-rights.js';
import {
  parseAway,
  parseBare,
  parseCheckin,
  parseForgetMe,
  parseFreeText,
  parseHelp,
  parseMe,
  parseNudges,
  parseTimezone,
  parseWinAction,
} from './parse-personal.js';
import { parseTeamChannel, parseTeamHoliday, parseTeamLead, parseTeamName, parseTeamPeople, parseTeamSet } from './parse-team.js';

/** Every command's parser; a new command breaks the build until it has one. */
export const PARSERS: Readonly<Record<CommandName, ArgParser>> = {
  help: parseHelp,
  log: parseFreeText,
  setback: parseFreeText,
  me: parseMe,
  edit: parseEdit,
  undo: parseBare({ name: 'undo' }),
  delete: parseWinAction,
  endorse: parseWinAction,
  away: parseAway,
  back: parseBare({ name: 'back' }),
  nudges: parseNudges,
  checkin: parseCheckin,
  timezone: parseTimezone,
  'export-me': parseBare({ name: 'export-me' }),
  'forget-me': parseForgetMe,
  'digest-preview': parseDigestView,
  'digest-history': parseDigestView,
  'digest-send': parseDigestSend,
  settings: parseBare({ name: 'settings' }),
  set: parseSet,
  'team-create': parseTeamName,
  'team-delete': parseTeamName,
  'team-list': parseBare({ name: 'team-list' }),
  'team-add': parseTeamPeople,
  'team-remove': parseTeamPeople,
  'team-lead': parseTeamLead,
  'team-channel': parseTeamChannel,
  'team-holiday': parseTeamHoliday,
  'team-set': parseTeamSet,
  import: parseImport,
  'ingest-run': parseIngestRun,
  map: parseMap,
  unmapped: parseBare({ name: 'unmapped' }),
  'verify-status': parseBare({ name: 'verify-status' }),
  unreachable: parseBare({ name: 'unreachable' }),
  audit: parseAudit,
  admins: parseAdmins,
  'export-wins': parseExportWins,
  'forget-person': parseForgetPerson,
};

/** Commands that read the raw line themselves, so an unbalanced quote in free text is fine. */
export const READS_RAW_TEXT: ReadonlySet<CommandName> = new Set(['log', 'setback', 'edit']);
