/**
 * Both dialects store the same things: every table and column of one schema exists in the
 * other. Catches a table added to one dialect only (see src/db/README.md).
 */
import { getTableConfig as pgConfig, PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { expect, it } from 'vitest';
import * as postgres from '../../src/db/postgres/schema/index.js';
import * as sqlite from '../../src/db/sqlite/schema/index.js';

const shape = (configs: { name: string; columns: { name: string; notNull: boolean }[] }[]) =>
  Object.fromEntries(configs.map((t) => [t.name, t.columns.map((c) => `${c.name}${c.notNull ? ' not null' : ''}`).sort()]));

it('has the same tables, columns and nullability in SQLite and PostgreSQL', () => {
  const sqliteTables = Object.values(sqlite).filter((t) => t instanceof SQLiteTable).map((t) => sqliteConfig(t));
  const pgTables = Object.values(postgres).filter((t) => t instanceof PgTable).map((t) => pgConfig(t));
  expect(shape(pgTables)).toEqual(shape(sqliteTables));
  expect(Object.keys(shape(sqliteTables)).length).toBeGreaterThan(10);
});
