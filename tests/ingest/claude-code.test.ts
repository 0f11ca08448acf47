import { afterEach, describe, expect, it } from 'vitest';
import { createClaudeCodeSource } from '../../src/ingest/claude-code.importer.js';
import type { UsageRecord } from '../../src/core/types.js';
import { recordingSleep, type FakeHttpServer } from '../support/fake-http.js';
import { startFakeAnthropic, type AnthropicFakeData } from '../support/fake-anthropic.js';
import { activityTotals, drain, pullError, totals } from '../support/usage-batches.js';

const KEY = 'sk-ant-admin-test';
const RANGE = { from: '2026-11-16', to: '2026-11-17' };
const LATER = () => new Date('2026-11-25T09:00:00Z');
const byIdentity = (r: UsageRecord) => r.identity;
const byDay = (r: UsageRecord) => r.day;

interface Shape { sessions: number; added: number; removed: number; commits: number; prs: number; models: [string, number, number, number, number, number][]; tools?: Record<string, { accepted: number; rejected: number }> }

/** A Claude Code record in the documented shape; models are [model, input, output, cache_read, cache_creation, cents]. */
function actorDay(day: string, actor: Record<string, string>, s: Shape): unknown {
  return {
    date: `${day}T00:00:00Z`, actor, organization_id: 'dc9f6c26-b22c-4831-8d01-0446bada88f1', customer_type: 'api', terminal_type: 'vscode',
    core_metrics: { num_sessions: s.sessions, lines_of_code: { added: s.added, removed: s.removed }, commits_by_claude_code: s.commits, pull_requests_by_claude_code: s.prs },
    tool_actions: s.tools ?? {},
    model_breakdown: s.models.map(([model, input, output, cacheRead, cacheCreation, amount]) => ({
      model, tokens: { input, output, cache_read: cacheRead, cache_creation: cacheCreation }, estimated_cost: { currency: 'USD', amount },
    })),
  };
}
const alice = { type: 'user_actor', email_address: 'alice@example.com' };
const bob = { type: 'user_actor', email_address: 'bob@example.com' };
const bot = { type: 'api_actor', api_key_name: 'ci-bot' };

const data: AnthropicFakeData = {
  key: KEY, messagePages: [], costPages: [], userPages: [],
  claudeCode: {
    '2026-11-16': [
      [
        actorDay('2026-11-16', alice, {
          sessions: 5, added: 1543, removed: 892, commits: 12, prs: 2, models: [['claude-3-5-sonnet-20241022', 100000, 35000, 10000, 5000, 1025]],
          tools: { edit_tool: { accepted: 45, rejected: 5 }, multi_edit_tool: { accepted: 12, rejected: 2 }, write_tool: { accepted: 8, rejected: 1 }, notebook_edit_tool: { accepted: 3, rejected: 0 } },
        }),
        actorDay('2026-11-16', bot, { sessions: 1, added: 0, removed: 0, commits: 0, prs: 0, models: [['claude-haiku-4-5', 10, 20, 0, 0, 0.5]] }),
      ],
      [actorDay('2026-11-16', bob, { sessions: 2, added: 10, removed: 1, commits: 1, prs: 0, models: [['claude-sonnet-4', 1000, 100, 0, 0, 30], ['claude-opus-4-1', 500, 50, 0, 0, 70]] })],
    ],
    '2026-11-17': [[
      actorDay('2026-11-17', alice, { sessions: 1, added: 5, removed: 5, commits: 0, prs: 1, models: [['claude-3-5-sonnet-20241022', 10, 10, 0, 0, 1]] }),
      actorDay('2026-11-17', { type: 'user_actor' }, { sessions: 1, added: 0, removed: 0, commits: 0, prs: 0, models: [] }),
    ]],
  },
};

let server: FakeHttpServer;
afterEach(async () => server.close());

const source = (key: string, sleep: (ms: number) => Promise<void>, now = LATER) =>
  createClaudeCodeSource({ key, baseUrl: server.url }, { sleep, baseDelayMs: 5, now });

