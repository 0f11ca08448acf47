/**
 * The Slack HTTP endpoint's front door, in front of Bolt's receiver. Bolt buffers up to
 * 4 MiB of any body before it checks the signature; here a request is refused before its
 * body is read when its timestamp is stale or in the future, its signature header is
 * missing, it declares a body over the cap, or too many unauthenticated bodies are being
 * read already. The body is then read up to the cap, its signature checked, and its shape
 * judged ({@link judgePayload}); only a genuine, well-formed request reaches Bolt, with the
 * buffered body attached so Bolt does not read it again.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { judgePayload } from './payload-shape.js';
import { isFresh } from './request-freshness.js';

/** Limits of the front door. */
export interface GuardLimits {
  /** Largest body accepted; Slack's largest (a message shortcut on a long message) is far below. */
  maxBodyBytes: number;
  /** Bodies read at once before their signature could be checked; more are answered 503. */
  maxPendingBodies: number;
}

export const DEFAULT_GUARD_LIMITS: GuardLimits = { maxBodyBytes: 512 * 1024, maxPendingBodies: 64 };

export interface GuardOptions extends GuardLimits {
  signingSecret: string;
  now: () => number;
  /** Called with each refusal, for the log and metrics. */
  onRefused?: (status: number, reason: string) => void;
}

/** A request with its body already read, as Bolt's receiver accepts it, and the keys that make it the same request again. */
type Buffered = IncomingMessage & { rawBody?: Buffer; requestKeys?: string[] };

/** Wraps Bolt's request listener with the checks above. */
export function guardSlackRequests(next: RequestListener, options: GuardOptions): RequestListener {
  let pending = 0;
  const refuse = (req: IncomingMessage, res: ServerResponse, status: number, reason: string, headers: Record<string, string> = {}): void => {
    options.onRefused?.(status, reason);
    // The unread rest of a refused body is not worth reading: the connection closes instead.
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', connection: 'close', ...headers }).end(status === 401 ? '' : reason);
    req.destroy();
  };
  return (req, res) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (!isFresh(req.headers['x-slack-request-timestamp'], options.now())) return refuse(req, res, 401, 'stale or missing timestamp');
    if (!/^v0=[0-9a-f]{64}$/.test(String(req.headers['x-slack-signature'] ?? ''))) return refuse(req, res, 401, 'missing signature');
    if (declared > options.maxBodyBytes) return refuse(req, res, 413, `the body is larger than ${options.maxBodyBytes} bytes`);
    if (pending >= options.maxPendingBodies) return refuse(req, res, 503, 'too many requests at once; retry shortly', { 'retry-after': '1' });
    pending++;
    readCapped(req, options.maxBodyBytes).then(
      (body) => {
        pending--;
        if (body === null) return refuse(req, res, 413, `the body is larger than ${options.maxBodyBytes} bytes`);
        if (!signedBy(options.signingSecret, req, body)) return refuse(req, res, 401, 'bad signature');
        const parsed = parseBody(req, body);
        const verdict = judgePayload(parsed);
        if (verdict.kind === 'reject') return refuse(req, res, 400, `malformed Slack request: ${verdict.reason}`);
        if (verdict.kind === 'ack') return void res.writeHead(200).end();
        (req as Buffered).rawBody = body;
        (req as Buffered).requestKeys = requestKeys(req, parsed);
        return next(req, res);
      },
      () => {
        pending--;
        req.destroy();
      },
    );
  };
}

/**
 * What makes a request the same request again: its signature, which covers the timestamp and
 * the whole body (trigger id included), so a replay within Slack's 5-minute window repeats it
 * exactly; and an event's id, since Slack's retries of an event carry a new signature.
 */
function requestKeys(req: IncomingMessage, body: unknown): string[] {
  const keys = [`slack:sig:${String(req.headers['x-slack-signature'])}`];
  const eventId = (body as { event_id?: unknown }).event_id;
  if (typeof eventId === 'string' && eventId !== '') keys.push(`slack:event:${eventId}`);
  return keys;
}

/** The body, or null as soon as it passes `max` bytes. */
function readCapped(req: IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.pause();
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
    req.on('close', () => resolve(size > max ? null : Buffer.concat(chunks)));
  });
}

function signedBy(secret: string, req: IncomingMessage, body: Buffer): boolean {
  const timestamp = String(req.headers['x-slack-request-timestamp']);
  const expected = Buffer.from(`v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest('hex')}`);
  const given = Buffer.from(String(req.headers['x-slack-signature']));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Parses as Bolt will: a form (with a JSON `payload` field for interactivity) or JSON. */
function parseBody(req: IncomingMessage, body: Buffer): unknown {
  const text = body.toString('utf8');
  try {
    if (String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded')) {
      const form = parseQuery(text);
      return typeof form.payload === 'string' ? JSON.parse(form.payload) : form;
    }
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
