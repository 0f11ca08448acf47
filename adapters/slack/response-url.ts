/**
 * Posts a reply to a request's `response_url`. Bolt's `respond` does the same with `fetch`,
 * whose web streams cost about twice the CPU of a plain `node:http` request on the command
 * path (bench/slack). Node's global agents keep connections alive (idle ones close after 5 s),
 * so replies reuse the connection to Slack's hooks host.
 */
import http from 'node:http';
import https from 'node:https';

/** Slack answered the post with a status other than 2xx (an expired `response_url`, say). */
export class ResponseUrlError extends Error {
  constructor(readonly status: number) {
    super(`Failed to respond to the response_url: ${status}`);
  }
}

/** POSTs `payload` as JSON to `responseUrl`; rejects on a non-2xx answer, a network error or after `timeoutMs`. */
export function postToResponseUrl(responseUrl: string, payload: object, timeoutMs = 10_000): Promise<void> {
  const url = new URL(responseUrl);
  const body = JSON.stringify(payload);
  const send = url.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const req = send(url, { method: 'POST', timeout: timeoutMs, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.once('end', () => ((res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300 ? resolve() : reject(new ResponseUrlError(res.statusCode ?? 0))));
      res.once('error', reject);
    });
    req.once('timeout', () => req.destroy(new Error(`no answer from the response_url within ${timeoutMs} ms`)));
    req.once('error', reject);
    req.end(body);
  });
}
