/**
 * Export, forget and retention for SQLite, each a walk over the personal-data map. Table
 * and column names come from the map (constants in code), never from input.
 */
import type Database from 'better-sqlite3';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { PERSONAL_DATA, RETAINED_TABLES, type PersonalTable } from '../../core/personal-data.js';
import type { ForgetSubject, PersonalDataStore, PersonalRows, TableCounts } from '../../app/ports/index.js';
import { identifiersPattern, pseudonymiseText, quotes } from '../../core/personal-data-text.js';
import { rowDecoder, withoutRowid, type Row } from '../shared/personal-rows.js';
import { run, type SqliteContext } from './context.js';
import * as schema from './schema/index.js';

const decode = rowDecoder(Object.values(schema).map((t) => getTableConfig(t)));

/** The rows of one table that are the person's, by id columns, owning table, target or email. */
function ownRows(sqlite: Database.Database, t: PersonalTable, personId: number, email: string | null): Row[] {
  const found = new Map<unknown, Row>();
  const add = (rows: Row[]) => { for (const r of rows) found.set(r.__rowid, r); };
  for (const column of t.personIds) add(sqlite.prepare(`SELECT rowid AS __rowid, * FROM ${t.table} WHERE ${column} = ?`).all(personId) as Row[]);
  if (t.personTarget !== undefined) add(sqlite.prepare(`SELECT rowid AS __rowid, * FROM ${t.table} WHERE ${t.personTarget} = ?`).all(`person:${personId}`) as Row[]);
  if (email !== null) for (const column of t.byEmail ?? []) add(sqlite.prepare(`SELECT rowid AS __rowid, * FROM ${t.table} WHERE lower(${column}) = lower(?)`).all(email) as Row[]);
  const at = t.personAddress;
  if (at !== undefined) add(sqlite.prepare(`SELECT x.rowid AS __rowid, x.* FROM ${t.table} AS x WHERE EXISTS (SELECT 1 FROM people p WHERE p.id = ? AND p.platform = x.${at.platform} AND 'person:' || p.platform_user_id = x.${at.key})`).all(personId) as Row[]);
  return [...found.values()];
}

/** Endorsements received and the like: rows owned through another table, without who else is in them. */
function ownedViaRows(sqlite: Database.Database, t: PersonalTable, personId: number): Row[] {
  const via = t.ownedVia;
  if (via === undefined) return [];
  const rows = sqlite.prepare(`SELECT * FROM ${t.table} WHERE ${via.column} IN (SELECT ${via.key} FROM ${via.table} WHERE ${via.owner} = ?)`).all(personId) as Row[];
  return rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !via.omit.includes(k))));
}

function exportRows(sqlite: Database.Database, personId: number, email: string | null): PersonalRows[] {
  return PERSONAL_DATA.filter((t) => t.exportAs !== null).map((t) => {
    const own = ownRows(sqlite, t, personId, email).map(withoutRowid);
    // Rows about them (received) that are not theirs already (given).
    const received = ownedViaRows(sqlite, t, personId).filter((r) => !own.some((o) => Object.entries(r).every(([k, v]) => o[k] === v)));
    return { table: t.table, rows: [...own, ...received].map((r) => decode(t.table, r)) };
  });
}

function forgetIn(sqlite: Database.Database, t: PersonalTable, s: ForgetSubject, words: RegExp | null): number {
  switch (t.forget) {
    case 'none':
      return 0;
    case 'detach':
      return t.personIds.reduce((n, c) => n + sqlite.prepare(`UPDATE ${t.table} SET ${c} = NULL WHERE ${c} = ?`).run(s.personId).changes, 0);
    case 'pseudonymise':
      return pseudonymise(sqlite, t, s, words);
    case 'delete': {
      const doomed = new Set(ownRows(sqlite, t, s.personId, s.email).map((r) => r.__rowid));
      // Text columns that quote an email (a rejected CSV line) are theirs when the email is in them.
      const quoting = s.email === null ? null : identifiersPattern([s.email]);
      for (const column of quoting === null ? [] : t.identifiers.filter((c) => !t.byEmail?.includes(c))) {
        for (const r of sqlite.prepare(`SELECT rowid AS __rowid, ${column} AS v FROM ${t.table} WHERE instr(lower(${column}), lower(?)) > 0`).all(s.email) as Row[]) {
          if (quotes(String(r.v), quoting!)) doomed.add(r.__rowid);
        }
      }
      const del = sqlite.prepare(`DELETE FROM ${t.table} WHERE rowid = ?`);
      for (const rowid of doomed) del.run(rowid);
      return doomed.size;
    }
  }
}

/** Audit entries stay: ids become the pseudonym, and names in older free text are replaced too. */
function pseudonymise(sqlite: Database.Database, t: PersonalTable, s: ForgetSubject, words: RegExp | null): number {
  const touched = new Set<unknown>();
  for (const column of t.personIds) {
    const label = column.replace(/_id$/, '_pseudonym');
    for (const r of sqlite.prepare(`SELECT rowid AS __rowid FROM ${t.table} WHERE ${column} = ?`).all(s.personId) as Row[]) touched.add(r.__rowid);
    sqlite.prepare(`UPDATE ${t.table} SET ${label} = ?, ${column} = NULL WHERE ${column} = ?`).run(s.pseudonym, s.personId);
  }
  for (const column of t.identifiers) {
    const update = sqlite.prepare(`UPDATE ${t.table} SET ${column} = ? WHERE rowid = ?`);
    for (const r of sqlite.prepare(`SELECT rowid AS __rowid, ${column} AS v FROM ${t.table}`).all() as Row[]) {
      const before = String(r.v);
      const after = pseudonymiseText(before, s.personId, s.pseudonym, words);
      if (after !== before) { update.run(after, r.__rowid); touched.add(r.__rowid); }
    }
  }
  return touched.size;
}

/** The SQLite implementation of {@link PersonalDataStore}. */
export function sqlitePersonalData({ sqlite }: SqliteContext): PersonalDataStore {
  return {
    personalRows: (personId, email) => run(() => exportRows(sqlite, personId, email)),
    forgetPerson: (subject) =>
      run(() =>
        sqlite.transaction(() => {
          const words = identifiersPattern([...subject.identifiers, ...(subject.email === null ? [] : [subject.email])]);
          const counts: TableCounts = {};
          // Rows owned through another table first, while the owning rows still say whose they are.
          for (const t of PERSONAL_DATA.filter((x) => x.ownedVia !== undefined && x.forget === 'delete')) {
            const v = t.ownedVia!;
            counts[t.table] = sqlite.prepare(`DELETE FROM ${t.table} WHERE ${v.column} IN (SELECT ${v.key} FROM ${v.table} WHERE ${v.owner} = ?)`).run(subject.personId).changes;
          }
          for (const t of PERSONAL_DATA) counts[t.table] = (counts[t.table] ?? 0) + forgetIn(sqlite, t, subject, words);
          return counts;
        }).immediate(),
      ),
    purgeBefore: (cutoff) =>
      run(() =>
        sqlite.transaction(() => {
          const counts: TableCounts = {};
          // Days (YYYY-MM-DD) and ISO times both sort before the cut-off day as text.
          for (const t of RETAINED_TABLES) counts[t.table] = sqlite.prepare(`DELETE FROM ${t.table} WHERE ${t.retention} < ?`).run(cutoff).changes;
          return counts;
        }).immediate(),
      ),
  };
}
