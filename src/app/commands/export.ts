/** `export me` (anyone, their own data) and `export wins` (admin, team-visible wins only). */
import { exportReply, exportStamp, personalExport, winsExport, type ExportSection } from '../../core/export/export-files.js';
import type { Message } from '../../core/message.js';
import { personalTable } from '../../core/personal-data.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { Person, Win } from '../../core/types.js';
import type { Ctx } from '../context.js';
import { audited } from './settings.js';
import { findTeamNamed } from '../teams.js';

/** How many wins per author `export wins` reads; far above what a person logs. */
const WINS_PER_AUTHOR = 100_000;

/** Everything shiplog holds about the caller, as JSON and a CSV of their wins, for them only. */
export async function exportMe(ctx: Ctx): Promise<Result<Message>> {
  // Audited first, so the export holds the entry about itself too.
  await audited(ctx, 'data.export', 'me', '', ctx.person.id);
  const tables = await ctx.store.personalRows(ctx.person.id, ctx.person.email);
  const sections: ExportSection[] = tables.map((t) => ({ table: t.table, kind: personalTable(t.table)!.exportAs!, rows: t.rows }));
  const files = personalExport(sections, ctx.now.toISOString(), exportStamp(ctx.person, ctx.now));
  const count = (table: string): number => tables.find((t) => t.table === table)?.rows.length ?? 0;
  return ok(exportReply(`Your shiplog data: ${count('wins')} wins and setbacks, ${count('usage_records')} usage records, ${count('audit_log')} audit entries about you, and the rest of what shiplog holds about you.`, files));
}

/** Team-visible wins (of one team, or everyone) between two days, as CSV. Never usage. */
export async function exportWins(ctx: Ctx, teamName: string | null, from: string | null, to: string | null): Promise<Result<Message>> {
  let authors: Person[];
  if (teamName === null) {
    authors = await ctx.store.listPeople();
  } else {
    const team = await findTeamNamed(ctx.store, teamName);
    if (!team) return fail('TEAM.NOT_FOUND', `There is no team called "${teamName}".`, 'See the teams with: team list');
    authors = await ctx.store.listTeamMembers(team.id);
  }
  const wins: Win[] = [];
  for (const a of authors) wins.push(...(await ctx.store.listWinsByAuthor(a.id, WINS_PER_AUTHOR)));
  const inRange = wins
    .filter((w) => (from === null || w.createdAt.slice(0, 10) >= from) && (to === null || w.createdAt.slice(0, 10) <= to))
    .sort((a, b) => a.id - b.id);
  const names = new Map(authors.map((p) => [p.id, p.displayName]));
  const about = [teamName ?? 'all', from && `from-${from}`, to && `to-${to}`].filter((part): part is string => Boolean(part));
  const file = winsExport('admin', inRange, (id) => names.get(id) ?? '', exportStamp(ctx.person, ctx.now), about);
  const rows = file.content.split('\r\n').length - 2;
  const scope = [teamName ?? 'all teams', from && `from ${from}`, to && `to ${to}`].filter(Boolean).join(' ');
  await audited(ctx, 'data.export.wins', teamName === null ? '' : `team:${teamName}`, `${rows} wins ${scope}`);
  return ok(exportReply(`${rows} team-visible win${rows === 1 ? '' : 's'} (${scope}). Private wins and usage are never exported for anyone else.`, [file]));
}
