/** The personal-data map covers every table of every schema, with columns that exist. */
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { PERSONAL_DATA, personalTable } from '../../src/core/personal-data.js';
import * as sqliteSchema from '../../src/db/sqlite/schema/index.js';

const tables = (Object.values(sqliteSchema) as unknown[]).filter((t): t is SQLiteTable => t instanceof SQLiteTable).map((t) => getTableConfig(t));

const HOW = 'Add an entry for it to PERSONAL_DATA in src/core/personal-data.ts (which columns hold a person id or an identifier, '
  + 'and what export, forget and retention do with it). Every new table needs one, teams\' conversation references and verify\'s '
  + 'tables included: export me, forget me and the retention purge walk that map, so a table missing from it would keep data they promise to remove.';

describe('the personal-data map', () => {
  it.each(tables.map((t) => [t.name, t] as const))('has an entry for the table %s', (name, config) => {
    const entry = personalTable(name);
    expect(entry, `Table "${name}" is in the schema but not in the personal-data map. ${HOW}`).toBeDefined();
    const columns = new Set(config.columns.map((c) => c.name));
    const named = [...entry!.personIds, ...entry!.identifiers, ...(entry!.byEmail ?? []), ...(entry!.personTarget ? [entry!.personTarget] : []), ...(entry!.personAddress ? Object.values(entry!.personAddress) : []), ...(entry!.retention ? [entry!.retention] : [])];
    for (const column of named) expect(columns.has(column), `the map names ${name}.${column}, which the schema does not have`).toBe(true);
    if (entry!.forget === 'pseudonymise') for (const c of entry!.personIds) expect(columns.has(c.replace(/_id$/, '_pseudonym')), `${name} needs a pseudonym column for ${c}`).toBe(true);
  });

  it('walks every table found through the person\'s profile before the profile is deleted', () => {
    const people = PERSONAL_DATA.findIndex((t) => t.table === 'people');
    const late = PERSONAL_DATA.slice(people + 1).filter((t) => t.forget !== 'none' || t.personAddress !== undefined).map((t) => t.table);
    expect(late, 'forget walks the map in order: a table after people could not find the person any more').toEqual([]);
  });

  it('names no table the schema does not have', () => {
    const names = new Set(tables.map((t) => t.name));
    expect(PERSONAL_DATA.map((t) => t.table).filter((t) => !names.has(t))).toEqual([]);
  });

  it('lists every column that references people', () => {
    for (const t of tables) {
      for (const fk of t.foreignKeys) {
        const ref = fk.reference();
        if (getTableConfig(ref.foreignTable).name !== 'people') continue;
        for (const c of ref.columns) expect(personalTable(t.name)?.personIds, `${t.name}.${c.name} references people`).toContain(c.name);
      }
    }
  });
});
