import { afterEach, describe, expect, it } from 'vitest';
import { createCopilotSource, nextLink } from '../../src/ingest/copilot.importer.js';
import type { UsageRecord } from '../../src/core/types.js';
import { recordingSleep, type FakeHttpServer } from '../support/fake-http.js';
import { copilotSeat, ndjson, startFakeGitHub, userDay, type GitHubFakeData } from '../support/fake-github.js';
import { activityTotals, drain, pullError, totals } from '../support/usage-batches.js';

const TOKEN = 'ghp_test_token';
const RANGE = { from: '2026-11-16', to: '2026-11-18' };
const LATER = () => new Date('2026-11-25T09:00:00Z');
const byIdentity = (r: UsageRecord) => r.identity;
const byDay = (r: UsageRecord) => r.day;

const data: GitHubFakeData = {
  token: TOKEN,
  org: 'acme',
  seatPages: [
    [copilotSeat('alice', '2026-11-17T10:00:00Z'), copilotSeat('bob', null)],
    [copilotSeat('carol', '2026-11-02T08:00:00Z'), { created_at: '2026-01-01T00:00:00Z', assignee: null }],
  ],
  reports: {
    '2026-11-16': [
      ndjson(
        userDay('alice', '2026-11-16', {
          user_initiated_interaction_count: 10, code_acceptance_activity_count: 5, loc_added_sum: 100, used_cli: true,
          totals_by_cli: { session_count: 1, request_count: 4, prompt_count: 4, token_usage: { output_tokens_sum: 200, prompt_tokens_sum: 1000, avg_tokens_per_request: 300 } },
        }),
        userDay('bob', '2026-11-16', { user_initiated_interaction_count: 3, loc_added_sum: 20 }),
      ),
      ndjson(userDay('carol', '2026-11-16', { user_initiated_interaction_count: 7, used_agent: true }), '', '{"user_login": "dave", "day": '),
    ],
    '2026-11-17': [
      ndjson(userDay('alice', '2026-11-17', { user_initiated_interaction_count: 4, loc_added_sum: 30 }), userDay('bob', '2026-11-17', { loc_added_sum: -3 })),
    ],
  },
};

let server: FakeHttpServer;

const source = (token: string, sleep: (ms: number) => Promise<void>, attempts = 5) =>
  createCopilotSource({ token, org: 'acme', baseUrl: server.url }, { sleep, baseDelayMs: 5, attempts, now: LATER });

