/**
 * A tiny HTTP server on 127.0.0.1 for provider fakes: records every request, routes by
 * method and path, and can be told to fail matching requests a few times first.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface FakeResponse {
  status?: number;
  headers?: Record<string, string>;
  /** Strings are sent as they are; anything else as JSON. */
  body?: unknown;
}

export type Route = (request: RecordedRequest) => FakeResponse;

interface PendingFailure {
  matches: (request: RecordedRequest) => boolean;
  responses: FakeResponse[];
}

export class FakeHttpServer {
  readonly requests: RecordedRequest[] = [];
  private readonly failures: PendingFailure[] = [];
  private server: http.Server | undefined;
  url = '';

  /** `fallback` answers what no exact `METHOD /path` route matches (paths that carry ids). */
  constructor(
    private readonly routes: Record<string, Route>,
    private readonly fallback?: Route,
  ) {}

  /** Starts listening on a free loopback port. */
  async start(): Promise<this> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.server?.close((e) => (e ? reject(e) : resolve())) ?? resolve());
  }

  /** The next requests matching `matches` get these responses, in order, before the route answers. */
  failFirst(matches: (request: RecordedRequest) => boolean, ...responses: FakeResponse[]): void {
    this.failures.push({ matches, responses: [...responses] });
  }

  /** Requests to one path. */
  to(path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    let body = '';
    req.on('data', (chunk: Buffer) => { body += chunk.toString(); });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const request: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body };
      this.requests.push(request);
      send(res, this.answer(request));
    });
  }

  private answer(request: RecordedRequest): FakeResponse {
    const failure = this.failures.find((f) => f.responses.length > 0 && f.matches(request));
    if (failure) return failure.responses.shift()!;
    const route = this.routes[`${request.method} ${request.path}`];
    if (route) return route(request);
    return this.fallback ? this.fallback(request) : { status: 404, body: { error: `no route for ${request.method} ${request.path}` } };
  }
}

function send(res: http.ServerResponse, answer: FakeResponse): void {
  const text = typeof answer.body === 'string' ? answer.body : answer.body === undefined ? '' : JSON.stringify(answer.body);
  res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
  res.end(text);
}

/** A sleep for tests: records each requested wait, then waits at most a few milliseconds. */
export function recordingSleep(): { waits: number[]; sleep: (ms: number) => Promise<void> } {
  const waits: number[] = [];
  return {
    waits,
    sleep: (ms) => {
      waits.push(ms);
      return new Promise((resolve) => setTimeout(resolve, Math.min(ms, 5)));
    },
  };
}
