/** The cron clock: a catch-up tick at start, failures logged not thrown, a clean stop. No waiting for cron. */
import { expect, it } from 'vitest';
import type { DueReport } from '../../src/app/types.js';
import { startScheduler, tickOnce } from '../../src/scheduler/cron-clock.js';

const empty: DueReport = { sent: [], skipped: [], failed: [] };

function recordingLog() {
  const lines: string[] = [];
  return { lines, log: { info: (o: object, m?: string) => lines.push(`info ${m} ${JSON.stringify(o)}`), warn: (o: object, m?: string) => lines.push(`warn ${m} ${JSON.stringify(o)}`), error: (o: object, m?: string) => lines.push(`error ${m} ${JSON.stringify(o)}`) } };
}

it('ticks once at start (catch-up) and waits for that tick when stopped', async () => {
  let runs = 0;
  const { log, lines } = recordingLog();
  const app = { runDue: () => { runs += 1; return Promise.resolve({ ...empty, sent: ['digest team:1 2026-W48'] }); } };
  const scheduler = startScheduler(app, log);
  await scheduler.stop();
  expect(runs).toBe(1);
  expect(lines).toEqual(['info deliveries {"sent":["digest team:1 2026-W48"],"skipped":[],"failed":[]}']);
});

it('logs a failing tick instead of throwing, and stays quiet when nothing was due', async () => {
  const { log, lines } = recordingLog();
  await tickOnce({ runDue: () => Promise.reject(new Error('database is locked')) }, log);
  await tickOnce({ runDue: () => Promise.resolve(empty) }, log);
  expect(lines).toEqual(['error tick failed {"err":"database is locked"}']);
});

it('waits for background pulls when stopped, but not beyond its grace: a hung provider cannot hold up a shutdown', async () => {
  const { log, lines } = recordingLog();
  let finishPull = (): void => undefined;
  const pull = new Promise<void>((resolve) => { finishPull = resolve; });
  const app = { runDue: () => Promise.resolve(empty), idle: () => pull };
  await startScheduler(app, log, 50).stop();
  expect(lines).toEqual(['warn stopping with a usage pull or check still running; it is recorded as abandoned at the next start {"graceMs":50}']);
  finishPull();
  // A pull that ends within the grace is simply waited for.
  const { log: log2, lines: lines2 } = recordingLog();
  let pulled = false;
  const quick = { runDue: () => Promise.resolve(empty), idle: () => new Promise<void>((resolve) => setTimeout(() => { pulled = true; resolve(); }, 5)) };
  await startScheduler(quick, log2, 10_000).stop();
  expect(pulled).toBe(true);
  expect(lines2).toEqual([]);
});