describe('GitHub Copilot importer', () => {
  afterEach(async () => server.close());

  it('reads every seat page, every day and every NDJSON file into exact totals, riding out a 429 and a 500', async () => {
    server = await startFakeGitHub(data);
    server.failFirst((r) => r.path.endsWith('/users-1-day') && r.query.get('day') === '2026-11-17',
      { status: 429, headers: { 'retry-after': '1' }, body: { message: 'API rate limit exceeded' } },
      { status: 500, body: { message: 'Server Error' } });
    const { sleep, waits } = recordingSleep();

    const batch = await drain(source(TOKEN, sleep), RANGE);

    expect(totals(batch.records, byIdentity, 'requests')).toEqual({ alice: 14, bob: 3, carol: 7 });
    expect(activityTotals(batch.records, byIdentity, 'linesAdded')).toEqual({ alice: 130, bob: 20, carol: 0 });
    expect(activityTotals(batch.records, byIdentity, 'codeAcceptances')).toEqual({ alice: 5, bob: 0, carol: 0 });
    expect(activityTotals(batch.records, byIdentity, 'usedAgent')).toEqual({ alice: 0, bob: 0, carol: 1 });
    expect(activityTotals(batch.records, byIdentity, 'seatLastActivity')).toEqual({ alice: 1, bob: 0, carol: 0 });
    expect(totals(batch.records, byIdentity, 'inputTokens')).toEqual({ alice: 1000, bob: 0, carol: 0 });
    expect(totals(batch.records, byIdentity, 'outputTokens')).toEqual({ alice: 200, bob: 0, carol: 0 });
    expect(totals(batch.records, byDay, 'requests')).toEqual({ '2026-11-16': 20, '2026-11-17': 4 });
    expect(batch.records.filter((r) => r.identity === 'alice' && r.day === '2026-11-17')).toHaveLength(1);
    expect(batch.records.every((r) => r.source === 'copilot' && r.tool === 'Copilot' && r.model === '' && r.costMicros === 0)).toBe(true);
    expect(batch.rejected.map((r) => [r.location, r.reason.split(':')[0]])).toEqual([
      ['seats page 2, seat 2', 'assignee'],
      ['users report 2026-11-16 file 2, line 3', 'not a JSON object'],
      ['users report 2026-11-17 file 1, line 2', 'loc_added_sum'],
    ]);

    expect(waits).toEqual([1000, 10]);
    const api = server.requests.filter((r) => !r.path.startsWith('/downloads/'));
    const downloads = server.requests.filter((r) => r.path.startsWith('/downloads/'));
    expect(api.every((r) => r.headers.authorization === `Bearer ${TOKEN}` && r.headers['x-github-api-version'] === '2022-11-28')).toBe(true);
    expect(downloads.map((r) => [r.path, r.query.get('sig'), r.headers.authorization])).toEqual([
      ['/downloads/2026-11-16-1.ndjson', 's3cr3t', undefined],
      ['/downloads/2026-11-16-2.ndjson', 's3cr3t', undefined],
      ['/downloads/2026-11-17-1.ndjson', 's3cr3t', undefined],
    ]);
    expect(api.map((r) => `${r.path}?${r.query.toString()}`)).toEqual([
      '/orgs/acme/copilot/billing/seats?per_page=100',
      '/organizations/4242/copilot/billing/seats?per_page=100&page=2',
      '/orgs/acme/copilot/metrics/reports/users-1-day?day=2026-11-16',
      '/orgs/acme/copilot/metrics/reports/users-1-day?day=2026-11-17',
      '/orgs/acme/copilot/metrics/reports/users-1-day?day=2026-11-17',
      '/orgs/acme/copilot/metrics/reports/users-1-day?day=2026-11-17',
      '/orgs/acme/copilot/metrics/reports/users-1-day?day=2026-11-18',
    ]);
    expect(server.requests.some((r) => r.path === '/orgs/acme/copilot/metrics')).toBe(false);
  });

  it('stops with SOURCE.AUTH and one clear sentence when the token is refused', async () => {
    server = await startFakeGitHub(data);
    const error = await pullError(source('ghp_expired', recordingSleep().sleep), RANGE);
    expect(error.code).toBe('SOURCE.AUTH');
    expect(error.message).toBe('GitHub refused the credential in GITHUB_TOKEN (HTTP 401): it is missing, wrong, expired or lacks admin access.');
  });

  it("waits out GitHub's 403 rate limit instead of calling it an auth failure", async () => {
    server = await startFakeGitHub(data);
    server.failFirst((r) => r.path.endsWith('/seats'), { status: 403, headers: { 'retry-after': '2', 'x-ratelimit-remaining': '0' }, body: { message: 'You have exceeded a secondary rate limit.' } });
    const { sleep, waits } = recordingSleep();
    const batch = await drain(source(TOKEN, sleep), RANGE);
    expect(waits).toEqual([2000]);
    expect(totals(batch.records, byIdentity, 'requests')).toEqual({ alice: 14, bob: 3, carol: 7 });
  });

  it('gives up with SOURCE.UNAVAILABLE when a download keeps failing', async () => {
    server = await startFakeGitHub(data);
    server.failFirst((r) => r.path.startsWith('/downloads/'), { status: 503 }, { status: 503 }, { status: 503 });
    const error = await pullError(source(TOKEN, recordingSleep().sleep, 3), RANGE);
    expect(error.code).toBe('SOURCE.UNAVAILABLE');
    expect(error.message).toBe('GitHub did not answer /downloads/2026-11-16-1.ndjson successfully after 3 attempts (last: HTTP 503); try again later.');
  });

  it('notes a day without a report and goes on; a report of the wrong shape is SOURCE.BAD_RESPONSE', async () => {
    server = await startFakeGitHub(data);
    server.failFirst((r) => r.query.get('day') === '2026-11-16', { status: 404, body: { message: 'Not Found' } });
    const batch = await drain(source(TOKEN, recordingSleep().sleep), RANGE);
    expect(batch.rejected.map((r) => r.location)).toContain('users report 2026-11-16');
    expect(totals(batch.records, byDay, 'requests')).toEqual({ '2026-11-17': 4 });

    server.failFirst((r) => r.query.get('day') === '2026-11-16', { body: { download_links: 'nope' } });
    const error = await pullError(source(TOKEN, recordingSleep().sleep), RANGE);
    expect(error.code).toBe('SOURCE.BAD_RESPONSE');
    expect(error.message).toMatch(/^GitHub sent an unexpected answer to \/orgs\/acme\/copilot\/metrics\/reports\/users-1-day: download_links: /);
  });

});

describe('nextLink', () => {
  it('reads the next page from a Link header', () => {
    expect(nextLink('<https://api.github.com/organizations/1/copilot/billing/seats?page=2>; rel="next", <https://x/y?page=5>; rel="last"'))
      .toBe('https://api.github.com/organizations/1/copilot/billing/seats?page=2');
    expect(nextLink('<https://x/y?page=5>; rel="last"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });
});
