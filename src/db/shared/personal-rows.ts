/**
 * What both dialects' export, forget and retention share: matching a person's identifiers in
 * free text, and turning rows read with raw SQL into the same values in every dialect.
 */
import type { ForgetSubject } from '../../app/ports/index.js';

export type Row = Record<string, unknown>;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches any of the identifiers as a whole word, case-insensitively; null when there are none. */
export function wordsPattern(words: readonly string[]): RegExp | null {
  const usable = words.filter((w) => w.trim().length > 0).map(escapeRegExp);
  return usable.length === 0 ? null : new RegExp(`(?<![\\w@.+-])(?:${usable.join('|')})(?![\\w@-])`, 'gi');
}

/** Replaces the person's identifiers in an audit text by the pseudonym. */
export function pseudonymiseText(text: string, subject: ForgetSubject, words: RegExp | null): string {
  const byId = text.replace(new RegExp(`\\bperson:${subject.personId}\\b`, 'g'), `person:${subject.pseudonym}`);
  return words === null ? byId : byId.replace(words, subject.pseudonym);
}

export const withoutRowid = (r: Row): Row => Object.fromEntries(Object.entries(r).filter(([k]) => k !== '__rowid'));

/** A drizzle column as far as decoding needs it: its SQL name and how it reads a driver value. */
interface DriverColumn {
  name: string;
  mapFromDriverValue(value: unknown): unknown;
}

/** Decodes one raw row of `table`: SQL column names kept, values as drizzle reads them. */
export type RowDecoder = (table: string, row: Row) => Row;

/**
 * Raw SQL hands back driver values, which differ by dialect (SQLite: 0/1 and JSON text;
 * PostgreSQL: int8 as text, jsonb parsed). Each column's own drizzle mapping turns them into
 * numbers, booleans, lists and objects, so `export me` reads the same on either database.
 */
export function rowDecoder(tables: readonly { name: string; columns: readonly DriverColumn[] }[]): RowDecoder {
  const byTable = new Map(tables.map((t) => [t.name, new Map(t.columns.map((c) => [c.name, c]))]));
  return (table, row) => {
    const columns = byTable.get(table);
    return Object.fromEntries(
      Object.entries(row).map(([k, v]) => {
        const column = columns?.get(k);
        return [k, v === null || column === undefined ? v : column.mapFromDriverValue(v)];
      }),
    );
  };
}
