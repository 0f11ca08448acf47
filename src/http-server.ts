/**
 * The one HTTP server (PORT): platform endpoints plus `GET /healthz`. Routes are plain
 * node:http listeners handed in by the composition root, so this module knows no platform.
 */
import http, { type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';

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
  /** Stops accepting connections and resolves when open ones have ended. */
  close(): Promise<void>;
}

function route(routes: Route[], req: IncomingMessage, res: ServerResponse): void {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (req.method === 'GET' && path === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    return;
  }
  const onPath = routes.filter((r) => r.path === path);
  const match = onPath.find((r) => r.method === req.method);
  if (match !== undefined) return match.listener(req, res);
  req.resume();
  if (onPath.length > 0) res.writeHead(405, { allow: onPath.map((r) => r.method).join(', ') }).end();
  else res.writeHead(404).end();
}

/** Starts listening on `port` (all interfaces unless `host` is given). */
export function startHttpServer(port: number, routes: Route[], host?: string): Promise<RunningServer> {
  const server = http.createServer((req, res) => route(routes, req, res));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
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
