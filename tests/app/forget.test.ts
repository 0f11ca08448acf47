/** `forget me` and `forget @person`: after it, the person is nowhere but in pseudonymised audit entries. */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeTeamDigest } from '../../src/app/digest/compose.js';
import { PERSONAL_DATA } from '../../src/core/personal-data.js';
import { makeHarness, type Harness } from '../support/app-harness.js';
import { textOf } from '../support/message-text.js';
import { seedOrg } from '../support/seeded-org.js';

let h: Harness;
let ids: { ada: number; sam: number; zoe: number };
beforeEach(async () => { h = await makeHarness(); ids = await seedOrg(h); });
afterEach(async () => { await h.close(); });

type Row = Record<string, unknown>;

/** Every place in every mapped table where the person still shows: an id column, or their name, email or platform id in text. */
function traces(personId: number, words: string[]): string[] {
  const db = new Database(h.dbPath, { readonly: true });
  const pattern = new RegExp(`\\b(?:${words.join('|')})\\b`, 'i');
  const found: string[] = [];
  try {
    for (const t of PERSONAL_DATA) {
      for (const row of db.prepare(`SELECT * FROM ${t.table}`).all() as Row[]) {
        for (const c of t.personIds) if (row[c] === personId) found.push(`${t.table}.${c} = ${personId}: ${JSON.stringify(row)}`);
        if (t.personTarget !== undefined && row[t.personTarget] === `person:${personId}`) found.push(`${t.table}.${t.personTarget}: ${JSON.stringify(row)}`);
        for (const [c, v] of Object.entries(row)) if (typeof v === 'string' && pattern.test(v)) found.push(`${t.table}.${c}: ${v}`);
      }
    }
  } finally {
    db.close();
  }
  return found;
}

describe('forget me', () => {
  it('asks first, with a button or the typed word, and deletes nothing until then', async () => {
    const ask = await h.app.handleCommand(h.as('Sam'), 'forget me');
    expect(ask.errorCode).toBeUndefined();
    expect(textOf(ask)).toContain('Or type: forget me confirm');
    expect(ask.blocks.find((b) => b.type === 'actions')).toMatchObject({ actions: [{ id: 'forget-me', style: 'danger' }] });
    expect(await h.store.getWin(2)).not.toBeNull();
  });

  it('leaves the person only in pseudonymised audit entries; their usage leaves new digests; a new export is empty', async () => {
    // Where the platform can reach Sam's own chat goes with Sam; a shared address stays.
    await h.store.saveConversationReference('console', 'person:sam', JSON.stringify({ user: { id: 'sam', name: 'Sam' }, conversation: { id: 'a:1' } }), h.clock.now());
    await h.store.saveConversationReference('console', 'service', JSON.stringify({ conversation: { id: 'a:2' } }), h.clock.now());
    const before = textOf((await composeTeamDigest(h.store, 1, h.clock.now()) as { ok: true; value: never }).value);
    expect(before).toContain('3 of 3 people');
    const done = await h.app.handleAction(h.as('Sam'), 'forget-me', '');
    expect(done.summary).toMatch(/^Your data is deleted: 3 wins and setbacks, 3 usage records, 3 endorsements, 1 check-in answers, 1 identity mappings/);

    expect(traces(ids.sam, ['sam', 'sam@acme\\.test'])).toEqual([]);
    expect(await h.store.getConversationReference('console', 'person:sam')).toBeNull();
    expect(await h.store.getConversationReference('console', 'service')).not.toBeNull();
    const audit = await h.store.listAudit(100);
    const about = audit.filter((a) => a.subjectPseudonym !== null);
    expect(about.map((a) => a.action)).toEqual(expect.arrayContaining(['data.forget', 'team.add', 'usage.map']));
    const pseudonym = about[0]!.subjectPseudonym!;
    expect(pseudonym).toMatch(/^forgotten-[0-9a-f]{8}$/);
    expect(new Set(about.map((a) => a.subjectPseudonym))).toEqual(new Set([pseudonym]));
    expect(audit.find((a) => a.action === 'data.forget')).toMatchObject({ actorId: null, actorPseudonym: pseudonym });
    expect(textOf(await h.app.handleCommand(h.as('Ada'), 'audit 50'))).toContain(`Ada team.add team:core ${pseudonym}`);

    const after = textOf((await composeTeamDigest(h.store, 1, h.clock.now()) as { ok: true; value: never }).value);
    expect(after).toContain('2 of 2 people');
    expect(after).not.toMatch(/Sam|flaky checkout/);

    const again = JSON.parse((await h.app.handleCommand(h.as('Sam'), 'export me')).files![0]!.content) as { tables: Record<string, Row[]> };
    for (const [table, rows] of Object.entries(again.tables)) {
      if (table === 'people') expect(rows.map((r) => r.id)).not.toContain(ids.sam);
      else if (table === 'audit_log') expect(rows.map((r) => r.action)).toEqual(['data.export']);
      else expect(rows, table).toEqual([]);
    }
  });

  it('refuses the last admin, who must hand over first', async () => {
    const reply = await h.app.handleCommand(h.as('Ada'), 'forget me confirm');
    expect(reply.errorCode).toBe('ADMINS.LAST');
    expect(await h.store.getPerson(ids.ada)).not.toBeNull();
  });
});

describe('forget @person (admin)', () => {
  it('asks with a confirm button that only an admin may press', async () => {
    const ask = await h.app.handleCommand(h.as('Ada'), 'forget @zoe');
    expect(ask.blocks.find((b) => b.type === 'actions')).toMatchObject({ actions: [{ id: 'forget-person', value: String(ids.zoe) }] });
    const forged = await h.app.handleAction(h.as('Sam'), 'forget-person', String(ids.zoe));
    expect(forged.errorCode).toBe('AUTH.FORBIDDEN');
    expect(forged.summary).toContain(`Only shiplog admins can press "Delete this person's data".`);
    expect(forged.summary).not.toContain('forget-person');
    expect(await h.store.getPerson(ids.zoe)).not.toBeNull();
    expect((await h.store.listAudit(1))[0]).toMatchObject({ action: 'auth.refused', actorId: ids.sam, target: 'press "forget-person"' });

    expect((await h.app.handleAction(h.as('Ada'), 'forget-person', String(ids.zoe))).summary).toMatch(/^Zoe's data is deleted/);
    expect(traces(ids.zoe, ['zoe', 'zoe@acme\\.test'])).toEqual([]);
    expect((await h.store.listAudit(1))[0]).toMatchObject({ action: 'data.forget', actorId: ids.ada, subjectPseudonym: expect.stringMatching(/^forgotten-/) });
  });

  it('runs typed with confirm, and is refused to non-admins', async () => {
    expect((await h.app.handleCommand(h.as('Sam'), 'forget @zoe confirm')).errorCode).toBe('AUTH.FORBIDDEN');
    expect((await h.app.handleCommand(h.as('Ada'), 'forget @zoe confirm')).errorCode).toBeUndefined();
    expect(await h.store.findPersonByPlatformId('console', 'zoe')).toBeNull();
  });
});
