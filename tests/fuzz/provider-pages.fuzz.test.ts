/**
 * Fuzzing every provider page parser over HTTP. Each provider's fake serves one real pull
 * through a recording proxy, so the fuzz starts from the documented shapes; then, per run,
 * every page is answered once with a mutation of its sample (values swapped for other JSON,
 * keys dropped, arrays grown or emptied, NDJSON lines broken, odd statuses) and anything
 * after that with 404. Every pull must end with records or a UsageSourceError, never another
 * exception, and records stay sane. Seeded and bounded; FUZZ_RUNS / FUZZ_SEED go longer.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageSourceError, type UsageSource } from '../../src/app/ports/index.js';
import { createAnthropicSource } from '../../src/ingest/anthropic.importer.js';
import { createClaudeCodeSource } from '../../src/ingest/claude-code.importer.js';
import { createCopilotSource } from '../../src/ingest/copilot.importer.js';
import { createCursorSource } from '../../src/ingest/cursor.importer.js';
import { createOpenAiSource } from '../../src/ingest/openai.importer.js';
import { anthropicUser, costResult as anthropicCost, messagesResult, reportBucket, startFakeAnthropic } from '../support/fake-anthropic.js';
import { cursorMember, cursorRow, startFakeCursor } from '../support/fake-cursor.js';
import { copilotSeat, ndjson, startFakeGitHub, userDay } from '../support/fake-github.js';
import type { FakeHttpServer } from '../support/fake-http.js';
import { mutated } from '../support/fuzz-json.js';
import { bucket, costResult as openAiCost, orgUser, startFakeOpenAi, usageResult } from '../support/fake-openai.js';
import { drain } from '../support/usage-batches.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const RANGE = { from: '2026-11-16', to: '2026-11-17' };
const LATER = () => new Date('2026-11-25T09:00:00Z');
const BASE = '__BASE__';
const instant = () => Promise.resolve();

/** What a page looked like when the fake served it: the URL base replaced by {@link BASE}. */
interface Sample { status: number; type: string; text: string }

