/**
 * Claude Code analytics importer (Anthropic Admin API): one request series per UTC day, one
 * record per actor per day, with activity (sessions, lines, commits, pull requests, tool
 * actions) and per-model tokens with an estimated cost in cents.
 *
 * Each actor-day becomes one activity record with model '' plus one record per model for
 * tokens and cost, so the store's (identity, day, tool, model) key never repeats.
 * Identities: the user's email (`user_actor`), or `api-key:<name>` for an `api_actor`.
 */
import { z } from 'zod';
import type { DayRange, UsageBatch, UsageSource } from '../app/ports/index.js';
import { UsageSourceError } from '../app/ports/index.js';
import { endpoint, type ProviderHttp } from './http-client.js';
import { anthropicHttp, type AnthropicOptions, type AnthropicSettings } from './anthropic.importer.js';
import {
  centsToMicros, count, dayFromTimestamp, daysOf, decimal, followCursor, inRange, parseItem, RecordAccumulator,
  usageRecord, type Rejection,
} from './normalise.js';

const TOOL = 'Claude Code';

const page = z.object({ data: z.array(z.unknown()), has_more: z.boolean(), next_page: z.string().nullish() });
type Page = z.infer<typeof page>;

const actor = z.discriminatedUnion('type', [
  z.object({ type: z.literal('user_actor'), email_address: z.string().min(3) }),
  z.object({ type: z.literal('api_actor'), api_key_name: z.string().min(1) }),
]);

const record = z.object({
  date: z.string().refine((d) => dayFromTimestamp(d) !== null, 'must be a date'),
  actor,
  core_metrics: z.object({
    num_sessions: count,
    lines_of_code: z.object({ added: count, removed: count }),
    commits_by_claude_code: count,
    pull_requests_by_claude_code: count,
  }),
  tool_actions: z.record(z.string(), z.object({ accepted: count, rejected: count })).nullish(),
  model_breakdown: z.array(z.object({
    model: z.string(),
    tokens: z.object({ input: count, output: count, cache_read: count, cache_creation: count }),
    estimated_cost: z.object({
      currency: z.string().refine((c) => c.toUpperCase() === 'USD', 'only USD amounts can be imported'),
      amount: decimal,
    }),
  })).nullish(),
});
type ActorDay = z.infer<typeof record>;

/** Builds the Claude Code usage source (same key as the Anthropic source). */
export function createClaudeCodeSource(settings: AnthropicSettings, options: AnthropicOptions = {}): UsageSource {
  const http = anthropicHttp(settings, options);
  const now = options.now ?? (() => new Date());
  return {
    name: 'claude-code',
    async *pull(range: DayRange): AsyncIterable<UsageBatch> {
      const records = new RecordAccumulator();
      const rejected: Rejection[] = [];
      const identityEmails: Record<string, string> = {};
      const today = now().toISOString().slice(0, 10);
      // NOTE: the endpoint returns one day per request; days after today have no data yet.
      for (const day of daysOf(range).filter((d) => d <= today)) {
        await readDay(http, settings.baseUrl, day, range, { records, rejected, identityEmails });
      }
      yield { records: records.records(), rejected, identityEmails };
    },
  };
}

interface Sink {
  records: RecordAccumulator;
  rejected: Rejection[];
  identityEmails: Record<string, string>;
}

async function readDay(http: ProviderHttp, base: string, day: string, range: DayRange, sink: Sink): Promise<void> {
  const params: [string, string][] = [['starting_at', day], ['limit', '1000']];
  const pages = followCursor(
    'Anthropic',
    async (cursor) => (await http.json(endpoint(base, '/v1/organizations/usage_report/claude_code', cursor ? [...params, ['page', cursor]] : params), page)).value,
    (p: Page) => {
      if (!p.has_more) return undefined;
      if (!p.next_page) throw new UsageSourceError('SOURCE.BAD_RESPONSE', 'Anthropic said more Claude Code records follow but sent no next_page cursor.');
      return p.next_page;
    },
  );
  for await (const { page: p, pageNo } of pages) {
    p.data.forEach((item, i) => {
      const parsed = parseItem(record, item, `claude code ${day} page ${pageNo}, record ${i + 1}`, sink.rejected);
      if (parsed) addActorDay(parsed, range, sink);
    });
  }
}

function addActorDay(item: ActorDay, range: DayRange, sink: Sink): void {
  const day = dayFromTimestamp(item.date)!;
  if (!inRange(day, range)) return;
  const identity = item.actor.type === 'user_actor' ? item.actor.email_address : `api-key:${item.actor.api_key_name}`;
  if (item.actor.type === 'user_actor') sink.identityEmails[identity] = item.actor.email_address;
  const core = item.core_metrics;
  const actions = Object.values(item.tool_actions ?? {});
  sink.records.add(usageRecord({
    source: 'claude-code', identity, day, tool: TOOL,
    activity: {
      sessions: core.num_sessions,
      linesAdded: core.lines_of_code.added,
      linesRemoved: core.lines_of_code.removed,
      commits: core.commits_by_claude_code,
      pullRequests: core.pull_requests_by_claude_code,
      toolActionsAccepted: actions.reduce((n, a) => n + a.accepted, 0),
      toolActionsRejected: actions.reduce((n, a) => n + a.rejected, 0),
    },
  }));
  for (const m of item.model_breakdown ?? []) {
    sink.records.add(usageRecord({
      source: 'claude-code', identity, day, tool: TOOL, model: m.model,
      inputTokens: m.tokens.input + m.tokens.cache_read + m.tokens.cache_creation,
      outputTokens: m.tokens.output,
      cachedTokens: m.tokens.cache_read,
      // Estimated cost in cents (minor units): 1025 is $10.25.
      costMicros: centsToMicros(m.estimated_cost.amount),
    }));
  }
}
