/** What `export me` and `export wins` hand over, as files. Pure. */
import type { FileAttachment, Message } from '../message.js';
import { text } from '../message.js';
import type { Win } from '../types.js';
import { maySee, type ExportRowKind, type Viewer } from '../visibility.js';
import { toCsv } from './csv.js';

/** One table of a person's export: what it is, and its rows as stored. */
export interface ExportSection {
  table: string;
  kind: ExportRowKind;
  rows: Record<string, unknown>[];
}

/** The version of the export's JSON shape, so a later reader can tell. */
export const EXPORT_FORMAT = 'shiplog-export/1';

const WIN_COLUMNS = ['id', 'kind', 'week', 'category', 'minutes', 'visibility', 'tools', 'links', 'text', 'created_at'] as const;

/** A win as a CSV line; `rows` are stored rows (snake_case) or wins. */
function winLine(w: Record<string, unknown>): (string | number | null)[] {
  return WIN_COLUMNS.map((c) => {
    const v = w[c];
    if (v === null || v === undefined) return null;
    if (typeof v === 'number' || typeof v === 'string') return Array.isArray(safeJson(v)) ? (safeJson(v) as string[]).join(' ') : v;
    return Array.isArray(v) ? v.join(' ') : JSON.stringify(v);
  });
}

function safeJson(v: string | number): unknown {
  if (typeof v !== 'string' || !v.startsWith('[')) return null;
  try { return JSON.parse(v); } catch { return null; }
}

/** Who asked for an export, and when: part of every export's file name. */
export interface ExportAsker {
  id: number;
  displayName: string;
}

/**
 * The part of an export's file name that makes it one person's and one moment's, e.g.
 * `ada-1-2026-11-30-090000`: two people, or one person's two exports, never share a name.
 */
export function exportStamp(asker: ExportAsker, now: Date): string {
  const handle = slug(asker.displayName) || 'person';
  const iso = now.toISOString();
  return `${handle}-${asker.id}-${iso.slice(0, 10)}-${iso.slice(11, 19).replaceAll(':', '')}`;
}

/** Letters and digits only, so a name is safe in a file name on every system. */
const slug = (name: string): string => name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/** The person's own data: the JSON of every section, and a CSV of their wins and setbacks. */
export function personalExport(sections: readonly ExportSection[], exportedAt: string, stamp: string): FileAttachment[] {
  const own = sections.map((s) => ({ ...s, rows: s.rows.filter(() => maySee('self', { kind: 'export-row', row: s.kind })) }));
  const doc = { format: EXPORT_FORMAT, exportedAt, tables: Object.fromEntries(own.map((s) => [s.table, s.rows])) };
  const wins = own.find((s) => s.kind === 'win')?.rows ?? [];
  return [
    { name: `shiplog-export-${stamp}.json`, mediaType: 'application/json', content: `${JSON.stringify(doc, null, 2)}\n` },
    { name: `shiplog-wins-${stamp}.csv`, mediaType: 'text/csv', content: toCsv([...WIN_COLUMNS], wins.map(winLine)) },
  ];
}

/** Team-visible wins as CSV for an admin: the author by name, never anyone's usage. */
export function winsExport(viewer: Viewer, wins: readonly Win[], authorName: (id: number) => string, stamp: string, scope: readonly string[] = []): FileAttachment {
  const shown = wins.filter((w) => maySee(viewer, { kind: 'export-row', row: 'win', visibility: w.visibility }) && w.kind === 'win');
  const rows = shown.map((w) => [w.id, authorName(w.authorId), w.week, w.category, w.minutes, w.endorsements, w.tools.join(' '), w.links.join(' '), w.text, w.createdAt]);
  const about = scope.map((part) => `${slug(part)}-`).join('');
  return { name: `shiplog-team-wins-${about}${stamp}.csv`, mediaType: 'text/csv', content: toCsv(['id', 'author', 'week', 'category', 'minutes_saved', 'endorsements', 'tools', 'links', 'text', 'created_at'], rows) };
}

/** The reply that carries export files. */
export function exportReply(summary: string, files: FileAttachment[]): Message {
  const names = files.map((f) => f.name).join(', ');
  return { summary, blocks: [{ type: 'text', spans: [text(summary)] }, { type: 'small', spans: [text(`Files: ${names}. Only you get them.`)] }], private: true, files };
}
