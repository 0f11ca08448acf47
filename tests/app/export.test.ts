/** `export me` and `export wins`: everything of the caller's, nothing of anyone else's. */
import Database from 'better-sqlite3';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PERSONAL_DATA } from '../../src/core/personal-data.js';
import { rowDecoder } from '../../src/db/shared/personal-rows.js';
import * as sqliteSchema from '../../src/db/sqlite/schema/index.js';
import { makeHarness, type Harness } from '../support/app-harness.js';
import { seedOrg } from '../support/seeded-org.js';

let h: Harness;
let ids: { ada: number; sam: number; zoe: number };
beforeEach(async () => { h = await makeHarness(); ids = await seedOrg(h); });
afterEach(async () => { await h.close(); });

type Row = Record<string, unknown>;

/** Every row of a table, read straight from the database file (values typed as the export types them). */
function allRows(table: string): Row[] {
  const decode = rowDecoder(Object.values(sqliteSchema).map((t) => getTableConfig(t)));
  const db = new Database(h.dbPath, { readonly: true });
  try { return (db.prepare(`SELECT * FROM ${table}`).all() as Row[]).map((r) => decode(table, r)); } finally { db.close(); }
}

async function exportOf(name: string): Promise<{ tables: Record<string, Row[]>; csv: string }> {
  const reply = await h.app.handleCommand(h.as(name), 'export me');
  expect(reply.errorCode).toBeUndefined();
  expect(reply.private).toBe(true);
  const json = reply.files!.find((f) => f.mediaType === 'application/json')!;
  const csv = reply.files!.find((f) => f.mediaType === 'text/csv')!;
  const doc = JSON.parse(json.content) as { format: string; tables: Record<string, Row[]> };
  expect(doc.format).toBe('shiplog-export/1');
  return { tables: doc.tables, csv: csv.content };
}

describe('export me', () => {
  it('round-trips: the JSON holds every row the person owns, by the personal-data map', async () => {
    const { tables } = await exportOf('Sam');
    const sam = ids.sam;
    const owns = (t: (typeof PERSONAL_DATA)[number], r: Row) =>
      t.personIds.some((c) => r[c] === sam) || (t.personTarget !== undefined && r[t.personTarget] === `person:${sam}`) || (t.byEmail ?? []).some((c) => r[c] === 'sam@acme.test');
    for (const t of PERSONAL_DATA.filter((x) => x.exportAs !== null)) {
      const expected = allRows(t.table).filter((r) => owns(t, r));
      for (const row of expected) expect(tables[t.table], `${t.table} row ${JSON.stringify(row)}`).toContainEqual(row);
    }
    expect(tables.wins!.map((w) => w.text)).toEqual(expect.arrayContaining(['My private experiment with Cursor', 'Copilot invented an API, lost 2h']));
    expect(tables.usage_records!.map((u) => u.input_tokens).sort()).toEqual([2000, 3000, 5000]);
    expect(tables.identity_mappings).toEqual([{ source: 'copilot', identity: 'octosam', person_id: sam }]);
    expect(tables.checkin_answers!.map((a) => a.week)).toEqual(['2026-W47']);
    expect(tables.people).toEqual([expect.objectContaining({ id: sam, display_name: 'Sam', email: 'sam@acme.test' })]);
    // Given (Sam endorsed #1) and received (#2, from Ada and Zoe) both appear.
    expect(tables.endorsements!.filter((e) => e.person_id === sam).map((e) => e.win_id)).toEqual([1]);
    expect(tables.endorsements!.filter((e) => e.win_id === 2)).toHaveLength(2);
    expect(tables.audit_log!.some((a) => a.action === 'team.add' && a.subject_id === sam)).toBe(true);
  });

  it('holds nothing owned by anyone else', async () => {
    const { tables, csv } = await exportOf('Sam');
    const text = JSON.stringify(tables);
    for (const other of ['Ada', 'Zoe', 'ada@acme.test', 'zoe@acme.test', 'Documented the release', 'invoice export']) expect(text).not.toContain(other);
    for (const t of PERSONAL_DATA) {
      for (const row of tables[t.table] ?? []) {
        for (const c of t.personIds) if (row[c] !== undefined && row[c] !== null && t.table !== 'audit_log') expect(row[c], `${t.table}.${c}`).toBe(ids.sam);
      }
    }
    // Endorsements received say on which win, never who gave them.
    for (const e of tables.endorsements!.filter((x) => x.win_id === 2)) expect(e).not.toHaveProperty('person_id');
    expect(csv.split('\r\n')[0]).toBe('id,kind,week,category,minutes,visibility,tools,links,text,created_at');
    expect(csv).toContain('My private experiment with Cursor');
    expect(csv).not.toContain('invoice export');
  });

  it('is audited about the person, by id', async () => {
    await exportOf('Zoe');
    expect((await h.store.listAudit(1))[0]).toMatchObject({ action: 'data.export', subjectId: ids.zoe, actorId: ids.zoe });
  });
});

describe('export wins (admin)', () => {
  it('gives team-visible wins as CSV, no private win, no setback and no usage', async () => {
    const reply = await h.app.handleCommand(h.as('Ada'), 'export wins core');
    expect(reply.errorCode).toBeUndefined();
    const [file] = reply.files!;
    expect(file!.mediaType).toBe('text/csv');
    const lines = file!.content.trim().split('\r\n');
    expect(lines[0]).toBe('id,author,week,category,minutes_saved,endorsements,tools,links,text,created_at');
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(['Ada', 'Sam', 'Zoe']);
    expect(file!.content).not.toMatch(/private experiment|invented an API|tokens|2000|3000/);
  });

  it('filters by date and refuses non-admins', async () => {
    expect((await h.app.handleCommand(h.as('Ada'), 'export wins --from 2026-11-26')).files![0]!.content.trim().split('\r\n')).toHaveLength(1);
    expect((await h.app.handleCommand(h.as('Ada'), 'export wins --from 2026-11-25 --to 2026-11-25')).summary).toMatch(/^3 team-visible wins/);
    expect((await h.app.handleCommand(h.as('Ada'), 'export wins --from 2026-11-26 --to 2026-11-01')).errorCode).toBe('COMMAND.MALFORMED');
    const refused = await h.app.handleCommand(h.as('Sam'), 'export wins core');
    expect(refused.errorCode).toBe('AUTH.FORBIDDEN');
    expect(refused.files).toBeUndefined();
  });
});
