/**
 * A fake Slack Web API that enforces per-method rate limits as Slack documents them, per
 * "minute" of `60 / scale` seconds: over the limit a call gets 429 with Retry-After (whole
 * seconds, as Slack sends it). Counts what it accepted and refused, per method.
 */
import http from 'node:http';

/** Calls a Slack minute, per method (docs.slack.dev rate limits; see /work/shared/reference/platform-facts.md). */
export const SLACK_LIMITS: Record<string, number> = {
  // Special: about one a second per channel, "several hundred a minute" per workspace.
  'chat.postMessage': 300,
  'chat.postEphemeral': 100, // Tier 4
  'users.info': 100, // Tier 4
  'conversations.open': 50, // Tier 3
  'auth.test': 600, // Special, "hundreds a minute"
};
const DEFAULT_LIMIT = 20; // Tier 2, for anything else

export interface TieredSlackApi {
  apiUrl: string;
  responseBase: string;
  accepted: Map<string, number>;
  refused: Map<string, number>;
  /** Channels chat.postMessage accepted a message for, with how many. */
  posted: Map<string, number>;
  close(): Promise<void>;
}

export async function startTieredSlackApi(scale: number): Promise<TieredSlackApi> {
  const windowMs = 60_000 / scale;
  const recent = new Map<string, number[]>();
  const accepted = new Map<string, number>();
  const refused = new Map<string, number>();
  const posted = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const path = req.url ?? '';
      if (path.startsWith('/response/')) {
        bump(accepted, 'response_url');
        return void res.writeHead(200).end('ok');
      }
      const method = path.replace(/^\/api\//, '').split('?')[0] ?? '';
      const now = Date.now();
      const calls = (recent.get(method) ?? []).filter((t) => t > now - windowMs);
      if (calls.length >= (SLACK_LIMITS[method] ?? DEFAULT_LIMIT)) {
        bump(refused, method);
        recent.set(method, calls);
        const retry = Math.max(1, Math.ceil((calls[0]! + windowMs - now) / 1000));
        return void res.writeHead(429, { 'retry-after': String(retry), 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      }
      calls.push(now);
      recent.set(method, calls);
      bump(accepted, method);
      const params = Object.fromEntries(new URLSearchParams(body));
      const json = (value: object) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, ...value }));
      if (method === 'chat.postMessage') {
        bump(posted, params.channel ?? '');
        return json({ channel: params.channel, ts: `${now / 1000}` });
      }
      if (method === 'users.info') return json({ user: { id: params.user, name: params.user, tz: 'Europe/Berlin', profile: { status_text: '', status_emoji: '', display_name: params.user } } });
      if (method === 'auth.test') return json({ user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0ACME', team: 'Acme', url: 'https://acme.slack.com/' });
      return json({});
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    responseBase: `http://127.0.0.1:${port}/response`,
    accepted, refused, posted,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
