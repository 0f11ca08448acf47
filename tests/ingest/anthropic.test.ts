import { afterEach, describe, expect, it } from 'vitest';
import { createAnthropicSource } from '../../src/ingest/anthropic.importer.js';
import type { UsageRecord } from '../../src/core/types.js';
import { recordingSleep, type FakeHttpServer } from '../support/fake-http.js';
import { anthropicUser, costResult, messagesResult, reportBucket, startFakeAnthropic, type AnthropicFakeData } from '../support/fake-anthropic.js';
import { activityTotals, drain, pullError, totals } from '../support/usage-batches.js';

const KEY = 'sk-ant-admin-test';
const RANGE = { from: '2026-11-16', to: '2026-11-17' };
const LATER = () => new Date('2026-11-25T09:00:00Z');
const byIdentity = (r: UsageRecord) => r.identity;
const byDay = (r: UsageRecord) => r.day;

const data: AnthropicFakeData = {
  key: KEY,
  messagePages: [
    [reportBucket('2026-11-16', [
      messagesResult({ account_id: 'user_alice', model: 'claude-sonnet-4-20250514', uncached_input_tokens: 1500, cache_creation: { ephemeral_1h_input_tokens: 1000, ephemeral_5m_input_tokens: 500 }, cache_read_input_tokens: 200, output_tokens: 500, server_tool_use: { web_search_requests: 10 } }),
      messagesResult({ account_id: null, api_key_id: 'apikey_01', model: 'claude-sonnet-4-20250514', uncached_input_tokens: 100, cache_creation: null, output_tokens: 50 }),
    ])],
    [reportBucket('2026-11-17', [
      messagesResult({ account_id: 'user_alice', model: 'claude-opus-4-1', uncached_input_tokens: 10, cache_read_input_tokens: 5, output_tokens: 20 }),
      messagesResult({ account_id: 'user_bob', model: 'claude-sonnet-4-20250514', uncached_input_tokens: 300, output_tokens: 30 }),
      messagesResult({ account_id: 'user_bob', model: 'claude-sonnet-4-20250514', output_tokens: -1 }),
    ])],
  ],
  costPages: [
    [reportBucket('2026-11-16', [costResult('123.78912'), costResult('0.5')])],
    [reportBucket('2026-11-17', [costResult('1000')])],
  ],
  userPages: [[anthropicUser('user_alice', 'alice@example.com')], [anthropicUser('user_bob', 'bob@example.com')]],
  claudeCode: {},
};

let server: FakeHttpServer;
afterEach(async () => server.close());

const source = (key: string, sleep: (ms: number) => Promise<void>, now = LATER, attempts = 5) =>
  createAnthropicSource({ key, baseUrl: server.url }, { sleep, baseDelayMs: 5, attempts, now });

