/* eslint-disable @typescript-eslint/no-explicit-any -- Slack payloads are JSON as sent on the wire; tests read them untyped on purpose. */
/**
 * A local fake of Slack's Web API (and response_url endpoint) on 127.0.0.1. It records every
 * call, answers the methods shiplog uses in Slack's documented shapes, and can answer a
 * method with 429 + Retry-After. Point WebClients at `apiUrl`.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

/** One recorded call: a Web API method, or `response_url` for a POST to a response URL. */
export interface RecordedCall {
  method: string;
  params: Record<string, any>;
  status: number;
  /** Milliseconds since the epoch when the request arrived. */
  at: number;
}

/** A workspace member the fake knows (for users.info). */
export interface FakeUser {
  id: string;
  name: string;
  realName?: string;
  email?: string;
  tz?: string;
  isAdmin?: boolean;
  isOwner?: boolean;
  /** The profile status (`status_text`, `status_emoji`, `status_expiration` in Unix seconds, 0 = no end). */
  status?: { text: string; emoji: string; expiration?: number };
}

/** A channel the fake knows (for conversations.info); channels it does not know accept every post. */
export interface FakeChannel {
  id: string;
  name: string;
  /** Whether the bot was invited; posts to a channel it is not in get `not_in_channel`. */
  isMember: boolean;
  /** A private channel the bot is not in is `channel_not_found`, as in Slack. */
  isPrivate?: boolean;
}

