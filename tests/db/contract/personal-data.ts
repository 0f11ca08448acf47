/** Contract: PersonalDataStore — export, forget and retention walk the personal-data map alike in every dialect. */
import { describe, expect, it } from 'vitest';
import { PERSONAL_DATA, RETAINED_TABLES } from '../../../src/core/personal-data.js';
import type { UsageRecord } from '../../../src/core/types.js';
import type { PersonalRows } from '../../../src/app/ports/index.js';
import { newPerson, newTeam, newWin, present, type StoreFixture } from './harness.js';

const usage = (identity: string, personId: number | null, day: string, source = 'csv'): UsageRecord => ({
  source, identity, personId, day, tool: 'claude', model: 'sonnet', inputTokens: 1000, outputTokens: 20, cachedTokens: 0, requests: 3, costMicros: 1500, activity: { sessions: 2 },
});

const rowsOf = (tables: PersonalRows[], table: string): Record<string, unknown>[] => {
  const found = tables.find((t) => t.table === table);
  if (found === undefined) throw new Error(`No section for ${table}`);
  return found.rows;
};

/** Ada with something in every table the map lists, and Bob, whose rows must survive anything done to Ada. */
async function seed(t: StoreFixture) {
  const s = t.store;
  const ada = await s.createPerson(newPerson({ displayName: 'Ada Lovelace', platformUserId: 'U-ADA', email: 'ada@acme.test' }));
  const bob = await s.createPerson(newPerson({ displayName: 'Bob', platformUserId: 'U-BOB', email: 'bob@acme.test' }));
  const cy = await s.createPerson(newPerson({ displayName: 'Cy', platformUserId: 'U-CY' }));
  const team = present(await s.createTeam(newTeam('Payments')));
  await s.upsertMembership(team.id, ada.id, true);
  await s.upsertMembership(team.id, bob.id, false);
  const adaWin = await s.insertWin(newWin(ada.id, { text: 'Ada shipped the retry' }));
  const bobWin = await s.insertWin(newWin(bob.id, { text: 'Bob fixed the build' }));
  await s.addEndorsement(adaWin.id, bob.id, '2026-W48');
  await s.addEndorsement(bobWin.id, ada.id, '2026-W48');
  await s.addEndorsement(bobWin.id, cy.id, '2026-W48');
  await s.saveArtifactCheck({ winId: adaWin.id, artifactKey: 'github:pull-request:github.com:acme/shop#42', provider: 'github', status: 'pending', reason: null, firstCheckedAt: '2026-11-25T10:00:00.000Z', checkedAt: '2026-11-25T10:00:00.000Z' });
  await s.putArtifactFacts('github:pr:acme/shop#42', { state: 'done', people: [{ role: 'author', email: 'ada@acme.test' }] }, t.clock.now());
  await s.putArtifactFacts('github:pr:acme/shop#43', { state: 'done', people: [{ role: 'author', email: 'bob@acme.test' }] }, t.clock.now());
  await s.recordCheckinAnswer(ada.id, '2026-W48', 'nothing', t.clock.now());
  await s.recordCheckinAnswer(bob.id, '2026-W48', 'snooze', t.clock.now());
  await s.mapIdentity('copilot', 'octo-ada', ada.id);
  await s.upsertUsage([usage('octo-ada', null, '2026-11-24', 'copilot'), usage('ADA@acme.test', null, '2026-11-24'), usage('bob@acme.test', bob.id, '2026-11-24')]);
  await s.addRejectedRows([
    { importId: 'imp-1', source: 'csv', location: 'line 2', reason: 'bad date', raw: '2026-13-01,ada@acme.test,claude' },
    { importId: 'imp-1', source: 'csv', location: 'line 3', reason: 'bad date', raw: '2026-13-01,bob@acme.test,claude' },
  ]);
  const now = t.clock.now();
  await s.claimDelivery('checkin', `person:${ada.id}`, '2026-W48', now, now);
  await s.claimDelivery('checkin', `person:${bob.id}`, '2026-W48', now, now);
  await s.claimDelivery('digest', `team:${team.id}`, '2026-W48', now, now);
  const run = await s.startImportRun({ source: 'csv', scope: 'usage.csv', trigger: 'command', actorId: ada.id });
  await s.appendAudit({ actorId: ada.id, action: 'team.create', target: `team:${team.id}`, detail: 'Payments' });
  await s.appendAudit({ actorId: bob.id, action: 'admins.add', target: 'person:' + ada.id, detail: 'Bob made Ada Lovelace (U-ADA) an admin', subjectId: ada.id });
  await s.appendAudit({ actorId: bob.id, action: 'set', target: 'workspace', detail: 'digest-day=thu' });
  return { ada, bob, team, adaWin, bobWin, run };
}

