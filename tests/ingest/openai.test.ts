import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAiSource } from '../../src/ingest/openai.importer.js';
import type { FakeHttpServer } from '../support/fake-http.js';
import { recordingSleep } from '../support/fake-http.js';
import { bucket, costResult, orgUser, startFakeOpenAi, usageResult, type OpenAiFakeData } from '../support/fake-openai.js';
import { drain, pullError, totals } from '../support/usage-batches.js';

const KEY = 'sk-admin-test-123';
const RANGE = { from: '2026-11-16', to: '2026-11-18' };

const data: OpenAiFakeData = {
  key: KEY,
  usagePages: [
    [
      bucket('2026-11-16', [
        usageResult({ user_id: 'user-alice', model: 'gpt-4o', input_tokens: 1000, output_tokens: 500, input_cached_tokens: 800, num_model_requests: 5 }),
        usageResult({ user_id: 'user-bob', model: 'gpt-4o-mini', input_tokens: 200, output_tokens: 100, num_model_requests: 2 }),
        usageResult({ user_id: null, model: 'gpt-4o', input_tokens: 50, output_tokens: 10, num_model_requests: 1 }),
      ]),
      bucket('2026-11-17', [
        usageResult({ user_id: 'user-alice', model: 'gpt-4o', input_tokens: 300, output_tokens: 100, num_model_requests: 3 }),
        usageResult({ user_id: 'user-bob', model: 'gpt-4o', input_tokens: 'lots', num_model_requests: 1 }),
      ]),
    ],
    [
      bucket('2026-11-18', [
        usageResult({ user_id: 'user-alice', model: 'o3', input_tokens: 10, output_tokens: 20, input_audio_tokens: 5, output_audio_tokens: 7, num_model_requests: 1 }),
        usageResult({ user_id: 'user-bob', model: 'gpt-4o-mini', input_tokens: 40, output_tokens: 60, num_model_requests: 4 }),
      ]),
    ],
  ],
  costPages: [
    [bucket('2026-11-16', [costResult(0.06), costResult(0.01)])],
    [bucket('2026-11-17', [costResult('2.25')]), bucket('2026-11-18', [costResult(10.1425634)])],
  ],
  userPages: [[orgUser('user-alice', 'alice@example.com')], [orgUser('user-bob', 'bob@example.com')]],
};

let server: FakeHttpServer;
afterEach(async () => server.close());

const source = (key: string, sleep: (ms: number) => Promise<void>, attempts = 5) =>
  createOpenAiSource({ key, baseUrl: server.url }, { sleep, baseDelayMs: 5, attempts });

