/** Contract: SettingsStore, AuditStore and ImportStore. */
import { describe, expect, it } from 'vitest';
import { newPerson, START, type StoreFixture } from './harness.js';

export function settingsAuditImportsContract(t: StoreFixture): void {
  describe('settings', () => {
    it('keeps settings per scope and overwrites a key in place', async () => {
      expect(await t.store.getSettings('workspace')).toEqual({});
      await t.store.setSetting('workspace', 'digest-day', 'fri');
      await t.store.setSetting('workspace', 'timezone', 'UTC');
      await t.store.setSetting('workspace', 'digest-day', 'thu');
      await t.store.setSetting('team:1', 'digest-day', 'mon');
      expect(await t.store.getSettings('workspace')).toEqual({ 'digest-day': 'thu', timezone: 'UTC' });
      expect(await t.store.getSettings('team:1')).toEqual({ 'digest-day': 'mon' });
    });
  });

  describe('audit log', () => {
    it('stamps entries and lists them newest first, up to the limit', async () => {
      const admin = await t.store.createPerson(newPerson());
      const first = await t.store.appendAudit({ actorId: admin.id, action: 'team.create', target: 'team:1', detail: 'Platform' });
      expect(first).toEqual({ id: first.id, at: START, actorId: admin.id, action: 'team.create', target: 'team:1', detail: 'Platform', subjectId: null, actorPseudonym: null, subjectPseudonym: null });
      const about = await t.store.appendAudit({ actorId: admin.id, action: 'admins.add', target: '', detail: '', subjectId: admin.id });
      expect(about).toMatchObject({ subjectId: admin.id, actorPseudonym: null, subjectPseudonym: null });
      t.clock.advance(1000);
      await t.store.appendAudit({ actorId: null, action: 'ingest.run', target: 'openai', detail: '' });
      t.clock.advance(1000);
      await t.store.appendAudit({ actorId: admin.id, action: 'set', target: 'workspace', detail: 'digest-day=thu' });
      expect((await t.store.listAudit(10)).map((e) => e.action)).toEqual(['set', 'ingest.run', 'admins.add', 'team.create']);
      expect((await t.store.listAudit(2)).map((e) => e.action)).toEqual(['set', 'ingest.run']);
    });
  });

  describe('rejected import rows', () => {
    it('keeps rejected rows per import, in the order given', async () => {
      const rows = [
        { importId: 'imp-1', source: 'csv', location: 'line 3', reason: 'date "2026-13-01" is not a day', raw: '2026-13-01,ada@x.org,claude,1,2' },
        { importId: 'imp-1', source: 'csv', location: 'line 7', reason: 'input_tokens is missing', raw: '2026-11-01,ada@x.org,claude,,2' },
      ];
      await t.store.addRejectedRows(rows);
      await t.store.addRejectedRows([{ ...rows[0]!, importId: 'imp-2' }]);
      await t.store.addRejectedRows([]);
      expect(await t.store.listRejectedRows('imp-1')).toEqual(rows);
      expect(await t.store.listRejectedRows('imp-2')).toHaveLength(1);
      expect(await t.store.listRejectedRows('imp-3')).toEqual([]);
    });

    it('keeps a large batch of rejected rows', async () => {
      const rows = Array.from({ length: 2_001 }, (_, i) => ({ importId: 'big', source: 'csv', location: `line ${i + 2}`, reason: 'bad', raw: `row ${i}` }));
      await t.store.addRejectedRows(rows);
      const stored = await t.store.listRejectedRows('big');
      expect(stored).toHaveLength(2_001);
      expect(stored.at(-1)?.location).toBe('line 2002');
    });
  });
}
