/**
 * node-cron as a clock: it only ticks, once a minute, and asks the app what is due.
 * Exactly-once comes from the app's delivery claims, not from here: several processes
 * may tick at the same minute.
 */
import { schedule } from 'node-cron';
import type { Logger } from '../app/context.js';
import type { ShiplogApp } from '../app/types.js';

/** A running scheduler. */
export interface Scheduler {
  /**
   * Stops ticking and waits for a tick in progress to finish, and for the pulls and checks it
   * started in the background for at most {@link BACKGROUND_GRACE_MS}.
   */
  stop(): Promise<void>;
}

/**
 * How long a stop waits for background pulls. A provider may take minutes to answer (its
 * deadline is 2 min a request), longer than an orchestrator waits after SIGTERM; a pull cut
 * off here is recorded as abandoned, with how far it got, when shiplog next starts.
 */
export const BACKGROUND_GRACE_MS = 10_000;

/** Runs one tick; a failing tick is logged and never ends the process (the next minute retries). */
export async function tickOnce(app: Pick<ShiplogApp, 'runDue'>, log: Logger): Promise<void> {
  try {
    const report = await app.runDue({ pullsInBackground: true });
    if (report.sent.length + report.skipped.length + report.failed.length > 0) log.info({ ...report }, 'deliveries');
  } catch (error) {
    log.error({ err: error instanceof Error ? error.message : String(error) }, 'tick failed');
  }
}

/**
 * Starts ticking every minute, with one tick right away so whatever was missed while
 * shiplog was down (within 24 h) goes out at start.
 */
export function startScheduler(app: Pick<ShiplogApp, 'runDue'> & Partial<Pick<ShiplogApp, 'idle'>>, log: Logger, graceMs = BACKGROUND_GRACE_MS): Scheduler {
  let running: Promise<void> = Promise.resolve();
  const tick = (): Promise<void> => (running = running.then(() => tickOnce(app, log)));
  // NOTE: noOverlap drops a minute whose tick would start while the last one still runs.
  const task = schedule('* * * * *', tick, { name: 'shiplog-deliveries', noOverlap: true });
  void tick();
  let stopped: Promise<void> | undefined;
  return {
    // Idempotent: shutdown and the composition root's finally may both ask.
    stop: () =>
      (stopped ??= (async () => {
        await task.destroy();
        await running;
        if (app.idle === undefined) return;
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<'late'>((resolve) => { timer = setTimeout(() => resolve('late'), graceMs); });
        const outcome = await Promise.race([app.idle().then(() => 'idle' as const), late]);
        clearTimeout(timer);
        if (outcome === 'late') log.warn({ graceMs }, 'stopping with a usage pull or check still running; it is recorded as abandoned at the next start');
      })()),
  };
}
