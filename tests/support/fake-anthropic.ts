/**
 * A local fake of the Anthropic Admin API (reference/usage-formats.md §2): messages usage and
 * cost report pages with `next_page` cursors, the users list with `after_id`, and Claude Code
 * analytics answering one `starting_at` day per request.
 */
import { FakeHttpServer, type FakeResponse, type RecordedRequest } from './fake-http.js';

export interface AnthropicFakeData {
  key: string;
  /** Each page is a list of buckets. */
  messagePages: unknown[][];
  costPages: unknown[][];
  userPages: unknown[][];
  /** Claude Code records per day, as pages. */
  claudeCode: Record<string, unknown[][]>;
  /** Answer 400 to `group_by[]=account_id`, as an API without that grouping would. */
  refuseAccountGrouping?: boolean;
}

export function reportBucket(day: string, results: unknown[]): unknown {
  const end = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().replace('.000Z', 'Z');
  return { starting_at: `${day}T00:00:00Z`, ending_at: end, results };
}

/** A messages usage result with every documented field (nulls where not grouped). */
export function messagesResult(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    uncached_input_tokens: 0, cache_creation: { ephemeral_1h_input_tokens: 0, ephemeral_5m_input_tokens: 0 },
    cache_read_input_tokens: 0, output_tokens: 0, server_tool_use: { web_search_requests: 0 },
    api_key_id: null, workspace_id: null, model: null, service_tier: null, context_window: null, account_id: null,
    ...fields,
  };
}

export function costResult(amount: string): unknown {
  return { amount, currency: 'USD', cost_type: null, description: null, model: null, service_tier: null, token_type: null, context_window: null, workspace_id: null };
}

export function anthropicUser(id: string, email: string): unknown {
  return { id, type: 'user', email, name: email.split('@')[0], role: 'developer', added_at: '2025-01-01T00:00:00Z' };
}

/** Starts the fake; requests without the right `x-api-key` and `anthropic-version` get 401. */
export function startFakeAnthropic(data: AnthropicFakeData): Promise<FakeHttpServer> {
  const guarded = (route: (r: RecordedRequest) => FakeResponse) => (r: RecordedRequest): FakeResponse =>
    r.headers['x-api-key'] === data.key && r.headers['anthropic-version'] === '2023-06-01'
      ? route(r)
      : { status: 401, body: { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } } };
  return new FakeHttpServer({
    'GET /v1/organizations/usage_report/messages': guarded((r) =>
      data.refuseAccountGrouping && r.query.getAll('group_by[]').includes('account_id')
        ? { status: 400, body: { type: 'error', error: { type: 'invalid_request_error', message: 'group_by: unknown value account_id' } } }
        : cursorPage(data.messagePages, r)),
    'GET /v1/organizations/cost_report': guarded((r) => cursorPage(data.costPages, r)),
    'GET /v1/organizations/usage_report/claude_code': guarded((r) => cursorPage(data.claudeCode[r.query.get('starting_at') ?? ''] ?? [[]], r)),
    'GET /v1/organizations/users': guarded((r) => usersPage(data.userPages, r)),
  }).start();
}

function cursorPage(pages: unknown[][], r: RecordedRequest): FakeResponse {
  const cursor = r.query.get('page');
  const index = cursor ? Number(cursor.replace('page_', '')) : 0;
  const more = index < pages.length - 1;
  return { body: { data: pages[index] ?? [], has_more: more, next_page: more ? `page_${index + 1}` : null } };
}

function usersPage(pages: unknown[][], r: RecordedRequest): FakeResponse {
  const after = r.query.get('after_id');
  const index = after ? pages.findIndex((p) => (p.at(-1) as { id: string } | undefined)?.id === after) + 1 : 0;
  const data = (pages[index] ?? []) as { id: string }[];
  return { body: { data, has_more: index < pages.length - 1, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null } };
}