/** A loopback server answering with `answer(path)`, which sees the server's own URL. */
async function serve(answer: (req: http.IncomingMessage, body: string, base: string) => Promise<Sample> | Sample): Promise<{ url: string; close(): Promise<void> }> {
  let base = '';
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void Promise.resolve(answer(req, Buffer.concat(chunks).toString('utf8'), base)).then((s) => {
        res.writeHead(s.status, { 'content-type': s.type, ...(s.status === 429 && { 'retry-after': '1' }) });
        res.end(s.text.replaceAll(BASE, base));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: base, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A request as the key of its answer: method, path with query, and body (Cursor pages by POST body). */
const keyOf = (req: http.IncomingMessage, body: string): string => `${req.method} ${req.url} ${body}`;

/** Pulls once through a proxy in front of the fake and keeps every answer, by request. */
async function samplesOf(fake: FakeHttpServer, pull: (base: string) => Promise<unknown>): Promise<Map<string, Sample>> {
  const samples = new Map<string, Sample>();
  const proxy = await serve(async (req, body, base) => {
    const res = await fetch(`${fake.url}${req.url}`, { method: req.method, headers: Object.fromEntries(Object.entries(req.headers).filter(([k]) => k !== 'host' && k !== 'content-length')) as Record<string, string>, ...(body && { body }) });
    const text = (await res.text()).replaceAll(fake.url, base);
    const sample = { status: res.status, type: res.headers.get('content-type') ?? 'application/json', text: text.replaceAll(base, BASE) };
    if (res.ok) samples.set(keyOf(req, body), sample);
    return { ...sample, text };
  });
  try {
    await pull(proxy.url);
  } finally {
    await proxy.close();
    await fake.close();
  }
  return samples;
}

/** A page answer mutated from its sample: JSON, NDJSON line by line, or text cut short. */
function pageAnswer(sample: Sample): fc.Arbitrary<Sample> {
  const status = fc.oneof({ weight: 20, arbitrary: fc.constant(sample.status) }, fc.constantFrom(204, 400, 401, 403, 404, 429, 500, 503));
  let body: fc.Arbitrary<string>;
  try {
    body = mutated(JSON.parse(sample.text)).map((v) => JSON.stringify(v) ?? 'null');
  } catch {
    const lines = sample.text.split('\n').map((l): fc.Arbitrary<string> => {
      try {
        return mutated(JSON.parse(l)).map((v) => JSON.stringify(v) ?? '');
      } catch {
        return fc.constant(l);
      }
    });
    body = fc.tuple(...lines).map((ls) => ls.join('\n'));
  }
  const cut = fc.tuple(body, fc.nat()).map(([b, n]) => b.slice(0, n % (b.length + 1)));
  const text = fc.oneof({ weight: 10, arbitrary: fc.constant(sample.text) }, { weight: 10, arbitrary: body }, cut, fc.string({ maxLength: 50 }));
  return fc.record({ status, type: fc.constant(sample.type), text });
}

interface Provider { name: string; samples: Map<string, Sample>; source(base: string): UsageSource }
const providers: Provider[] = [];

beforeAll(async () => {
  const anthropicData = {
    key: 'sk-ant-admin-fuzz', refuseAccountGrouping: false,
    messagePages: [[reportBucket('2026-11-16', [messagesResult({ account_id: 'user_alice', model: 'claude-sonnet-4', uncached_input_tokens: 1500, output_tokens: 500 })])], [reportBucket('2026-11-17', [messagesResult({ account_id: null, model: 'claude-opus-4-1', uncached_input_tokens: 10, output_tokens: 20 })])]],
    costPages: [[reportBucket('2026-11-16', [anthropicCost('1.5')])]],
    userPages: [[anthropicUser('user_alice', 'alice@example.com')]],
    claudeCode: {
      '2026-11-16': [[{
        date: '2026-11-16T00:00:00Z', actor: { type: 'user_actor', email_address: 'alice@example.com' }, organization_id: 'org', customer_type: 'api', terminal_type: 'vscode',
        core_metrics: { num_sessions: 2, lines_of_code: { added: 10, removed: 1 }, commits_by_claude_code: 1, pull_requests_by_claude_code: 0 },
        tool_actions: { edit_tool: { accepted: 3, rejected: 1 } },
        model_breakdown: [{ model: 'claude-sonnet-4', tokens: { input: 100, output: 10, cache_read: 0, cache_creation: 0 }, estimated_cost: { currency: 'USD', amount: 12 } }],
      }]],
    },
  };
  const anthropic = (base: string) => createAnthropicSource({ key: anthropicData.key, baseUrl: base }, { sleep: instant, baseDelayMs: 1, attempts: 2, now: LATER });
  const claudeCode = (base: string) => createClaudeCodeSource({ key: anthropicData.key, baseUrl: base }, { sleep: instant, baseDelayMs: 1, attempts: 2, now: LATER });
  const openAiData = {
    key: 'sk-admin-fuzz',
    usagePages: [[bucket('2026-11-16', [usageResult({ user_id: 'user-alice', model: 'gpt-4o', input_tokens: 1000, output_tokens: 500, num_model_requests: 5 })])], [bucket('2026-11-17', [usageResult({ user_id: null, model: 'o3', input_tokens: 10, output_tokens: 20, num_model_requests: 1 })])]],
    costPages: [[bucket('2026-11-16', [openAiCost(0.06)])]],
    userPages: [[orgUser('user-alice', 'alice@example.com')]],
  };
  const openAi = (base: string) => createOpenAiSource({ key: openAiData.key, baseUrl: base }, { sleep: instant, baseDelayMs: 1, attempts: 2 });
  const cursorData = { key: 'key_fuzz', members: [cursorMember(1, 'alice@example.com')], usage: { '2026-11-16': [[cursorRow(1, 'alice@example.com', '2026-11-16', { chatRequests: 3, acceptedLinesAdded: 5 })], [cursorRow(1, 'alice@example.com', '2026-11-17', { agentRequests: 2 })]] } };
  const cursor = (base: string) => createCursorSource({ key: cursorData.key, baseUrl: base }, { sleep: instant, baseDelayMs: 1, attempts: 2 });
  const gitHubData = {
    token: 'ghp_fuzz', org: 'acme',
    seatPages: [[copilotSeat('alice', '2026-11-17T10:00:00Z')], [copilotSeat('bob', null)]],
    reports: { '2026-11-16': [ndjson(userDay('alice', '2026-11-16', { user_initiated_interaction_count: 10, loc_added_sum: 100 }), userDay('bob', '2026-11-16', { used_chat: true }))] },
  };
  const copilot = (base: string) => createCopilotSource({ token: gitHubData.token, org: 'acme', baseUrl: base }, { sleep: instant, baseDelayMs: 1, attempts: 2, now: LATER });

  const specs: [string, () => Promise<FakeHttpServer>, (base: string) => UsageSource][] = [
    ['Anthropic', () => startFakeAnthropic(anthropicData), anthropic],
    ['Claude Code', () => startFakeAnthropic(anthropicData), claudeCode],
    ['OpenAI', () => startFakeOpenAi(openAiData), openAi],
    ['Cursor', () => startFakeCursor(cursorData), cursor],
    ['Copilot', () => startFakeGitHub(gitHubData), copilot],
  ];
  for (const [name, start, source] of specs) {
    const samples = await samplesOf(await start(), async (base) => {
      const batch = await drain(source(base), RANGE);
      // The fuzz starts from pulls that worked: a sample of a failure would test nothing.
      expect(batch.records.length, `${name}: the sample pull read nothing`).toBeGreaterThan(0);
    });
    providers.push({ name, samples, source });
  }
});

let fuzz: { url: string; close(): Promise<void> } | undefined;
let answers = new Map<string, Sample>();
beforeAll(async () => {
  fuzz = await serve((req, body) => {
    const key = keyOf(req, body);
    const answer = answers.get(key);
    answers.delete(key); // once per run: a retry or a request the sample pull never made ends in a 404
    return answer ?? { status: 404, type: 'application/json', text: '{"error":"not found"}' };
  });
});
afterAll(async () => fuzz?.close());

describe('fuzz: provider page parsers', () => {
  it.each(['Anthropic', 'Claude Code', 'OpenAI', 'Cursor', 'Copilot'])('%s: any page ends in records or a UsageSourceError', async (name) => {
    const provider = providers.find((p) => p.name === name)!;
    expect(provider.samples.size).toBeGreaterThan(0);
    const pages = fc.record(Object.fromEntries([...provider.samples].map(([key, sample]) => [key, pageAnswer(sample)])));
    await fc.assert(fc.asyncProperty(pages, async (page) => {
      answers = new Map(Object.entries(page));
      try {
        const batch = await drain(provider.source(fuzz!.url), RANGE);
        for (const r of batch.records) {
          expect(r.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(r.identity.length).toBeGreaterThan(0);
          for (const n of [r.inputTokens, r.outputTokens, r.cachedTokens, r.requests, r.costMicros]) expect(Number.isSafeInteger(n) && n >= 0, `${name}: ${JSON.stringify(r)}`).toBe(true);
        }
      } catch (error) {
        expect(error, `${name}: ${error instanceof Error ? error.stack : String(error)}`).toBeInstanceOf(UsageSourceError);
      }
    }), { numRuns: Math.ceil(RUNS / 3), seed: SEED });
  }, 120_000);
});