describe('OpenAI importer', () => {
  it('reads every page of usage, costs and users into exact totals, riding out a 429 and a 500', async () => {
    server = await startFakeOpenAi(data);
    server.failFirst((r) => r.path.endsWith('/completions') && r.query.get('page') === 'page_1',
      { status: 429, headers: { 'retry-after': '1' }, body: { error: { message: 'Rate limit reached' } } },
      { status: 500, body: { error: { message: 'internal' } } });
    const { sleep, waits } = recordingSleep();

    const batch = await drain(source(KEY, sleep), RANGE);
    const byIdentity = (r: { identity: string }) => r.identity;
    const byDay = (r: { day: string }) => r.day;

    expect(totals(batch.records, byIdentity, 'inputTokens')).toEqual({ 'user-alice': 1315, 'user-bob': 240, org: 50 });
    expect(totals(batch.records, byIdentity, 'outputTokens')).toEqual({ 'user-alice': 627, 'user-bob': 160, org: 10 });
    expect(totals(batch.records, byIdentity, 'requests')).toEqual({ 'user-alice': 9, 'user-bob': 6, org: 1 });
    expect(totals(batch.records, byIdentity, 'cachedTokens')).toEqual({ 'user-alice': 800, 'user-bob': 0, org: 0 });
    expect(totals(batch.records, byIdentity, 'costMicros')).toEqual({ 'user-alice': 0, 'user-bob': 0, org: 12_462_563 });
    expect(totals(batch.records, byDay, 'inputTokens')).toEqual({ '2026-11-16': 1250, '2026-11-17': 300, '2026-11-18': 55 });
    expect(totals(batch.records, byDay, 'costMicros')).toEqual({ '2026-11-16': 70_000, '2026-11-17': 2_250_000, '2026-11-18': 10_142_563 });
    expect(batch.records.every((r) => r.source === 'openai' && r.tool === 'OpenAI API' && r.personId === null)).toBe(true);
    expect(batch.records.filter((r) => r.identity === 'org' && r.day === '2026-11-16').map((r) => r.model).sort()).toEqual(['', 'gpt-4o']);
    expect(batch.identityEmails).toEqual({ 'user-alice': 'alice@example.com', 'user-bob': 'bob@example.com' });

    expect(batch.rejected).toHaveLength(1);
    expect(batch.rejected[0]!.location).toBe('completions page 1, bucket 2, result 2');
    expect(batch.rejected[0]!.reason).toMatch(/^input_tokens: /);
    expect(batch.rejected[0]!.raw).toContain('"lots"');

    expect(waits).toEqual([1000, 10]);
    expect(server.requests.every((r) => r.headers.authorization === `Bearer ${KEY}`)).toBe(true);
    const usageCalls = server.to('/v1/organization/usage/completions');
    expect(usageCalls.map((r) => r.query.get('page'))).toEqual([null, 'page_1', 'page_1', 'page_1']);
    expect(usageCalls[0]!.query.getAll('group_by')).toEqual(['user_id', 'model']);
    expect(usageCalls[0]!.query.get('bucket_width')).toBe('1d');
    expect(usageCalls[0]!.query.get('start_time')).toBe(String(Date.parse('2026-11-16T00:00:00Z') / 1000));
    expect(usageCalls[0]!.query.get('end_time')).toBe(String(Date.parse('2026-11-19T00:00:00Z') / 1000));
    expect(server.to('/v1/organization/users').map((r) => r.query.get('after'))).toEqual([null, 'user-alice']);
  });

  it('stops with SOURCE.AUTH and one clear sentence when the key is refused, without retrying', async () => {
    server = await startFakeOpenAi(data);
    const error = await pullError(source('sk-admin-wrong', recordingSleep().sleep), RANGE);
    expect(error.code).toBe('SOURCE.AUTH');
    expect(error.message).toBe('OpenAI refused the credential in OPENAI_ADMIN_KEY (HTTP 401): it is missing, wrong, expired or lacks admin access.');
    expect(server.requests).toHaveLength(1);
  });

  it('gives up with SOURCE.UNAVAILABLE when every attempt fails', async () => {
    server = await startFakeOpenAi(data);
    const down = { status: 503, body: 'upstream down' };
    server.failFirst(() => true, down, down, down, down);
    const { sleep, waits } = recordingSleep();
    const error = await pullError(source(KEY, sleep, 3), RANGE);
    expect(error.code).toBe('SOURCE.UNAVAILABLE');
    expect(error.message).toContain('after 3 attempts (last: HTTP 503)');
    expect(server.requests).toHaveLength(3);
    expect(waits).toEqual([5, 10]);
  });

  it('says why when nothing answers at the base URL', async () => {
    server = await startFakeOpenAi(data);
    await server.close();
    const error = await pullError(source(KEY, recordingSleep().sleep, 2), RANGE);
    server = await startFakeOpenAi(data);
    expect(error.code).toBe('SOURCE.UNAVAILABLE');
    expect(error.message).toMatch(/after 2 attempts \(last: network error: fetch failed \(ECONNREFUSED\)\)/);
  });

  it('reports a body of the wrong shape as SOURCE.BAD_RESPONSE', async () => {
    server = await startFakeOpenAi(data);
    server.failFirst((r) => r.path.endsWith('/costs'), { status: 200, body: { object: 'page', data: 'nothing', has_more: false } });
    const error = await pullError(source(KEY, recordingSleep().sleep), RANGE);
    expect(error.code).toBe('SOURCE.BAD_RESPONSE');
    expect(error.message).toMatch(/^OpenAI sent an unexpected answer to \/v1\/organization\/costs: data: /);
  });
});
