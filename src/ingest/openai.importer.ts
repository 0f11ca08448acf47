/**
 * OpenAI Admin API importer: completions usage per user and model per UTC day, organisation
 * costs per day, and the users list that turns user ids into emails.
 *
 * Identities: the organisation user id (`user-…`); usage without a user (service accounts,
 * unattributed keys) and all costs go to the identity `org`. OpenAI's costs endpoint has no
 * user dimension, so cost is recorded once per day for `org` and never spread over people.
 */
import { z } from 'zod';
import type { DayRange, UsageBatch, UsageSource } from '../app/ports/index.js';
import { UsageSourceError } from '../app/ports/index.js';
import { endpoint, ProviderHttp, type HttpOptions } from './http-client.js';
import type { KeyedProviderSettings } from './http-client.js';
import {
  count, dayFromUnix, decimal, followCursor, inRange, midnightMs, nextDay, optionalCount, parseItem,
  RecordAccumulator, usageRecord, usdToMicros, type Rejection,
} from './normalise.js';

export type OpenAiSettings = KeyedProviderSettings;

/** The identity that carries usage and cost OpenAI does not attribute to a user. */
export const ORG_IDENTITY = 'org';
const TOOL = 'OpenAI API';

const bucketPage = z.object({
  data: z.array(z.object({ start_time: z.number().int(), results: z.array(z.unknown()) })),
  has_more: z.boolean(),
  next_page: z.string().nullish(),
});
type BucketPage = z.infer<typeof bucketPage>;

const usageResult = z.object({
  input_tokens: count,
  output_tokens: count,
  input_cached_tokens: optionalCount,
  input_audio_tokens: optionalCount,
  output_audio_tokens: optionalCount,
  num_model_requests: count,
  user_id: z.string().min(1).nullish(),
  model: z.string().nullish(),
});

const costResult = z.object({
  amount: z.object({
    value: decimal,
    currency: z.string().refine((c) => c.toLowerCase() === 'usd', 'only USD amounts can be imported'),
  }),
});

const usersPage = z.object({ data: z.array(z.unknown()), has_more: z.boolean(), last_id: z.string().nullish() });
const user = z.object({ id: z.string().min(1), email: z.string().min(3) });

/** Builds the OpenAI usage source. */
export function createOpenAiSource(settings: OpenAiSettings, options: HttpOptions = {}): UsageSource {
  const http = new ProviderHttp(
    { label: 'OpenAI', credential: 'OPENAI_ADMIN_KEY', headers: { authorization: `Bearer ${settings.key}` } },
    options,
  );
  return {
    name: 'openai',
    async *pull(range: DayRange): AsyncIterable<UsageBatch> {
      const records = new RecordAccumulator();
      const rejected: Rejection[] = [];
      await readUsage(http, settings.baseUrl, range, records, rejected);
      await readCosts(http, settings.baseUrl, range, records, rejected);
      const identityEmails = await readUsers(http, settings.baseUrl, rejected);
      yield { records: records.records(), rejected, identityEmails };
    },
  };
}

function bucketPages(http: ProviderHttp, url: (cursor: string | undefined) => string) {
  return followCursor(
    'OpenAI',
    async (cursor) => (await http.json(url(cursor), bucketPage)).value,
    (page: BucketPage) => {
      if (!page.has_more) return undefined;
      if (!page.next_page) throw new UsageSourceError('SOURCE.BAD_RESPONSE', 'OpenAI said more pages follow but sent no next_page cursor.');
      return page.next_page;
    },
  );
}

function timeParams(range: DayRange, limit: number): [string, string][] {
  return [
    ['start_time', String(midnightMs(range.from) / 1000)],
    ['end_time', String(midnightMs(nextDay(range.to)) / 1000)],
    ['bucket_width', '1d'],
    ['limit', String(limit)],
  ];
}

async function readUsage(http: ProviderHttp, base: string, range: DayRange, records: RecordAccumulator, rejected: Rejection[]): Promise<void> {
  const params = [...timeParams(range, 31), ['group_by', 'user_id'], ['group_by', 'model']] as [string, string][];
  const url = (cursor: string | undefined) => endpoint(base, '/v1/organization/usage/completions', cursor ? [...params, ['page', cursor]] : params);
  for await (const { page, pageNo } of bucketPages(http, url)) {
    page.data.forEach((bucket, b) => {
      const day = dayFromUnix(bucket.start_time);
      if (!inRange(day, range)) return;
      bucket.results.forEach((item, r) => {
        const result = parseItem(usageResult, item, `completions page ${pageNo}, bucket ${b + 1}, result ${r + 1}`, rejected);
        if (!result) return;
        records.add(usageRecord({
          source: 'openai',
          identity: result.user_id ?? ORG_IDENTITY,
          day,
          tool: TOOL,
          model: result.model ?? '',
          // input_tokens already includes the cached subset; audio tokens are counted apart.
          inputTokens: result.input_tokens + result.input_audio_tokens,
          outputTokens: result.output_tokens + result.output_audio_tokens,
          cachedTokens: result.input_cached_tokens,
          requests: result.num_model_requests,
        }));
      });
    });
  }
}

async function readCosts(http: ProviderHttp, base: string, range: DayRange, records: RecordAccumulator, rejected: Rejection[]): Promise<void> {
  const params = timeParams(range, 180);
  const url = (cursor: string | undefined) => endpoint(base, '/v1/organization/costs', cursor ? [...params, ['page', cursor]] : params);
  for await (const { page, pageNo } of bucketPages(http, url)) {
    page.data.forEach((bucket, b) => {
      const day = dayFromUnix(bucket.start_time);
      if (!inRange(day, range)) return;
      bucket.results.forEach((item, r) => {
        const result = parseItem(costResult, item, `costs page ${pageNo}, bucket ${b + 1}, result ${r + 1}`, rejected);
        if (!result) return;
        records.add(usageRecord({ source: 'openai', identity: ORG_IDENTITY, day, tool: TOOL, costMicros: usdToMicros(result.amount.value) }));
      });
    });
  }
}

async function readUsers(http: ProviderHttp, base: string, rejected: Rejection[]): Promise<Record<string, string>> {
  const emails: Record<string, string> = {};
  const url = (after: string | undefined) => endpoint(base, '/v1/organization/users', after ? [['limit', '100'], ['after', after]] : [['limit', '100']]);
  const pages = followCursor(
    'OpenAI',
    async (after) => (await http.json(url(after), usersPage)).value,
    (page: z.infer<typeof usersPage>) => {
      if (!page.has_more) return undefined;
      const after = page.last_id ?? lastId(page.data);
      if (!after) throw new UsageSourceError('SOURCE.BAD_RESPONSE', 'OpenAI said more users follow but sent no last_id to continue after.');
      return after;
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

function lastId(items: unknown[]): string | undefined {
  const last = user.safeParse(items.at(-1));
  return last.success ? last.data.id : undefined;
}
