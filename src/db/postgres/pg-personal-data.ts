/**
 * Export, forget and retention for PostgreSQL, each a walk over the personal-data map, as in
 * SQLite (`ctid` stands in for SQLite's rowid within the one transaction). Table and column
 * names come from the map (constants in code), never from input; values are parameters.
 */
import { sql, type SQL } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { PERSONAL_DATA, RETAINED_TABLES, type PersonalTable } from '../../core/personal-data.js';
import type { ForgetSubject, PersonalDataStore, PersonalRows, TableCounts } from '../../app/ports/index.js';
import { identifiersPattern, pseudonymiseText, quotes } from '../../core/personal-data-text.js';
import { rowDecoder, withoutRowid, type Row } from '../shared/personal-rows.js';
import type { PgContext, PgDb } from './context.js';
import * as schema from './schema/index.js';

const decode = rowDecoder(Object.values(schema).map((t) => getTableConfig(t)));

/** `text` with each `?` bound to the next value, as a drizzle SQL fragment. */
function bind(text: string, values: unknown[]): SQL {
  const parts = text.split('?');
  const chunks: SQL[] = [sql.raw(parts[0] ?? '')];
  values.forEach((v, i) => chunks.push(sql`${v}`, sql.raw(parts[i + 1] ?? '')));
  return sql.join(chunks);
}

const all = async (db: PgDb, text: string, ...values: unknown[]): Promise<Row[]> => (await db.execute<Row>(bind(text, values))).rows;
const change = async (db: PgDb, text: string, ...values: unknown[]): Promise<number> => (await db.execute(bind(text, values))).rowCount ?? 0;


/** The rows of one table that are the person's, by id columns, owning table, target or email. */
async function ownRows(db: PgDb, t: PersonalTable, personId: number, email: string | null): Promise<Row[]> {
  const found = new Map<unknown, Row>();
  const add = (rows: Row[]) => { for (const r of rows) found.set(r.__rowid, r); };
  for (const column of t.personIds) add(await all(db, `SELECT ctid::text AS __rowid, * FROM ${t.table} WHERE ${column} = ?`, personId));
  if (t.personTarget !== undefined) add(await all(db, `SELECT ctid::text AS __rowid, * FROM ${t.table} WHERE ${t.personTarget} = ?`, `person:${personId}`));
  if (email !== null) for (const column of t.byEmail ?? []) add(await all(db, `SELECT ctid::text AS __rowid, * FROM ${t.table} WHERE lower(${column}) = lower(?)`, email));
  const at = t.personAddress;
  if (at !== undefined) add(await all(db, `SELECT x.ctid::text AS __rowid, x.* FROM ${t.table} AS x WHERE EXISTS (SELECT 1 FROM people p WHERE p.id = ? AND p.platform = x.${at.platform} AND 'person:' || p.platform_user_id = x.${at.key})`, personId));
  return [...found.values()];
}

/** Endorsements received and the like: rows owned through another table, without who else is in them. */
async function ownedViaRows(db: PgDb, t: PersonalTable, personId: number): Promise<Row[]> {
  const via = t.ownedVia;
  if (via === undefined) return [];
  const rows = await all(db, `SELECT * FROM ${t.table} WHERE ${via.column} IN (SELECT ${via.key} FROM ${via.table} WHERE ${via.owner} = ?)`, personId);
  return rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !via.omit.includes(k))));
}

async function exportRows(db: PgDb, personId: number, email: string | null): Promise<PersonalRows[]> {
  const out: PersonalRows[] = [];
  for (const t of PERSONAL_DATA.filter((x) => x.exportAs !== null)) {
    const own = (await ownRows(db, t, personId, email)).map(withoutRowid);
    // Rows about them (received) that are not theirs already (given).
    const received = (await ownedViaRows(db, t, personId)).filter((r) => !own.some((o) => Object.entries(r).every(([k, v]) => o[k] === v)));
    out.push({ table: t.table, rows: [...own, ...received].map((r) => decode(t.table, r)) });
  }
  return out;
}

