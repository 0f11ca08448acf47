/**
 * Anthropic Admin API importer for the Claude API: the messages usage report per account and
 * model per UTC day, the cost report, and the users list that turns account ids into emails.
 * Claude Code analytics is its own source (`claude-code.importer.ts`) with the same key.
 *
 * Identities: the user account id (`user_…`) when Anthropic attributes the usage (OAuth
 * requests); API-key traffic and all cost go to `org`, since the cost report has no user
 * dimension. If the API refuses `group_by[]=account_id` (documented only in the newer
 * reference), the report is read by model only, all of it as `org`.
 */
import { z } from 'zod';
import type { DayRange, UsageBatch, UsageSource } from '../app/ports/index.js';
import { UsageSourceError } from '../app/ports/index.js';
import { endpoint, ProviderHttp, ProviderRejectedError, type HttpOptions } from './http-client.js';
import type { KeyedProviderSettings } from './http-client.js';
import {
  centsToMicros, count, dayFromTimestamp, decimal, followCursor, inRange, midnightMs, nextDay, optionalCount,
  parseItem, RecordAccumulator, usageRecord, type Rejection,
} from './normalise.js';

export type AnthropicSettings = KeyedProviderSettings;

/** HTTP knobs plus the current time, which bounds `ending_at` (Anthropic rejects a future one). */
export interface AnthropicOptions extends HttpOptions {
  now?: () => Date;
}

const ORG = 'org';
const TOOL = 'Claude API';

/** The HTTP client both Anthropic sources use: admin key and API version headers. */
export function anthropicHttp(settings: AnthropicSettings, options: HttpOptions): ProviderHttp {
  return new ProviderHttp(
    { label: 'Anthropic', credential: 'ANTHROPIC_ADMIN_KEY', headers: { 'x-api-key': settings.key, 'anthropic-version': '2023-06-01' } },
    options,
  );
}

const reportPage = z.object({
  data: z.array(z.object({ starting_at: z.string(), results: z.array(z.unknown()) })),
  has_more: z.boolean(),
  next_page: z.string().nullish(),
});
type ReportPage = z.infer<typeof reportPage>;

const messagesResult = z.object({
  uncached_input_tokens: count,
  cache_creation: z.object({ ephemeral_1h_input_tokens: optionalCount, ephemeral_5m_input_tokens: optionalCount }).nullish(),
  cache_read_input_tokens: optionalCount,
  output_tokens: count,
  server_tool_use: z.object({ web_search_requests: optionalCount }).nullish(),
  account_id: z.string().min(1).nullish(),
  model: z.string().nullish(),
});

const costResult = z.object({
  amount: decimal,
  currency: z.string().refine((c) => c.toUpperCase() === 'USD', 'only USD amounts can be imported'),
});

const usersPage = z.object({ data: z.array(z.unknown()), has_more: z.boolean(), last_id: z.string().nullish() });
const user = z.object({ id: z.string().min(1), email: z.string().min(3) });

/** Builds the Anthropic (Claude API) usage source. */
export function createAnthropicSource(settings: AnthropicSettings, options: AnthropicOptions = {}): UsageSource {
  const http = anthropicHttp(settings, options);
  const now = options.now ?? (() => new Date());
  return {
    name: 'anthropic',
    async *pull(range: DayRange): AsyncIterable<UsageBatch> {
      const records = new RecordAccumulator();
      const rejected: Rejection[] = [];
      const window = reportWindow(range, now());
      if (window) {
        await readMessages(http, settings.baseUrl, window, range, records, rejected);
        await readCosts(http, settings.baseUrl, window, range, records, rejected);
      }
      const identityEmails = await readUsers(http, settings.baseUrl, rejected);
      yield { records: records.records(), rejected, identityEmails };
    },
  };
}

/** `starting_at` / `ending_at` for the range, ending no later than today 00:00 UTC; null when empty. */
function reportWindow(range: DayRange, now: Date): [string, string][] | null {
  const today = now.toISOString().slice(0, 10);
  const end = nextDay(range.to) < today ? nextDay(range.to) : today;
  if (midnightMs(end) <= midnightMs(range.from)) return null;
  return [['starting_at', `${range.from}T00:00:00Z`], ['ending_at', `${end}T00:00:00Z`], ['bucket_width', '1d'], ['limit', '31']];
}

