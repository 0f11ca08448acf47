/**
 * A local fake of the OpenAI Admin API usage endpoints, serving pages in the documented
 * shape (reference/usage-formats.md §1): bucket pages with `next_page` cursors, and the
 * users list with `after` / `last_id`.
 */
import { FakeHttpServer, type FakeResponse, type RecordedRequest } from './fake-http.js';

export interface OpenAiFakeData {
  key: string;
  /** Each page is a list of buckets. */
  usagePages: unknown[][];
  costPages: unknown[][];
  /** Each page is a list of organization users. */
  userPages: unknown[][];
}

const unix = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 1000;

/** A 1d bucket starting at midnight UTC of `day`. */
export function bucket(day: string, results: unknown[]): unknown {
  return { object: 'bucket', start_time: unix(day), end_time: unix(day) + 86_400, results };
}

/** A completions result with every documented field (nulls where not grouped). */
export function usageResult(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    object: 'organization.usage.completions.result',
    input_tokens: 0, output_tokens: 0, input_cached_tokens: 0, input_audio_tokens: 0, output_audio_tokens: 0,
    num_model_requests: 0, project_id: null, user_id: null, api_key_id: null, model: null, batch: null, service_tier: null,
    ...fields,
  };
}

export function costResult(value: number | string): unknown {
  return { object: 'organization.costs.result', amount: { value, currency: 'usd' }, line_item: null, project_id: null, api_key_id: null, quantity: null };
}

export function orgUser(id: string, email: string): unknown {
  return { object: 'organization.user', id, name: email.split('@')[0], email, role: 'reader', added_at: 1711471533 };
}

/** Starts the fake; requests without `Authorization: Bearer <key>` get OpenAI's 401. */
export function startFakeOpenAi(data: OpenAiFakeData): Promise<FakeHttpServer> {
  const guarded = (route: (r: RecordedRequest) => FakeResponse) => (r: RecordedRequest): FakeResponse =>
    r.headers.authorization === `Bearer ${data.key}`
      ? route(r)
      : { status: 401, body: { error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', code: 'invalid_api_key' } } };
  return new FakeHttpServer({
    'GET /v1/organization/usage/completions': guarded((r) => bucketPage(data.usagePages, r)),
    'GET /v1/organization/costs': guarded((r) => bucketPage(data.costPages, r)),
    'GET /v1/organization/users': guarded((r) => usersPage(data.userPages, r)),
  }).start();
}

function bucketPage(pages: unknown[][], r: RecordedRequest): FakeResponse {
  const cursor = r.query.get('page');
  const index = cursor ? Number(cursor.replace('page_', '')) : 0;
  const more = index < pages.length - 1;
  return { body: { object: 'page', data: pages[index] ?? [], has_more: more, next_page: more ? `page_${index + 1}` : null } };
}

function usersPage(pages: unknown[][], r: RecordedRequest): FakeResponse {
  const after = r.query.get('after');
  const index = after ? pages.findIndex((p) => (p.at(-1) as { id: string }).id === after) + 1 : 0;
  const data = (pages[index] ?? []) as { id: string }[];
  return { body: { object: 'list', data, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null, has_more: index < pages.length - 1 } };
}