export function personalDataContract(t: StoreFixture): void {
  describe('personal data', () => {
    it("exports every exported table of the map with the person's rows, endorsements received without who gave them", async () => {
      const { ada, adaWin, bobWin } = await seed(t);
      const tables = await t.store.personalRows(ada.id, ada.email);
      expect(tables.map((x) => x.table).sort()).toEqual(PERSONAL_DATA.filter((x) => x.exportAs !== null).map((x) => x.table).sort());
      expect(rowsOf(tables, 'people')).toEqual([expect.objectContaining({ id: ada.id, display_name: 'Ada Lovelace', email: 'ada@acme.test' })]);
      expect(rowsOf(tables, 'wins').map((r) => r.text)).toEqual(['Ada shipped the retry']);
      const endorsements = rowsOf(tables, 'endorsements');
      expect(endorsements).toHaveLength(2);
      expect(endorsements).toContainEqual(expect.objectContaining({ win_id: bobWin.id, person_id: ada.id }));
      const received = endorsements.find((r) => r.win_id === adaWin.id);
      expect(received).toBeDefined();
      expect(received).not.toHaveProperty('person_id');
      expect(rowsOf(tables, 'checkin_answers').map((r) => r.answer)).toEqual(['nothing']);
      expect(rowsOf(tables, 'identity_mappings').map((r) => r.identity)).toEqual(['octo-ada']);
      // Mapped (the copilot identity, now hers) and unmatched under her email, in any case.
      expect(rowsOf(tables, 'usage_records').map((r) => r.identity).sort()).toEqual(['ADA@acme.test', 'octo-ada']);
      expect(rowsOf(tables, 'memberships')).toEqual([expect.objectContaining({ person_id: ada.id, is_lead: expect.anything() })]);
      expect(rowsOf(tables, 'audit_log').map((r) => r.action).sort()).toEqual(['admins.add', 'team.create']);
    });

    it('exports values typed alike in every dialect: numbers, booleans, lists and objects, never driver text', async () => {
      const { ada, team } = await seed(t);
      const tables = await t.store.personalRows(ada.id, ada.email);
      expect(rowsOf(tables, 'people')[0]).toMatchObject({ is_admin: false, nudges: true });
      expect(rowsOf(tables, 'memberships')).toEqual([{ team_id: team.id, person_id: ada.id, is_lead: true }]);
      expect(rowsOf(tables, 'wins')[0]).toMatchObject({ links: ['https://github.com/acme/shop/pull/42'], tools: ['Claude'], minutes: 120 });
      expect(rowsOf(tables, 'usage_records').find((r) => r.identity === 'octo-ada')).toEqual({
        id: expect.any(Number), source: 'copilot', identity: 'octo-ada', person_id: ada.id, day: '2026-11-24', tool: 'claude', model: 'sonnet',
        input_tokens: 1000, output_tokens: 20, cached_tokens: 0, requests: 3, cost_micros: 1500, activity: { sessions: 2 },
      });
    });

    it('exports nothing but empty sections for a person with no rows, and matches no email when none is given', async () => {
      const { ada } = await seed(t);
      const tables = await t.store.personalRows(ada.id + 1000, null);
      expect(tables.every((x) => x.rows.length === 0)).toBe(true);
      const withoutEmail = await t.store.personalRows(ada.id, null);
      expect(rowsOf(withoutEmail, 'usage_records').map((r) => r.identity)).toEqual(['octo-ada']);
    });

    it('forgets a person in every table as the map says, and leaves everyone else untouched', async () => {
      const { ada, bob, team, bobWin, run } = await seed(t);
      const bobBefore = await t.store.personalRows(bob.id, bob.email);
      const counts = await t.store.forgetPerson({ personId: ada.id, email: ada.email, identifiers: ['Ada Lovelace', 'U-ADA'], pseudonym: 'forgotten-1a2b' });

      expect(counts).toMatchObject({
        wins: 1, endorsements: 2, artifact_checks: 1, artifact_facts: 1, checkin_answers: 1, identity_mappings: 1, usage_records: 2,
        rejected_import_rows: 1, memberships: 1, deliveries: 1, import_runs: 1, audit_log: 2, people: 1,
      });
      expect(await t.store.getPerson(ada.id)).toBeNull();
      expect(await t.store.findPersonByEmail('ada@acme.test')).toBeNull();
      expect((await t.store.personalRows(ada.id, ada.email)).every((x) => x.rows.length === 0)).toBe(true);
      expect(await t.store.listIdentityMappings('copilot')).toEqual(new Map());
      expect((await t.store.listRejectedRows('imp-1')).map((r) => r.location)).toEqual(['line 3']);
      expect(await t.store.getArtifactFacts('github:pr:acme/shop#42')).toBeNull();
      expect(await t.store.getArtifactFacts('github:pr:acme/shop#43')).not.toBeNull();
      expect(await t.store.getDelivery('checkin', `person:${ada.id}`, '2026-W48')).toBeNull();
      expect(await t.store.getDelivery('digest', `team:${team.id}`, '2026-W48')).not.toBeNull();
      expect((await t.store.listImportRuns(5)).find((r) => r.id === run.id)).toMatchObject({ actorId: null, source: 'csv' });

      // Audit entries stay, about the pseudonym: ids cleared, names and platform id replaced in the text.
      const audit = await t.store.listAudit(10);
      expect(audit.find((e) => e.action === 'team.create')).toMatchObject({ actorId: null, actorPseudonym: 'forgotten-1a2b' });
      expect(audit.find((e) => e.action === 'admins.add')).toMatchObject({
        actorId: bob.id, subjectId: null, subjectPseudonym: 'forgotten-1a2b', target: 'person:forgotten-1a2b', detail: 'Bob made forgotten-1a2b (forgotten-1a2b) an admin',
      });
      expect(audit.find((e) => e.action === 'set')).toMatchObject({ actorId: bob.id, actorPseudonym: null, detail: 'digest-day=thu' });

      // Bob keeps all of his rows but the endorsements between him and Ada: Cy's +1 on his win stays.
      const bobAfter = await t.store.personalRows(bob.id, bob.email);
      // (His audit entries stay his; the one about Ada was rewritten above.)
      for (const section of bobBefore.filter((x) => x.table !== 'endorsements' && x.table !== 'audit_log')) expect(rowsOf(bobAfter, section.table), section.table).toEqual(section.rows);
      expect(rowsOf(bobAfter, 'endorsements')).toEqual([expect.objectContaining({ win_id: bobWin.id })]);
      expect(rowsOf(bobAfter, 'audit_log').map((r) => r.action).sort()).toEqual(['admins.add', 'set']);
      expect(await t.store.listMemberships(team.id)).toEqual([{ teamId: team.id, personId: bob.id, isLead: false }]);
    });

    it('purges rows dated before the cut-off from the retained tables only', async () => {
      const ada = await t.store.createPerson(newPerson({ email: 'ada@acme.test' }));
      t.clock.set('2026-10-01T09:00:00.000Z');
      await t.store.recordCheckinAnswer(ada.id, '2026-W40', 'nothing', t.clock.now());
      await t.store.addRejectedRows([{ importId: 'old', source: 'csv', location: 'line 2', reason: 'bad', raw: 'x' }]);
      const oldWin = await t.store.insertWin(newWin(ada.id, { week: '2026-W40' }));
      t.clock.set('2026-11-20T09:00:00.000Z');
      await t.store.recordCheckinAnswer(ada.id, '2026-W47', 'snooze', t.clock.now());
      await t.store.addRejectedRows([{ importId: 'new', source: 'csv', location: 'line 2', reason: 'bad', raw: 'y' }]);
      await t.store.upsertUsage([usage('ada@acme.test', ada.id, '2026-10-26'), usage('ada@acme.test', ada.id, '2026-10-27'), usage('ada@acme.test', ada.id, '2026-11-20')]);

      const counts = await t.store.purgeBefore('2026-10-27');
      expect(Object.keys(counts).sort()).toEqual(RETAINED_TABLES.map((x) => x.table).sort());
      expect(counts).toEqual({ checkin_answers: 1, usage_records: 1, rejected_import_rows: 1 });
      const left = await t.store.personalRows(ada.id, ada.email);
      expect(rowsOf(left, 'usage_records').map((r) => r.day).sort()).toEqual(['2026-10-27', '2026-11-20']);
      expect(rowsOf(left, 'checkin_answers').map((r) => r.week)).toEqual(['2026-W47']);
      expect(await t.store.listRejectedRows('old')).toEqual([]);
      expect(await t.store.listRejectedRows('new')).toHaveLength(1);
      expect(await t.store.getWin(oldWin.id)).not.toBeNull();
      expect(await t.store.purgeBefore('2026-10-27')).toEqual({ checkin_answers: 0, usage_records: 0, rejected_import_rows: 0 });
    });
  });
}