describe('Claude Code analytics importer', () => {
  it('reads every day and page into exact activity, token and cost totals, riding out a 429 and a 500', async () => {
    server = await startFakeAnthropic(data);
    server.failFirst((r) => r.query.get('starting_at') === '2026-11-16' && r.query.get('page') === 'page_1',
      { status: 429, headers: { 'retry-after': '1' }, body: { type: 'error', error: { type: 'rate_limit_error', message: 'slow down' } } },
      { status: 500, body: { type: 'error', error: { type: 'api_error', message: 'internal' } } });
    const { sleep, waits } = recordingSleep();

    const batch = await drain(source(KEY, sleep), RANGE);
    const bobId = 'bob@example.com';
    const aliceId = 'alice@example.com';

    expect(activityTotals(batch.records, byIdentity, 'sessions')).toEqual({ [aliceId]: 6, 'api-key:ci-bot': 1, [bobId]: 2 });
    expect(activityTotals(batch.records, byIdentity, 'linesAdded')).toEqual({ [aliceId]: 1548, 'api-key:ci-bot': 0, [bobId]: 10 });
    expect(activityTotals(batch.records, byIdentity, 'linesRemoved')).toEqual({ [aliceId]: 897, 'api-key:ci-bot': 0, [bobId]: 1 });
    expect(activityTotals(batch.records, byIdentity, 'commits')).toEqual({ [aliceId]: 12, 'api-key:ci-bot': 0, [bobId]: 1 });
    expect(activityTotals(batch.records, byIdentity, 'pullRequests')).toEqual({ [aliceId]: 3, 'api-key:ci-bot': 0, [bobId]: 0 });
    expect(activityTotals(batch.records, byIdentity, 'toolActionsAccepted')).toEqual({ [aliceId]: 68, 'api-key:ci-bot': 0, [bobId]: 0 });
    expect(activityTotals(batch.records, byIdentity, 'toolActionsRejected')).toEqual({ [aliceId]: 8, 'api-key:ci-bot': 0, [bobId]: 0 });
    expect(totals(batch.records, byIdentity, 'inputTokens')).toEqual({ [aliceId]: 115_010, 'api-key:ci-bot': 10, [bobId]: 1500 });
    expect(totals(batch.records, byIdentity, 'cachedTokens')).toEqual({ [aliceId]: 10_000, 'api-key:ci-bot': 0, [bobId]: 0 });
    expect(totals(batch.records, byIdentity, 'costMicros')).toEqual({ [aliceId]: 10_260_000, 'api-key:ci-bot': 5_000, [bobId]: 1_000_000 });
    expect(totals(batch.records, byDay, 'costMicros')).toEqual({ '2026-11-16': 11_255_000, '2026-11-17': 10_000 });
    expect(activityTotals(batch.records, byDay, 'sessions')).toEqual({ '2026-11-16': 8, '2026-11-17': 1 });
    expect(batch.records.every((r) => r.source === 'claude-code' && r.tool === 'Claude Code')).toBe(true);
    expect(batch.identityEmails).toEqual({ [aliceId]: aliceId, [bobId]: bobId });
    expect(batch.rejected.map((r) => r.location)).toEqual(['claude code 2026-11-17 page 1, record 2']);
    expect(batch.rejected[0]!.reason).toMatch(/email_address/);

    expect(waits).toEqual([1000, 10]);
    expect(server.requests.every((r) => r.headers['x-api-key'] === KEY)).toBe(true);
    expect(server.requests.map((r) => `${r.query.get('starting_at')} ${r.query.get('page')}`)).toEqual([
      '2026-11-16 null', '2026-11-16 page_1', '2026-11-16 page_1', '2026-11-16 page_1', '2026-11-17 null',
    ]);
  });

  it('asks for no day after today', async () => {
    server = await startFakeAnthropic(data);
    await drain(source(KEY, recordingSleep().sleep, () => new Date('2026-11-16T18:00:00Z')), RANGE);
    expect(server.requests.map((r) => r.query.get('starting_at'))).toEqual(['2026-11-16', '2026-11-16']);
  });

  it('gives up with SOURCE.UNAVAILABLE when a day keeps failing', async () => {
    server = await startFakeAnthropic(data);
    const down = { status: 500, body: { type: 'error', error: { type: 'api_error', message: 'internal' } } };
    server.failFirst((r) => r.query.get('starting_at') === '2026-11-17', down, down, down, down, down);
    const error = await pullError(source(KEY, recordingSleep().sleep), RANGE);
    expect(error.code).toBe('SOURCE.UNAVAILABLE');
    expect(error.message).toBe('Anthropic did not answer /v1/organizations/usage_report/claude_code successfully after 5 attempts (last: HTTP 500); try again later.');
  });

  it('stops with SOURCE.AUTH when the key is refused', async () => {
    server = await startFakeAnthropic(data);
    const error = await pullError(source('wrong', recordingSleep().sleep), RANGE);
    expect(error.code).toBe('SOURCE.AUTH');
    expect(error.message).toContain('ANTHROPIC_ADMIN_KEY');
  });
});
