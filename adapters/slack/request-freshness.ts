import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

/** Slack's replay window: a signed request more than 5 minutes from now either way is refused. */
export const MAX_CLOCK_SKEW_SECONDS = 300;

/** True when `X-Slack-Request-Timestamp` is present and within the window around `nowMs`. */
export function isFresh(header: string | string[] | undefined, nowMs: number): boolean {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || !/^\d{1,12}$/.test(value)) return false;
  return Math.abs(nowMs / 1000 - Number(value)) <= MAX_CLOCK_SKEW_SECONDS;
}

/**
 * Wraps Bolt's listener with the check Bolt lacks: Bolt refuses stale timestamps but
 * accepts ones far in the future. A refused request gets 401 with no body, as Bolt's own
 * signature failures do, and never reaches the app. The signature itself is Bolt's job.
 */
export function rejectStaleOrFuture(listener: RequestListener, now: () => number = Date.now): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    if (!isFresh(req.headers['x-slack-request-timestamp'], now())) {
      req.resume();
      res.writeHead(401).end();
      return;
    }
    listener(req, res);
  };
}
