/**
 * The one HTTP server (PORT): platform endpoints plus `GET /healthz` and `GET /metrics`.
 * Routes are plain node:http listeners handed in by the composition root, so this module
 * knows no platform. Every request gets an id (`x-request-id`, kept when the caller sent a
 * plain one) that every log line written while it is handled carries.
 */
import http, { type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { Metrics } from './metrics.js';
import { requestIdFrom, withRequestId } from './request-context.js';

/** One endpoint, e.g. `POST /slack/events`. */
export interface Route {
  method: 'GET' | 'POST';
  path: string;
  listener: RequestListener;
}

/** A started server. */
export interface RunningServer {
  /** The port actually bound (useful when 0 was asked for). */
  port: number;
  /** Stops accepting connections and resolves when the requests in flight have been answered. */
  close(): Promise<void>;
}

/** What the server logs: one line per request (errors louder than successes). */
export interface ServerLog {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export interface ServerOptions {
  /** All interfaces unless given. */
  host?: string;
  /** `GET /healthz` answers 503 when this rejects or takes longer than {@link HEALTH_TIMEOUT_MS} (the database). */
  health?: () => Promise<void>;
  /** Counts requests and serves `GET /metrics`. */
  metrics?: Metrics;
  log?: ServerLog;
}

/** A database that takes longer than this to answer a trivial query counts as down. */
export const HEALTH_TIMEOUT_MS = 2_000;

const json = (res: ServerResponse, status: number, body: object): void =>
  void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

async function healthz(res: ServerResponse, options: ServerOptions): Promise<void> {
  if (options.health === undefined) return json(res, 200, { ok: true });
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer within ${HEALTH_TIMEOUT_MS} ms`)), HEALTH_TIMEOUT_MS); });
  try {
    await Promise.race([options.health(), late]);
    json(res, 200, { ok: true, database: 'ok' });
  } catch (error) {
    options.log?.warn({ err: error instanceof Error ? error.message : String(error) }, 'health check: the database does not answer');
    json(res, 503, { ok: false, database: 'not answering' });
  } finally {
    clearTimeout(timer);
  }
}

async function metrics(res: ServerResponse, m: Metrics): Promise<void> {
  const { contentType, body } = await m.render();
  res.writeHead(200, { 'content-type': contentType }).end(body);
}

function route(routes: Route[], options: ServerOptions, path: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method === 'GET' && path === '/healthz') return void healthz(res, options);
  if (req.method === 'GET' && path === '/metrics' && options.metrics !== undefined) return void metrics(res, options.metrics);
  const onPath = routes.filter((r) => r.path === path);
  const match = onPath.find((r) => r.method === req.method);
  if (match !== undefined) return match.listener(req, res);
  req.resume();
  if (onPath.length > 0) res.writeHead(405, { allow: onPath.map((r) => r.method).join(', ') }).end();
  else res.writeHead(404).end();
}

function handle(routes: Route[], options: ServerOptions, req: IncomingMessage, res: ServerResponse): void {
  const started = process.hrtime.bigint();
  const requestId = requestIdFrom(req.headers['x-request-id']);
  res.setHeader('x-request-id', requestId);
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  // Known paths only, so a scan of random URLs cannot grow the metrics without bound.
  const known = path === '/healthz' || path === '/metrics' || routes.some((r) => r.path === path);
  res.once('finish', () => withRequestId(requestId, () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    options.metrics?.request(known ? path : 'other', res.statusCode, ms / 1000);
    const line = { method: req.method, path: known ? path : 'other', status: res.statusCode, ms: Math.round(ms * 10) / 10 };
    if (res.statusCode >= 500) options.log?.warn(line, 'request');
    else if (res.statusCode >= 400) options.log?.info(line, 'request');
    else options.log?.debug(line, 'request');
  }));
  withRequestId(requestId, () => route(routes, options, path, req, res));
}

/** Starts listening on `port`. */
export function startHttpServer(port: number, routes: Route[], options: ServerOptions = {}): Promise<RunningServer> {
  const server = http.createServer((req, res) => handle(routes, options, req, res));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, options.host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address !== null ? address.port : port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Idle keep-alive sockets would otherwise hold shutdown open.
            server.closeIdleConnections();
          }),
      });
    });
  });
}
