/** Replies for admin commands: settings, teams, audit. Pure. */
import type { Message } from '../message.js';
import { text } from '../message.js';
import { SETTINGS, SETTING_KEYS } from '../settings.js';
import type { AuditEntry, IsoDate, Team } from '../types.js';
import { excerpt } from './basic.js';

export function settingsReply(stored: Record<string, string>): Message {
  const fields = SETTING_KEYS.map((key) => {
    const value = stored[key] ?? SETTINGS[key].default;
    const isDefault = stored[key] === undefined || stored[key] === SETTINGS[key].default;
    return { label: key, value: `${value}${isDefault ? ' (default)' : ''} · ${SETTINGS[key].describe}` };
  });
  return {
    summary: 'Workspace settings.',
    blocks: [
      { type: 'header', text: 'Workspace settings' },
      { type: 'fields', fields },
      { type: 'small', spans: [text('Change one with: set <key> <value>, e.g. set digest-time 16:30')] },
    ],
    private: true,
  };
}

export interface TeamSummary {
  team: Team;
  /** Members' names, in the order shown. */
  members: string[];
  leads: string[];
  holidays: IsoDate[];
}

export function teamListReply(teams: TeamSummary[]): Message {
  if (teams.length === 0) {
    return {
      summary: 'No teams yet.',
      blocks: [{ type: 'text', spans: [text('No teams yet. Create one with: team create <name>')] }],
      private: true,
    };
  }
  const items = teams.map(({ team, members, leads, holidays }) => {
    const who = members.length === 0 ? 'no members yet' : `${members.length} member${members.length === 1 ? '' : 's'}: ${members.join(', ')}`;
    const facts = [who, leads.length > 0 ? `led by ${leads.join(', ')}` : 'no lead yet'];
    if (team.channel) facts.push(`channel ${team.channel}`);
    if (team.timeZone) facts.push(team.timeZone);
    if (holidays.length > 0) facts.push(`holidays ${holidays.join(', ')}`);
    return [text(team.name, 'bold'), text(` · ${facts.join(' · ')}`)];
  });
  return { summary: `${teams.length} team${teams.length === 1 ? '' : 's'}.`, blocks: [{ type: 'header', text: 'Teams' }, { type: 'list', items }], private: true };
}

export function auditReply(entries: AuditEntry[], names: Map<number, string>): Message {
  if (entries.length === 0) {
    return { summary: 'The audit log is empty.', blocks: [{ type: 'text', spans: [text('The audit log is empty.')] }], private: true };
  }
  const nameOf = (id: number | null, pseudonym: string | null, none: string): string =>
    pseudonym ?? (id === null ? none : names.get(id) ?? `person ${id}`);
  const items = entries.map((e) => {
    const who = nameOf(e.actorId, e.actorPseudonym, 'shiplog');
    const about = e.subjectId === null && e.subjectPseudonym === null ? '' : ` ${nameOf(e.subjectId, e.subjectPseudonym, '')}`;
    const what = [e.action, e.target].filter((x) => x !== '').join(' ');
    return [text(`${e.at.slice(0, 16).replace('T', ' ')}Z `, 'code'), text(`${who} ${what}${about}`), text(e.detail ? ` (${excerpt(e.detail, 80)})` : '')];
  });
  return { summary: `${entries.length} audit entries.`, blocks: [{ type: 'header', text: 'Audit log' }, { type: 'list', items }], private: true };
}
