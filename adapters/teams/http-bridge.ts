/**
 * node:http <-> botbuilder's minimal Request/Response. botbuilder wants a parsed JSON body
 * and an Express-like response; shiplog serves plain node:http, so this reads the body
 * (bounded) and shapes both sides. No botbuilder import: the shapes are structural.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Activities are small; a card submission with a long win is a few KB. */
export const MAX_BODY_BYTES = 256 * 1024;

/** Bodies read at once before botbuilder could check their token; more are answered 503. */
export const MAX_PENDING_BODIES = 64;

export interface BridgedRequest {
  body: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
  method: string;
}

export interface BridgedResponse {
  socket: unknown;
  status(code: number): BridgedResponse;
  header(name: string, value: unknown): BridgedResponse;
  send(body: unknown): BridgedResponse;
  end(): BridgedResponse;
}

/** Reads the body up to `max` bytes; null when it is larger (the rest is drained, not stored). */
export function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > max) {
      req.resume();
      return resolve(null);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) tooBig = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooBig ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
    // A client gone before the end: settled either way, so the place it held is freed.
    req.on('close', () => reject(new Error('the request closed before its body ended')));
  });
}

/**
 * Wraps a node:http response. A 5xx body is replaced by a plain sentence: botbuilder would
 * otherwise answer with the error's message, and shiplog leaks no internals to callers.
 */
export function bridgeResponse(res: ServerResponse): BridgedResponse {
  let status = 200;
  let body: unknown;
  const bridged: BridgedResponse = {
    socket: res.socket,
    status(code) {
      status = code;
      return bridged;
    },
    header(name, value) {
      res.setHeader(name, String(value));
      return bridged;
    },
    send(value) {
      body = value;
      return bridged;
    },
    end() {
      if (res.writableEnded) return bridged;
      // Server errors never echo their cause; 501 is shiplog's own answer to an invoke it does not handle.
      if (status >= 500 && status !== 501) body = { error: 'internal error' };
      if (body === undefined) res.writeHead(status).end();
      else if (typeof body === 'string') res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(body);
      else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      return bridged;
    },
  };
  return bridged;
}

/** Answers a request that never reaches botbuilder (too big, not JSON). */
export function refuse(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(message);
}

/** Refuses at once, unread, what botbuilder would refuse anyway; the rest of the body is not worth reading. */
export function refuseUnread(req: IncomingMessage, res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  refuse(res, status, message, { connection: 'close', ...headers });
  req.destroy();
}

/**
 * Whether a request may have its body read. Each body costs memory until botbuilder has
 * checked its token, so with an app id set a request without a bearer token is refused
 * unread, and at most `maxPending` bodies are read at once.
 */
export function createBodyGate(options: { requireToken: boolean; maxPending: number }): {
  admit(req: IncomingMessage): { status: number; message: string; headers?: Record<string, string> } | null;
  done(): void;
} {
  let pending = 0;
  return {
    admit(req) {
      if (options.requireToken && !/^Bearer \S+$/.test(String(req.headers.authorization ?? ''))) return { status: 401, message: 'a Bot Framework token is required' };
      if (pending >= options.maxPending) return { status: 503, message: 'too many requests at once; retry shortly', headers: { 'retry-after': '1' } };
      pending++;
      return null;
    },
    done() {
      pending--;
    },
  };
}
