/**
 * The one HTTP client every provider importer uses, built on `fetch`: auth headers, bounded
 * retries (429 honours Retry-After, 5xx and network errors back off exponentially), and
 * translation of failures into `UsageSourceError` codes with one sentence for an admin.
 *
 * NOTE: hand-written rather than p-retry because the retry decision depends on the status
 * (429 waits what the provider says, 401/403 never retry, other 4xx fail at once) and the
 * final failure must become a coded, secret-free sentence; p-retry would wrap the same
 * logic without removing any of it.
 */
import type { z } from 'zod';
import { UsageSourceError } from '../app/ports/index.js';
import { redactSecrets } from '../core/redact.js';

/** Knobs shared by every importer; tests inject `fetch`, `sleep` and short delays. */
/** Where and how to reach a provider that authenticates with one admin key (from `config.usageSources`). */
export interface KeyedProviderSettings {
  key: string;
  baseUrl: string;
}

export interface HttpOptions {
  /** Defaults to the global fetch. */
  fetch?: typeof globalThis.fetch;
  /** How to wait between attempts; defaults to a timer. */
  sleep?: (ms: number) => Promise<void>;
  /** Total attempts per request, first included (default 5). */
  attempts?: number;
  /** First backoff delay for 5xx and network errors, doubled each retry (default 1,000 ms). */
  baseDelayMs?: number;
  /** Ceiling for any single wait; a provider's Retry-After beyond it fails the request at once (default 60,000 ms). */
  maxDelayMs?: number;
  /** Time allowed for one attempt, body included, before it counts as a network error (default 30,000 ms). */
  timeoutMs?: number;
  /** Time allowed for one request in all, attempts and waits included (default 120,000 ms). */
  deadlineMs?: number;
  /** Every configured secret: never repeated from a provider's answer into an error sentence. */
  secrets?: readonly string[];
  /** Told of every failed attempt (`GET /metrics`): the provider's label and why, in a word. */
  onFailure?: (provider: string, reason: ProviderFailure) => void;
}

/** Why an attempt failed, as counted. */
export type ProviderFailure = 'network' | 'server-error' | 'rate-limited' | 'auth' | 'rejected' | 'bad-response';

/** Who is being called, for auth headers and error sentences. */
export interface Provider {
  /** Human name in error sentences, e.g. `OpenAI`. */
  label: string;
  /** The environment variable holding the credential, named in auth errors. */
  credential: string;
  /** Headers sent with every authenticated request (auth, API version). */
  headers: Record<string, string>;
}

export interface RequestInit {
  method?: 'GET' | 'POST';
  /** Sent as JSON. */
  body?: unknown;
  /** False for pre-signed URLs, which must never see the provider credential. */
  authenticated?: boolean;
}

/** A successful (2xx) answer, body read as text. */
export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
}

/**
 * A 4xx other than 401, 403 and 429: the provider understood the request and refused it.
 * Carries the status so an importer can fall back (e.g. to a coarser grouping on 400).
 */
export class ProviderRejectedError extends UsageSourceError {
  constructor(readonly status: number, message: string) {
    super('SOURCE.BAD_RESPONSE', message);
  }
}

type Outcome = { kind: 'done'; answer: HttpAnswer } | { kind: 'retry'; reason: string; waitMs: number | undefined };

const sleepTimer = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** One provider's HTTP access with retries and error translation. */
export class ProviderHttp {
  private readonly fetchFn: typeof globalThis.fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly attempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly timeoutMs: number;
  private readonly deadlineMs: number;
  private readonly secrets: readonly string[];
  private readonly onFailure: (provider: string, reason: ProviderFailure) => void;