async function forgetIn(db: PgDb, t: PersonalTable, s: ForgetSubject, words: RegExp | null): Promise<number> {
  switch (t.forget) {
    case 'none':
      return 0;
    case 'detach':
    {
      let n = 0;
      for (const c of t.personIds) n += await change(db, `UPDATE ${t.table} SET ${c} = NULL WHERE ${c} = ?`, s.personId);
      return n;
    }
    case 'pseudonymise':
      return pseudonymise(db, t, s, words);
    case 'delete': {
      const doomed = new Set((await ownRows(db, t, s.personId, s.email)).map((r) => r.__rowid));
      // Text columns that quote an email (a rejected CSV line) are theirs when the email is in them.
      const quoting = s.email === null ? null : identifiersPattern([s.email]);
      for (const column of quoting === null ? [] : t.identifiers.filter((c) => !t.byEmail?.includes(c))) {
        // As text: some of these columns are jsonb (the people a provider named), which lower() does not take.
        for (const r of await all(db, `SELECT ctid::text AS __rowid, ${column}::text AS v FROM ${t.table} WHERE strpos(lower(${column}::text), lower(?)) > 0`, s.email)) {
          if (quotes(String(r.v), quoting!)) doomed.add(r.__rowid);
        }
      }
      for (const rowid of doomed) await change(db, `DELETE FROM ${t.table} WHERE ctid = ?::tid`, rowid);
      return doomed.size;
    }
  }
}

/**
 * Audit entries stay: ids become the pseudonym, and names in older free text are replaced too.
 * Each row is rewritten by one UPDATE: an update gives a row a new `ctid`, so a second one
 * by the old `ctid` would miss it (and a row touched twice would be counted twice).
 */
async function pseudonymise(db: PgDb, t: PersonalTable, s: ForgetSubject, words: RegExp | null): Promise<number> {
  const columns = [...t.personIds, ...t.identifiers.map((c) => `${c}::text AS ${c}`)].join(', ');
  let touched = 0;
  for (const r of await all(db, `SELECT ctid::text AS __rowid, ${columns} FROM ${t.table}`)) {
    const set: [string, unknown][] = [];
    for (const c of t.personIds) if (r[c] !== null && Number(r[c]) === s.personId) set.push([c.replace(/_id$/, '_pseudonym'), s.pseudonym], [c, null]);
    for (const c of t.identifiers) {
      const before = r[c];
      const after = typeof before === 'string' ? pseudonymiseText(before, s.personId, s.pseudonym, words) : before;
      if (after !== before) set.push([c, after]);
    }
    if (set.length === 0) continue;
    await change(db, `UPDATE ${t.table} SET ${set.map(([c]) => `${c} = ?`).join(', ')} WHERE ctid = ?::tid`, ...set.map(([, v]) => v), r.__rowid);
    touched += 1;
  }
  return touched;
}

/** The PostgreSQL implementation of {@link PersonalDataStore}. */
export function pgPersonalData({ db }: PgContext): PersonalDataStore {
  return {
    personalRows: (personId, email) => exportRows(db, personId, email),
    forgetPerson: (subject) =>
      db.transaction(async (tx) => {
        const words = identifiersPattern([...subject.identifiers, ...(subject.email === null ? [] : [subject.email])]);
        const counts: TableCounts = {};
        // Rows owned through another table first, while the owning rows still say whose they are.
        for (const t of PERSONAL_DATA.filter((x) => x.ownedVia !== undefined && x.forget === 'delete')) {
          const v = t.ownedVia!;
          counts[t.table] = await change(tx, `DELETE FROM ${t.table} WHERE ${v.column} IN (SELECT ${v.key} FROM ${v.table} WHERE ${v.owner} = ?)`, subject.personId);
        }
        for (const t of PERSONAL_DATA) counts[t.table] = (counts[t.table] ?? 0) + (await forgetIn(tx, t, subject, words));
        return counts;
      }),
    purgeBefore: (cutoff) =>
      db.transaction(async (tx) => {
        const counts: TableCounts = {};
        // Days (YYYY-MM-DD) and ISO times both sort before the cut-off day as text.
        for (const t of RETAINED_TABLES) counts[t.table] = await change(tx, `DELETE FROM ${t.table} WHERE ${t.retention} < ?`, cutoff);
        return counts;
      }),
  };
}
