/** The daily retention purge: claimed once a day across instances, audited with its counts; wins stay. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app/create-app.js';
import type { ShiplogApp } from '../../../src/app/types.js';
import type { Store } from '../../../src/app/ports/index.js';
import type { UsageRecord } from '../../../src/core/types.js';
import { openStore } from '../../../src/db/open-store.js';
import { makeHarness, type Harness } from '../../support/app-harness.js';

let h: Harness;
let second: { store: Store; app: ShiplogApp };
const silent = { info() {}, warn() {}, error() {} };

const usage = (day: string, personId: number): UsageRecord => ({
  source: 'csv', identity: 'ada@acme.test', personId, day, tool: 'Claude', model: 'm', inputTokens: 10, outputTokens: 1, cachedTokens: 0, requests: 1, costMicros: 5, activity: {},
});

beforeEach(async () => {
  h = await makeHarness('2026-10-01T09:00:00Z');
  // A second instance on the same database file, with the same clock.
  const store = await openStore(`file:${h.dbPath}`, { clock: h.clock });
  second = { store, app: createApp({ store, clock: h.clock, log: silent }) };
  await h.app.handleCommand(h.as('Ada'), 'set retention-days 30');
  const ada = (await h.store.findPersonByPlatformId('console', 'ada'))!.id;
  // Old: logged on 1 October. New: 20 November.
  await h.app.handleCommand(h.as('Ada'), 'log Shipped the old importer with Claude');
  await h.store.recordCheckinAnswer(ada, '2026-W40', 'nothing', h.clock.now());
  await h.store.addRejectedRows([{ importId: '1', source: 'csv', location: 'line 2', reason: 'bad date', raw: 'x' }]);
  h.clock.set('2026-11-20T09:00:00Z');
  await h.store.recordCheckinAnswer(ada, '2026-W47', 'snooze', h.clock.now());
  await h.store.addRejectedRows([{ importId: '2', source: 'csv', location: 'line 3', reason: 'bad date', raw: 'y' }]);
  await h.store.upsertUsage([usage('2026-10-01', ada), usage('2026-10-27', ada), usage('2026-11-20', ada)]);
});
afterEach(async () => { await second.store.close(); await h.close(); });

const retentionEntries = async () => (await h.store.listAudit(50)).filter((a) => a.action === 'data.retention');

describe('retention', () => {
  it('is not due before 03:00 UTC', async () => {
    h.clock.set('2026-11-25T02:59:00Z');
    await h.app.runDue();
    expect(await retentionEntries()).toEqual([]);
  });

  it('deletes rows past retention-days and keeps newer rows and every win, once a day across two instances', async () => {
    h.clock.set('2026-11-25T03:05:00Z');
    await Promise.all([h.app.runDue(), second.app.runDue()]);
    await second.app.runDue();
    const ada = (await h.store.findPersonByPlatformId('console', 'ada'))!.id;
    // Kept: 30 days ending today, so 2026-10-27 onwards.
    const left = await h.store.personalRows(ada, null);
    const rows = (table: string) => left.find((t) => t.table === table)!.rows;
    expect(rows('usage_records').map((r) => r.day).sort()).toEqual(['2026-10-27', '2026-11-20']);
    expect(rows('checkin_answers').map((r) => r.week)).toEqual(['2026-W47']);
    expect((await h.store.listRejectedRows('1'))).toEqual([]);
    expect((await h.store.listRejectedRows('2')).map((r) => r.raw)).toEqual(['y']);
    expect(rows('wins').map((r) => r.text)).toEqual(['Shipped the old importer with Claude']);

    const entries = await retentionEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.detail).toBe('deleted rows dated before 2026-10-27 (retention-days 30): checkin_answers 1, usage_records 1, rejected_import_rows 1');
    expect(await h.store.getDelivery('retention', 'workspace', '2026-11-25')).toMatchObject({ status: 'sent', attempts: 1 });

    h.clock.set('2026-11-26T03:01:00Z');
    await Promise.all([second.app.runDue(), h.app.runDue()]);
    expect((await retentionEntries()).map((e) => e.detail)).toEqual([
      'deleted rows dated before 2026-10-28 (retention-days 30): checkin_answers 0, usage_records 1, rejected_import_rows 0',
      entries[0]!.detail,
    ]);
    // A day with nothing to delete runs (claimed once) but writes no audit entry.
    h.clock.set('2026-11-27T03:01:00Z');
    await Promise.all([second.app.runDue(), h.app.runDue()]);
    expect(await retentionEntries()).toHaveLength(2);
    expect(await h.store.getDelivery('retention', 'workspace', '2026-11-27')).toMatchObject({ status: 'sent', attempts: 1 });
  });
});