  constructor(private readonly provider: Provider, options: HttpOptions = {}) {
    this.fetchFn = options.fetch ?? globalThis.fetch;
    this.sleep = options.sleep ?? sleepTimer;
    this.attempts = Math.max(1, options.attempts ?? 5);
    this.baseDelayMs = options.baseDelayMs ?? 1_000;
    this.maxDelayMs = options.maxDelayMs ?? 60_000;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.deadlineMs = options.deadlineMs ?? 120_000;
    this.onFailure = options.onFailure ?? (() => undefined);
    // The provider's own credential travels in its headers; it is a secret even if not listed.
    this.secrets = [...(options.secrets ?? []), ...Object.values(provider.headers).flatMap((v) => [v, v.replace(/^(Bearer|Basic)\s+/i, '')])];
  }

  /** Sends the request until it succeeds, fails for good, or attempts run out. */
  async send(url: string, init: RequestInit = {}): Promise<HttpAnswer> {
    const where = describeUrl(url);
    const deadline = Date.now() + this.deadlineMs;
    let last = 'no answer';
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      const outcome = await this.tryOnce(url, init, where, Math.max(1, Math.min(this.timeoutMs, deadline - Date.now())));
      if (outcome.kind === 'done') return outcome.answer;
      last = outcome.reason;
      if (attempt === this.attempts) break;
      const wait = outcome.waitMs ?? Math.min(this.maxDelayMs, this.backoff(attempt));
      // NOTE: waiting out a long Retry-After would hold the pull (and its claim) for nothing: say so now.
      if (wait > this.maxDelayMs) throw this.unavailable(`${this.provider.label} asked shiplog to wait ${seconds(wait)} before calling ${where} again (${last}), longer than the ${seconds(this.maxDelayMs)} it waits; try again later.`);
      if (Date.now() + wait >= deadline) throw this.unavailable(`${this.provider.label} did not answer ${where} successfully within ${seconds(this.deadlineMs)} (${attempt} attempts, last: ${last}); try again later.`);
      await this.sleep(wait);
    }
    throw this.unavailable(`${this.provider.label} did not answer ${where} successfully after ${this.attempts} attempts (last: ${last}); try again later.`);
  }

  private unavailable(message: string): UsageSourceError {
    return new UsageSourceError('SOURCE.UNAVAILABLE', message);
  }

  /** Sends the request and validates the JSON body against `schema`. */
  async json<T>(url: string, schema: z.ZodType<T>, init: RequestInit = {}): Promise<{ value: T; headers: Headers }> {
    const answer = await this.send(url, init);
    const value = this.parse(answer.text, schema, describeUrl(url));
    return { value, headers: answer.headers };
  }

  /** Parses and validates a JSON text; a wrong shape is `SOURCE.BAD_RESPONSE`. */
  parse<T>(text: string, schema: z.ZodType<T>, where: string): T {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw this.badResponse(where, 'the body is not JSON');
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) throw this.badResponse(where, describeZodError(parsed.error));
    return parsed.data;
  }

  private async tryOnce(url: string, init: RequestInit, where: string, timeoutMs: number): Promise<Outcome> {
    let response: Response;
    let text: string;
    try {
      response = await this.fetchFn(url, this.requestInit(init, timeoutMs));
      text = await response.text();
    } catch (error) {
      this.onFailure(this.provider.label, 'network');
      return { kind: 'retry', reason: `network error: ${redactSecrets(describeNetworkError(error), this.secrets)}`, waitMs: undefined };
    }
    return this.judge(response.status, response.headers, text, init, where);
  }

  /** What an answer means: done, worth another attempt, or a failure to throw now. */
  private judge(status: number, headers: Headers, text: string, init: RequestInit, where: string): Outcome {
    if (status >= 200 && status < 300) return { kind: 'done', answer: { status, headers, text } };
    this.onFailure(this.provider.label, failureOf(status, headers));
    if (status >= 500) return { kind: 'retry', reason: `HTTP ${status}`, waitMs: undefined };
    // NOTE: GitHub signals rate limits with 403 as well as 429; those are not auth failures.
    if (rateLimited(status, headers)) return { kind: 'retry', reason: `HTTP ${status} rate limited`, waitMs: rateLimitWaitMs(headers) };
    if ((status === 401 || status === 403) && init.authenticated === false) {
      throw new UsageSourceError('SOURCE.UNAVAILABLE', `${this.provider.label} refused a pre-signed download link (HTTP ${status}); it has probably expired, so run the import again.`);
    }
    if (status === 401 || status === 403) {
      throw new UsageSourceError(
        'SOURCE.AUTH',
        `${this.provider.label} refused the credential in ${this.provider.credential} (HTTP ${status}): it is missing, wrong, expired or lacks admin access.`,
      );
    }
    throw new ProviderRejectedError(status, `${this.provider.label} refused ${where} with HTTP ${status}${providerMessage(text, this.secrets)}.`);
  }

  private requestInit(init: RequestInit, timeoutMs: number): globalThis.RequestInit {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.authenticated !== false) Object.assign(headers, this.provider.headers);
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    return {
      method: init.method ?? 'GET',
      headers,
      signal: AbortSignal.timeout(timeoutMs),
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    };
  }

  private backoff(attempt: number): number {
    return this.baseDelayMs * 2 ** (attempt - 1);
  }

  private badResponse(where: string, detail: string): UsageSourceError {
    this.onFailure(this.provider.label, 'bad-response');
    return new UsageSourceError('SOURCE.BAD_RESPONSE', `${this.provider.label} sent an unexpected answer to ${where}: ${detail}.`);
  }
}

