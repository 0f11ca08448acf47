/** What both dialects' export, forget and retention share: rows read with raw SQL, typed alike in every dialect. */
export type Row = Record<string, unknown>;

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