function reportPages(http: ProviderHttp, url: (cursor: string | undefined) => string) {
  return followCursor(
    'Anthropic',
    async (cursor) => (await http.json(url(cursor), reportPage)).value,
    (page: ReportPage) => {
      if (!page.has_more) return undefined;
      if (!page.next_page) throw new UsageSourceError('SOURCE.BAD_RESPONSE', 'Anthropic said more pages follow but sent no next_page cursor.');
      return page.next_page;
    },
  );
}

async function readMessages(
  http: ProviderHttp, base: string, window: [string, string][], range: DayRange, records: RecordAccumulator, rejected: Rejection[],
): Promise<void> {
  try {
    await readMessagesGrouped(http, base, [...window, ['group_by[]', 'account_id'], ['group_by[]', 'model']], range, records, rejected);
  } catch (error) {
    // NOTE: nothing was added yet when the first page is refused, so the fallback cannot double count.
    if (!(error instanceof ProviderRejectedError && error.status === 400 && records.records().length === 0)) throw error;
    await readMessagesGrouped(http, base, [...window, ['group_by[]', 'model']], range, records, rejected);
  }
}

async function readMessagesGrouped(
  http: ProviderHttp, base: string, params: [string, string][], range: DayRange, records: RecordAccumulator, rejected: Rejection[],
): Promise<void> {
  const url = (cursor: string | undefined) =>
    endpoint(base, '/v1/organizations/usage_report/messages', cursor ? [...params, ['page', cursor]] : params);
  for await (const { page, pageNo } of reportPages(http, url)) {
    page.data.forEach((bucket, b) => {
      const day = dayFromTimestamp(bucket.starting_at);
      if (!day || !inRange(day, range)) return;
      bucket.results.forEach((item, r) => {
        const result = parseItem(messagesResult, item, `messages page ${pageNo}, bucket ${b + 1}, result ${r + 1}`, rejected);
        if (!result) return;
        const cacheWrite = (result.cache_creation?.ephemeral_1h_input_tokens ?? 0) + (result.cache_creation?.ephemeral_5m_input_tokens ?? 0);
        const webSearches = result.server_tool_use?.web_search_requests ?? 0;
        records.add(usageRecord({
          source: 'anthropic',
          identity: result.account_id ?? ORG,
          day,
          tool: TOOL,
          model: result.model ?? '',
          // Total input is uncached + cache writes + cache reads; uncached alone under-counts.
          inputTokens: result.uncached_input_tokens + cacheWrite + result.cache_read_input_tokens,
          outputTokens: result.output_tokens,
          cachedTokens: result.cache_read_input_tokens,
          activity: webSearches > 0 ? { webSearches } : {},
        }));
      });
    });
  }
}

async function readCosts(
  http: ProviderHttp, base: string, window: [string, string][], range: DayRange, records: RecordAccumulator, rejected: Rejection[],
): Promise<void> {
  const url = (cursor: string | undefined) => endpoint(base, '/v1/organizations/cost_report', cursor ? [...window, ['page', cursor]] : window);
  for await (const { page, pageNo } of reportPages(http, url)) {
    page.data.forEach((bucket, b) => {
      const day = dayFromTimestamp(bucket.starting_at);
      if (!day || !inRange(day, range)) return;
      bucket.results.forEach((item, r) => {
        const result = parseItem(costResult, item, `cost page ${pageNo}, bucket ${b + 1}, result ${r + 1}`, rejected);
        // The amount is a decimal string in cents: "123.45" is $1.23.
        if (result) records.add(usageRecord({ source: 'anthropic', identity: ORG, day, tool: TOOL, costMicros: centsToMicros(result.amount) }));
      });
    });
  }
}

async function readUsers(http: ProviderHttp, base: string, rejected: Rejection[]): Promise<Record<string, string>> {
  const emails: Record<string, string> = {};
  const url = (after: string | undefined) => endpoint(base, '/v1/organizations/users', after ? [['limit', '100'], ['after_id', after]] : [['limit', '100']]);
  const pages = followCursor(
    'Anthropic',
    async (after) => (await http.json(url(after), usersPage)).value,
    (page: z.infer<typeof usersPage>) => {
      if (!page.has_more) return undefined;
      if (!page.last_id) throw new UsageSourceError('SOURCE.BAD_RESPONSE', 'Anthropic said more users follow but sent no last_id to continue after.');
      return page.last_id;
    },
  );
  for await (const { page, pageNo } of pages) {
    page.data.forEach((item, i) => {
      const u = parseItem(user, item, `users page ${pageNo}, user ${i + 1}`, rejected);
      if (u) emails[u.id] = u.email;
    });
  }
  return emails;
}