const rateLimited = (status: number, headers: Headers): boolean =>
  status === 429 || (status === 403 && (headers.has('retry-after') || headers.get('x-ratelimit-remaining') === '0'));

/** What a non-2xx answer counts as; the same tests as `judge` makes. */
function failureOf(status: number, headers: Headers): ProviderFailure {
  if (status >= 500) return 'server-error';
  if (rateLimited(status, headers)) return 'rate-limited';
  return status === 401 || status === 403 ? 'auth' : 'rejected';
}

/** Retry-After is seconds or an HTTP date; anything else falls back to backoff. */
export function retryAfterMs(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.ceil(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** How long a rate-limited answer asks to wait: Retry-After, else GitHub's reset time. */
function rateLimitWaitMs(headers: Headers, now: number = Date.now()): number | undefined {
  const after = retryAfterMs(headers.get('retry-after'), now);
  if (after !== undefined) return after;
  const reset = Number(headers.get('x-ratelimit-reset'));
  return Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - now) : undefined;
}

/** The first zod issue as `path: message`, for rejections and bad-response sentences. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** The path only: query strings of signed URLs carry signatures. */
function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname;
  } catch {
    return 'the request';
  }
}

/** fetch says only "fetch failed"; the cause's code (ECONNREFUSED, ENOTFOUND…) says why. */
function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown } | undefined;
  return typeof cause?.code === 'string' ? `${error.message} (${cause.code})` : error.message;
}

/**
 * A short excerpt of the provider's own error text, which usually says what was wrong, with
 * secrets taken out first (providers echo a refused key back) and again after the cut.
 */
function providerMessage(text: string, secrets: readonly string[]): string {
  const trimmed = redactSecrets(text.replace(/\s+/g, ' ').trim(), secrets);
  if (!trimmed) return '';
  return ` (${redactSecrets(trimmed.length > 200 ? `${trimmed.slice(0, 200)}…` : trimmed, secrets)})`;
}

const seconds = (ms: number): string => `${Math.ceil(ms / 1000)} s`;

/**
 * The URL of `path` under a configured base URL, keeping any path prefix the base has
 * (a proxy at `https://proxy/openai` must stay under `/openai`). Repeated keys are allowed.
 */
export function endpoint(baseUrl: string, path: string, params: [string, string][] = []): string {
  const query = new URLSearchParams(params).toString();
  return `${baseUrl.replace(/\/+$/, '')}${path}${query ? `?${query}` : ''}`;
}