describe('Anthropic importer', () => {
  it('reads every page of the usage and cost reports and the users into exact totals, riding out a 429 and a 500', async () => {
    server = await startFakeAnthropic(data);
    server.failFirst((r) => r.path.endsWith('/messages') && r.query.get('page') === 'page_1',
      { status: 429, headers: { 'retry-after': '1' }, body: { type: 'error', error: { type: 'rate_limit_error', message: 'slow down' } } },
      { status: 500, body: { type: 'error', error: { type: 'api_error', message: 'internal' } } });
    const { sleep, waits } = recordingSleep();

    const batch = await drain(source(KEY, sleep), RANGE);

    expect(totals(batch.records, byIdentity, 'inputTokens')).toEqual({ user_alice: 3215, org: 100, user_bob: 300 });
    expect(totals(batch.records, byIdentity, 'outputTokens')).toEqual({ user_alice: 520, org: 50, user_bob: 30 });
    expect(totals(batch.records, byIdentity, 'cachedTokens')).toEqual({ user_alice: 205, org: 0, user_bob: 0 });
    expect(totals(batch.records, byIdentity, 'costMicros')).toEqual({ user_alice: 0, org: 11_242_891, user_bob: 0 });
    expect(totals(batch.records, byDay, 'costMicros')).toEqual({ '2026-11-16': 1_242_891, '2026-11-17': 10_000_000 });
    expect(totals(batch.records, byDay, 'inputTokens')).toEqual({ '2026-11-16': 3300, '2026-11-17': 315 });
    expect(activityTotals(batch.records, byIdentity, 'webSearches')).toEqual({ user_alice: 10, org: 0, user_bob: 0 });
    expect(batch.records.every((r) => r.source === 'anthropic' && r.tool === 'Claude API' && r.personId === null)).toBe(true);
    expect(batch.identityEmails).toEqual({ user_alice: 'alice@example.com', user_bob: 'bob@example.com' });
    expect(batch.rejected.map((r) => r.location)).toEqual(['messages page 2, bucket 1, result 3']);
    expect(batch.rejected[0]!.reason).toMatch(/^output_tokens: /);

    expect(waits).toEqual([1000, 10]);
    expect(server.requests.every((r) => r.headers['x-api-key'] === KEY && r.headers['anthropic-version'] === '2023-06-01')).toBe(true);
    const messages = server.to('/v1/organizations/usage_report/messages');
    expect(messages.map((r) => r.query.get('page'))).toEqual([null, 'page_1', 'page_1', 'page_1']);
    expect(messages[0]!.query.getAll('group_by[]')).toEqual(['account_id', 'model']);
    expect(messages[0]!.query.get('starting_at')).toBe('2026-11-16T00:00:00Z');
    expect(messages[0]!.query.get('ending_at')).toBe('2026-11-18T00:00:00Z');
    expect(server.to('/v1/organizations/users').map((r) => r.query.get('after_id'))).toEqual([null, 'user_alice']);
  });

  it('reads the report by model only, as org, when account grouping is refused; never asks for a future end', async () => {
    server = await startFakeAnthropic({ ...data, refuseAccountGrouping: true, messagePages: [[reportBucket('2026-11-16', [messagesResult({ model: 'claude-sonnet-4-20250514', uncached_input_tokens: 7, output_tokens: 3 })])]] });
    const batch = await drain(source(KEY, recordingSleep().sleep, () => new Date('2026-11-17T10:00:00Z')), RANGE);
    expect(totals(batch.records, byIdentity, 'inputTokens')).toEqual({ org: 7 });
    const messages = server.to('/v1/organizations/usage_report/messages');
    expect(messages.map((r) => r.query.getAll('group_by[]'))).toEqual([['account_id', 'model'], ['model']]);
    expect(messages[1]!.query.get('ending_at')).toBe('2026-11-17T00:00:00Z');
  });

  it('stops with SOURCE.AUTH and one clear sentence when the key is refused', async () => {
    server = await startFakeAnthropic(data);
    const error = await pullError(source('sk-ant-admin-expired', recordingSleep().sleep), RANGE);
    expect(error.code).toBe('SOURCE.AUTH');
    expect(error.message).toBe('Anthropic refused the credential in ANTHROPIC_ADMIN_KEY (HTTP 401): it is missing, wrong, expired or lacks admin access.');
    expect(server.requests).toHaveLength(1);
  });

  it('gives up with SOURCE.UNAVAILABLE when every attempt fails', async () => {
    server = await startFakeAnthropic(data);
    const overloaded = { status: 529, body: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } } };
    server.failFirst(() => true, overloaded, overloaded, overloaded);
    const error = await pullError(source(KEY, recordingSleep().sleep, LATER, 3), RANGE);
    expect(error.code).toBe('SOURCE.UNAVAILABLE');
    expect(error.message).toContain('after 3 attempts (last: HTTP 529)');
    expect(server.requests).toHaveLength(3);
  });

  it('reports a body of the wrong shape as SOURCE.BAD_RESPONSE', async () => {
    server = await startFakeAnthropic(data);
    server.failFirst((r) => r.path.endsWith('/cost_report'), { status: 200, body: '<html>maintenance</html>' });
    const error = await pullError(source(KEY, recordingSleep().sleep), RANGE);
    expect(error.code).toBe('SOURCE.BAD_RESPONSE');
    expect(error.message).toBe('Anthropic sent an unexpected answer to /v1/organizations/cost_report: the body is not JSON.');
  });
});
