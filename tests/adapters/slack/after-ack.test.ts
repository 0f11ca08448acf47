import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createTurns } from '../../../adapters/slack/after-ack.js';

/** Keeps the thread busy, as a command's synchronous database work does. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server === undefined ? resolve() : server.close(() => resolve()))));

describe('work after an acknowledgement', () => {
  it('runs one piece per event-loop turn, so a request that arrives meanwhile is read before the rest', async () => {
    const afterAck = createTurns();
    const done: number[] = [];
    let finishedWhenAnswered = -1;
    server = http.createServer((_req, res) => {
      finishedWhenAnswered = done.length;
      res.end('ok');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    // A request on its way while 40 pieces of earlier work (5 ms each) wait for their turn.
    const answered = fetch(`http://127.0.0.1:${port}/`).then((r) => r.text());
    const pieces = Array.from({ length: 40 }, async (_, i) => {
      await afterAck();
      busy(5);
      done.push(i);
    });
    await Promise.all([answered, ...pieces]);
    expect(done).toHaveLength(40);
    // All released in one turn, the 40 would run back to back (200 ms) before the request is read.
    expect(finishedWhenAnswered).toBeLessThan(20);
  });

  it('keeps the order pieces asked in, and lets a piece queued later wait for a later turn', async () => {
    const afterAck = createTurns();
    const order: string[] = [];
    await Promise.all([
      afterAck().then(() => order.push('a')),
      afterAck().then(() => {
        order.push('b');
        return afterAck().then(() => order.push('d'));
      }),
      afterAck().then(() => order.push('c')),
    ]);
    expect(order).toEqual(['a', 'b', 'c', 'd']);
  });
});