export interface FakeSlackApi {
  /** Base URL ending in `/api/`, for `SLACK_API_URL` / `slackApiUrl`. */
  apiUrl: string;
  /** A fresh response_url on this server. */
  responseUrl(): string;
  calls: RecordedCall[];
  /** Calls of one method that were answered 200. */
  ok(method: string): RecordedCall[];
  addUser(user: FakeUser): void;
  /** Adds or replaces a channel. */
  addChannel(channel: FakeChannel): void;
  /** The next `times` calls of `method` get 429 with `Retry-After: seconds`. */
  rateLimit(method: string, seconds: number, times?: number): void;
  /** What `apps.connections.open` answers as the Socket Mode WebSocket URL. */
  setSocketUrl(url: string): void;
  /**
   * Holds every call of `method` unanswered until the returned release is called, so a test
   * can see what a handler does before that call returns (ordering, not timing).
   */
  hold(method: string): () => void;
  /** How many calls of `method` have arrived while held (see `hold`). */
  heldCalls(method: string): number;
  /**
   * How many held calls of `method` were cut off because their sender went away (a killed
   * process) before the release. Those are dropped: never recorded or answered, as a request
   * that died with its sender never reached Slack.
   */
  droppedCalls(method: string): number;
  /** The next `times` calls of `method` get `{ ok: false, error }`. */
  failNext(method: string, error: string, times?: number): void;
  /**
   * Serves a private file at the returned `url_private_download`. Like Slack, a request
   * without `Authorization: Bearer <token>` (default `xoxb-test`) gets a 200 HTML sign-in
   * page. `content` may be a generator, streamed as it yields. Downloads are recorded as `files.download`.
   */
  addFile(name: string, content: string | Iterable<string>, options?: { token?: string; contentType?: string }): string;
  /** Resolves once `predicate` holds for the recorded calls (polls; rejects after `timeoutMs`). */
  waitFor(predicate: (calls: RecordedCall[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => { data += chunk; });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

/** WebClient sends form bodies whose nested values (blocks, view) are JSON strings. */
function parseParams(raw: string, contentType: string | undefined): Record<string, any> {
  if (raw === '') return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, any>;
  const params: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    params[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return params;
}

/** The file in an upload body: the first multipart part's content, or the raw body. */
function uploadedContent(raw: string, contentType: string | undefined): string {
  const boundary = /boundary=([^;]+)/.exec(contentType ?? '')?.[1];
  if (boundary === undefined) return raw;
  const start = raw.indexOf('\r\n\r\n') + 4;
  return raw.slice(start, raw.indexOf(`\r\n--${boundary}`, start));
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function userPayload(u: FakeUser): object {
  return {
    id: u.id,
    name: u.name,
    real_name: u.realName ?? u.name,
    tz: u.tz ?? 'Europe/Berlin',
    is_admin: u.isAdmin ?? false,
    is_owner: u.isOwner ?? false,
    profile: {
      display_name: u.name,
      real_name: u.realName ?? u.name,
      ...(u.email !== undefined && { email: u.email }),
      status_text: u.status?.text ?? '',
      status_emoji: u.status?.emoji ?? '',
      status_expiration: u.status?.expiration ?? 0,
    },
  };
}

function answer(method: string, params: Record<string, any>, state: FakeState): object {
  const { users, seq } = state;
  switch (method) {
    case 'apps.connections.open': return state.socketUrl === undefined ? { ok: false, error: 'not_allowed_token_type' } : { ok: true, url: state.socketUrl };
    case 'auth.test': return { ok: true, url: 'https://acme.slack.com/', team: 'Acme', user: 'shiplog', team_id: 'T0ACME', user_id: 'UBOT', bot_id: 'BBOT' };
    case 'users.info': {
      const user = users.get(String(params.user));
      return user ? { ok: true, user: userPayload(user) } : { ok: false, error: 'user_not_found' };
    }
    case 'conversations.info': {
      const c = state.channels.get(String(params.channel));
      if (c === undefined || (c.isPrivate === true && !c.isMember)) return { ok: false, error: 'channel_not_found' };
      return { ok: true, channel: { id: c.id, name: c.name, is_channel: c.isPrivate !== true, is_private: c.isPrivate === true, is_member: c.isMember, is_archived: false } };
    }
    case 'chat.postMessage':
      if (state.channels.get(String(params.channel))?.isMember === false) return { ok: false, error: 'not_in_channel' };
      return { ok: true, channel: params.channel, ts: `1764000000.${String(seq).padStart(6, '0')}`, message: { text: params.text } };
    case 'chat.postEphemeral': return { ok: true, message_ts: `1764000000.${String(seq).padStart(6, '0')}` };
    case 'chat.getPermalink': return { ok: true, channel: params.channel, permalink: `https://acme.slack.com/archives/${params.channel}/p${String(params.message_ts).replace('.', '')}` };
    case 'views.open': case 'views.publish': case 'views.update': return { ok: true, view: { id: `V${seq}`, ...(params.view as object) } };
    case 'conversations.open': return { ok: true, channel: { id: `D${String(params.users)}` } };
    case 'files.getUploadURLExternal': return { ok: true, upload_url: `${state.base}/upload/F${seq}`, file_id: `F${seq}` };
    case 'files.completeUploadExternal': return { ok: true, files: (params.files as { id: string; title?: string }[]).map((f) => ({ id: f.id, title: f.title })) };
    default: return { ok: false, error: 'unknown_method' };
  }
}

/** A served file: what to stream, to whom. */
interface FakeFile {
  content: string | Iterable<string>;
  token: string;
  contentType: string;
}

interface FakeState {
  calls: RecordedCall[];
  files: Map<string, FakeFile>;
  users: Map<string, FakeUser>;
  channels: Map<string, FakeChannel>;
  limits: Map<string, { seconds: number; times: number }>;
  failures: Map<string, { error: string; times: number }>;
  seq: number;
  socketUrl?: string;
  holds: Map<string, Promise<void>>;
  /** Methods of the calls that arrived while held, and of those whose sender went away meanwhile. */
  held: string[];
  dropped: string[];
  /** `http://127.0.0.1:<port>`, for the upload URLs it hands out. */
  base: string;
}

/** Answers one request: a response_url post, a scripted 429 or failure, or the method's answer. */
function handle(state: FakeState, path: string, params: Record<string, any>): { status: number; headers: Record<string, string>; body: string } {
  const at = Date.now();
  const json = { 'content-type': 'application/json' };
  if (path.startsWith('/upload/')) {
    // The bytes of a file shiplog uploads (files.getUploadURLExternal), recorded as `files.upload`.
    state.calls.push({ method: 'files.upload', params: { file_id: path.slice('/upload/'.length), ...params }, status: 200, at });
    return { status: 200, headers: { 'content-type': 'text/plain' }, body: 'OK' };
  }
  if (path.startsWith('/response/')) {
    state.calls.push({ method: 'response_url', params: { ...params, url: path }, status: 200, at });
    return { status: 200, headers: { 'content-type': 'text/plain' }, body: 'ok' };
  }
  const method = path.replace(/^\/api\//, '');
  const limit = state.limits.get(method);
  if (limit !== undefined && limit.times > 0) {
    limit.times -= 1;
    state.calls.push({ method, params, status: 429, at });
    return { status: 429, headers: { ...json, 'retry-after': String(limit.seconds) }, body: '{"ok":false,"error":"ratelimited"}' };
  }
  state.seq += 1;
  const failure = state.failures.get(method);
  if (failure !== undefined && --failure.times <= 0) state.failures.delete(method);
  state.calls.push({ method, params, status: 200, at });
  const body = failure === undefined ? answer(method, params, state) : { ok: false, error: failure.error };
  return { status: 200, headers: json, body: JSON.stringify(body) };
}

/** Streams a file to a request bearing the token, else Slack's sign-in page. */
function serveFile(state: FakeState, path: string, req: IncomingMessage, res: ServerResponse): void {
  const file = state.files.get(path);
  const authorization = req.headers.authorization ?? '';
  const allowed = file !== undefined && authorization === `Bearer ${file.token}`;
  state.calls.push({ method: 'files.download', params: { path, authorization }, status: file === undefined ? 404 : 200, at: Date.now() });
  if (file === undefined) return void res.writeHead(404).end();
  if (!allowed) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!DOCTYPE html><html><body>Sign in to Acme</body></html>');
  res.writeHead(200, { 'content-type': file.contentType });
  Readable.from(typeof file.content === 'string' ? [file.content] : file.content).pipe(res);
}

export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const state: FakeState = { calls: [], files: new Map(), users: new Map(), channels: new Map(), limits: new Map(), failures: new Map(), seq: 0, holds: new Map(), held: [], dropped: [], base: '' };
  const { calls, users, limits, failures } = state;
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method === 'GET' && path.startsWith('/files-pri/')) return serveFile(state, path, req, res);
    void readBody(req).then(async (raw) => {
      const method = path.replace(/^\/api\//, '');
      const hold = state.holds.get(method);
      if (hold !== undefined) {
        state.held.push(method);
        let gone = false;
        res.once('close', () => {
          if (res.writableEnded) return;
          gone = true;
          state.dropped.push(method);
        });
        await hold;
        if (gone) return;
      }
      const params = path.startsWith('/upload/') ? { content: uploadedContent(raw, req.headers['content-type']) } : parseParams(raw, req.headers['content-type']);
      const reply = handle(state, path, params);
      res.writeHead(reply.status, reply.headers).end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const base = `http://127.0.0.1:${port}`;
  state.base = base;
  let responses = 0;
  return {
    apiUrl: `${base}/api/`,
    responseUrl: () => `${base}/response/${++responses}`,
    calls,
    ok: (method) => calls.filter((c) => c.method === method && c.status === 200),
    addUser: (user) => users.set(user.id, user),
    addChannel: (channel) => state.channels.set(channel.id, channel),
    setSocketUrl: (url) => { state.socketUrl = url; },
    rateLimit: (method, seconds, times = 1) => limits.set(method, { seconds, times }),
    hold(method) {
      let release = (): void => undefined;
      state.holds.set(method, new Promise<void>((resolve) => { release = resolve; }));
      return () => {
        state.holds.delete(method);
        release();
      };
    },
    heldCalls: (method) => state.held.filter((m) => m === method).length,
    droppedCalls: (method) => state.dropped.filter((m) => m === method).length,
    failNext: (method, error, times = 1) => failures.set(method, { error, times }),
    addFile(name, content, options = {}) {
      const path = `/files-pri/T0ACME-F${state.files.size + 1}/download/${encodeURIComponent(name)}`;
      state.files.set(path, { content, token: options.token ?? 'xoxb-test', contentType: options.contentType ?? 'text/csv' });
      return `${base}${path}`;
    },
    async waitFor(predicate, timeoutMs = 5000) {
      const until = Date.now() + timeoutMs;
      while (!predicate(calls)) {
        if (Date.now() > until) throw new Error(`fake Slack API: condition not met; calls: ${calls.map((c) => c.method).join(', ')}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
