/** Routes a parsed command to its use case, after checking the caller may run it. */
import type { Command } from '../core/commands.js';
import { findSpec } from '../core/command-catalog.js';
import type { Message } from '../core/message.js';
import { assertNever, fail, type Result } from '../core/result.js';
import { changeAdmin } from './commands/admins.js';
import { deleteWin, editWin, endorseWin, undoWin } from './commands/change-win.js';
import { help } from './commands/help.js';
import { digestHistory, previewDigest } from './digest/commands.js';
import { digestSend } from './commands/digest-send.js';
import { logWin } from './commands/log-win.js';
import { me } from './commands/me.js';
import { away, back, checkin, nudges } from './commands/presence.js';
import { setSetting, showAudit, showSettings } from './commands/settings.js';
import { changeHoliday, changeMembers, listHolidays, createTeam, deleteTeam, listTeams, setChannel, setLead } from './commands/teams.js';
import { setTeamSetting } from './commands/team-settings.js';
import { setTimeZone } from './commands/time-zone.js';
import type { Ctx } from './context.js';
import { listUnreachable } from './commands/unreachable.js';
import { importUsage, ingestRun, listUnmapped, mapIdentity } from './ingest/commands.js';
import type { CommandOptions } from './types.js';
import { NOT_YET_AVAILABLE } from './availability.js';
import { verifyStatus } from './verify/verify-status.js';
import { authorize } from './authorize.js';
import { exportMe, exportWins } from './commands/export.js';
import { forgetMe, forgetSomeone } from './commands/forget.js';

export async function runCommand(ctx: Ctx, command: Command, options: CommandOptions = {}): Promise<Result<Message>> {
  const spec = findSpec(command.name);
  if (NOT_YET_AVAILABLE.has(command.name)) {
    return fail('FEATURE.NOT_AVAILABLE', `"${spec.words.join(' ')}" is not available in this version of shiplog yet.`, 'Type help to see what works today.');
  }
  const allowed = await authorize(ctx, spec.role, `run "${spec.words.join(' ')}"`, 'command');
  if (!allowed.ok) return allowed;
  return dispatch(ctx, command, options);
}

function dispatch(ctx: Ctx, c: Command, options: CommandOptions): Promise<Result<Message>> {
  const source = options.source ?? 'command';
  const dedupe = options.dedupeKey === undefined ? {} : { dedupeKey: options.dedupeKey };
  switch (c.name) {
    case 'help': return help(ctx, c.topic);
    case 'log': return logWin(ctx, { kind: 'win', text: c.text, source, ...dedupe });
    case 'setback': return logWin(ctx, { kind: 'setback', text: c.text, source, ...dedupe });
    case 'me': return me(ctx, c.page);
    case 'edit': return editWin(ctx, c.winId, c.changes);
    case 'undo': return undoWin(ctx, null);
    case 'delete': return deleteWin(ctx, c.winId);
    case 'endorse': return endorseWin(ctx, c.winId);
    case 'away': return away(ctx, c.until);
    case 'back': return back(ctx);
    case 'nudges': return nudges(ctx, c.on);
    case 'checkin': return checkin(ctx, c.day, c.time);
    case 'timezone': return setTimeZone(ctx, c.zone);
    case 'settings': return showSettings(ctx);
    case 'set': return setSetting(ctx, c.key, c.value);
    case 'team-create': return createTeam(ctx, c.team);
    case 'team-delete': return deleteTeam(ctx, c.team);
    case 'team-list': return listTeams(ctx);
    case 'team-add': return changeMembers(ctx, c.team, c.people, true);
    case 'team-remove': return changeMembers(ctx, c.team, c.people, false);
    case 'team-lead': return setLead(ctx, c.team, c.person, !c.remove);
    case 'team-channel': return setChannel(ctx, c.team, c.channel);
    case 'team-holiday': return c.action === 'list' ? listHolidays(ctx, c.team) : changeHoliday(ctx, c.team, c.day, c.action === 'add');
    case 'team-set': return setTeamSetting(ctx, c.team, c.key, c.value);
    case 'audit': return showAudit(ctx, c.limit);
    case 'admins': return changeAdmin(ctx, c.person, c.action === 'add');
    case 'digest-preview': return previewDigest(ctx, c.team);
    case 'digest-history': return digestHistory(ctx, c.team);
    case 'digest-send': return digestSend(ctx, c.team, c.again);
    case 'import': return importUsage(ctx, c.path, options);
    case 'ingest-run': return ingestRun(ctx, c.source);
    case 'map': return mapIdentity(ctx, c.source, c.identity, c.person);
    case 'unmapped': return listUnmapped(ctx);
    case 'verify-status': return verifyStatus(ctx);
    case 'unreachable': return listUnreachable(ctx);
    case 'export-me': return exportMe(ctx);
    case 'export-wins': return exportWins(ctx, c.team, c.from, c.to);
    case 'forget-me': return forgetMe(ctx, c.confirmed);
    case 'forget-person': return forgetSomeone(ctx, c.person, c.confirmed);
    default:
      return assertNever(c);
  }
}
