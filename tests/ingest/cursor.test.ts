import { afterEach, describe, expect, it } from 'vitest';
import { createCursorSource } from '../../src/ingest/cursor.importer.js';
import type { UsageRecord } from '../../src/core/types.js';
import { recordingSleep, type FakeHttpServer } from '../support/fake-http.js';
import { cursorMember, cursorRow, startFakeCursor, type CursorFakeData } from '../support/fake-cursor.js';
import { activityTotals, drain, pullError, totals } from '../support/usage-batches.js';

const KEY = 'key_test_123';
const RANGE = { from: '2026-11-16', to: '2026-11-18' };
const byIdentity = (r: UsageRecord) => r.identity;
const byDay = (r: UsageRecord) => r.day;
const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);

const data: CursorFakeData = {
  key: KEY,
  members: [cursorMember(1, 'alice@example.com'), cursorMember(2, 'bob@example.com'), cursorMember(3, 'carol@example.com')],
  usage: {
    '2026-11-16': [
      [
        cursorRow(1, 'alice@example.com', '2026-11-16', { totalLinesAdded: 1543, acceptedLinesAdded: 1102, totalTabsAccepted: 289, composerRequests: 45, chatRequests: 128, agentRequests: 12, cmdkUsages: 67, mostUsedModel: 'gpt-5' }),
        cursorRow(1, 'alice@example.com', '2026-11-17', { totalLinesAdded: 100, acceptedLinesAdded: 50, composerRequests: 1, chatRequests: 2, agentRequests: 3, cmdkUsages: 4 }),
        cursorRow(2, 'bob@example.com', '2026-11-16', { isActive: false }),
      ],
      [
        cursorRow(2, null, '2026-11-17', { totalLinesAdded: 20, acceptedLinesAdded: 10, chatRequests: 5 }),
        cursorRow(3, 'carol@example.com', '2026-11-18', { totalLinesAdded: 7, acceptedLinesAdded: 7, agentRequests: 2 }),
        cursorRow(3, 'carol@example.com', '2026-11-18', { totalLinesAdded: 'many' }),
        cursorRow(99, null, '2026-11-18', { chatRequests: 1 }),
        cursorRow(3, 'carol@example.com', '2026-11-19', { chatRequests: 9 }),
      ],
    ],
  },
};

let server: FakeHttpServer;
afterEach(async () => server.close());

const source = (key: string, sleep: (ms: number) => Promise<void>, attempts = 5) =>
  createCursorSource({ key, baseUrl: server.url }, { sleep, baseDelayMs: 5, attempts });

describe('Cursor importer', () => {
  it('reads every page of team daily usage into exact totals, riding out a 429 and a 500', async () => {
    server = await startFakeCursor(data);
    server.failFirst((r) => r.path === '/teams/daily-usage-data' && (JSON.parse(r.body) as { page: number }).page === 2,
      { status: 429, headers: { 'retry-after': '1' }, body: { error: 'Too many requests' } },
      { status: 500, body: { error: 'internal' } });
    const { sleep, waits } = recordingSleep();

    const batch = await drain(source(KEY, sleep), RANGE);
    const [alice, bob, carol] = ['alice@example.com', 'bob@example.com', 'carol@example.com'];

    expect(totals(batch.records, byIdentity, 'requests')).toEqual({ [alice]: 262, [bob]: 5, [carol]: 2 });
    expect(activityTotals(batch.records, byIdentity, 'linesAccepted')).toEqual({ [alice]: 1152, [bob]: 10, [carol]: 7 });
    expect(activityTotals(batch.records, byIdentity, 'linesAdded')).toEqual({ [alice]: 1643, [bob]: 20, [carol]: 7 });
    expect(activityTotals(batch.records, byIdentity, 'tabsAccepted')).toEqual({ [alice]: 289, [bob]: 0, [carol]: 0 });
    expect(totals(batch.records, byDay, 'requests')).toEqual({ '2026-11-16': 252, '2026-11-17': 15, '2026-11-18': 2 });
    expect(batch.records).toHaveLength(4);
    expect(batch.records.every((r) => r.source === 'cursor' && r.tool === 'Cursor' && r.model === '' && r.costMicros === 0)).toBe(true);
    expect(batch.identityEmails).toEqual({ [alice]: alice, [bob]: bob, [carol]: carol });
    expect(batch.rejected.map((r) => [r.location, r.reason.split(':')[0]])).toEqual([
      ['daily usage from 2026-11-16 page 2, row 3', 'totalLinesAdded'],
      ['daily usage from 2026-11-16 page 2, row 4', 'email'],
    ]);

    expect(waits).toEqual([1000, 10]);
    const expectedAuth = `Basic ${Buffer.from(`${KEY}:`).toString('base64')}`;
    expect(server.requests.every((r) => r.headers.authorization === expectedAuth)).toBe(true);
    expect(server.to('/teams/daily-usage-data').map((r) => JSON.parse(r.body) as unknown)).toEqual([
      { startDate: ms('2026-11-16'), endDate: ms('2026-11-19'), page: 1, pageSize: 500 },
      ...Array(3).fill({ startDate: ms('2026-11-16'), endDate: ms('2026-11-19'), page: 2, pageSize: 500 }),
    ]);
  });

  it('asks for at most 30 days at a time', async () => {
    server = await startFakeCursor({ ...data, usage: {} });
    await drain(source(KEY, recordingSleep().sleep), { from: '2026-10-01', to: '2026-11-14' });
    expect(server.to('/teams/daily-usage-data').map((r) => JSON.parse(r.body) as { startDate: number; endDate: number }).map((b) => [b.startDate, b.endDate])).toEqual([
      [ms('2026-10-01'), ms('2026-10-31')],
      [ms('2026-10-31'), ms('2026-11-15')],
    ]);
  });

  it('stops with SOURCE.AUTH and one clear sentence when the key is refused', async () => {
    server = await startFakeCursor(data);
    const error = await pullError(source('key_wrong', recordingSleep().sleep), RANGE);
    expect(error.code).toBe('SOURCE.AUTH');
    expect(error.message).toBe('Cursor refused the credential in CURSOR_ADMIN_KEY (HTTP 401): it is missing, wrong, expired or lacks admin access.');
  });

  it('gives up with SOURCE.UNAVAILABLE when every attempt fails', async () => {
    server = await startFakeCursor(data);
    server.failFirst((r) => r.path === '/teams/daily-usage-data', { status: 502 }, { status: 502 });
    const error = await pullError(source(KEY, recordingSleep().sleep, 2), RANGE);
    expect(error.code).toBe('SOURCE.UNAVAILABLE');
    expect(error.message).toBe('Cursor did not answer /teams/daily-usage-data successfully after 2 attempts (last: HTTP 502); try again later.');
  });

  it('reports a body of the wrong shape as SOURCE.BAD_RESPONSE', async () => {
    server = await startFakeCursor(data);
    server.failFirst((r) => r.path === '/teams/members', { body: { members: [] } });
    const error = await pullError(source(KEY, recordingSleep().sleep), RANGE);
    expect(error.code).toBe('SOURCE.BAD_RESPONSE');
    expect(error.message).toMatch(/^Cursor sent an unexpected answer to \/teams\/members: teamMembers: /);
  });
});
