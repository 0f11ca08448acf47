/** JSON logs carry the request id on every line written for a request, before and after its ack (issue 11, item 8). */
import { afterEach, expect, it } from 'vitest';
import { createLogger } from '../../../src/log.js';
import { startSlackHarness, type SlackHarness } from './slack-harness.js';

let s: SlackHarness | undefined;
afterEach(async () => { await s?.close(); });

it('stamps every log line of a request with its id, also the lines Bolt and shiplog write after the acknowledgement', async () => {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({ level: 'debug', toStderr: false, destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) } });
  s = await startSlackHarness({ log });
  const before = lines.length;
  const answered = (n: number) => s!.api.waitFor((calls) => calls.filter((c) => c.method === 'response_url').length >= n);
  const [one, two, forged] = await Promise.all([
    s.command('log Cut CI time in half with Claude, saved 2h', {}, { headers: { 'x-request-id': 'req-one' } }),
    s.command('log Wrote the runbook with ChatGPT', { user_id: 'U0SAM', user_name: 'sam' }, { headers: { 'x-request-id': 'req-two' } }),
    s.command('me', {}, { headers: { 'x-request-id': 'req-forged' }, signature: 'v0=0000' }),
  ]);
  expect([one.status, two.status, forged.status]).toEqual([200, 200, 401]);
  await answered(2);
  const current = s;
  s = undefined;
  // Closing waits for the work after each ack, so every line of these requests is written.
  await current.close();
  const during = lines.slice(before);
  const ids = during.map((l) => l.reqId);
  expect(new Set(ids)).toEqual(new Set(['req-one', 'req-two', 'req-forged']));
  const of = (id: string) => during.filter((l) => l.reqId === id);
  // The access line, and for the genuine ones Bolt's own lines from the listener run after the ack.
  for (const id of ['req-one', 'req-two']) {
    expect(of(id)).toContainEqual(expect.objectContaining({ msg: 'request', status: 200, path: '/slack/events' }));
    expect(of(id).filter((l) => l.component === 'bolt').length).toBeGreaterThan(0);
  }
  expect(of('req-forged').map((l) => l.msg)).toEqual(['slack request refused', 'request']);
});
