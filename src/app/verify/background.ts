/** Work started after a reply was sent (artifact checks), tracked so shutdown and tests can wait for it. */
import type { Logger } from '../context.js';

export class BackgroundWork {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly log: Logger) {}

  /** Starts `work` without waiting for it; a failure is logged, never thrown at the caller. */
  run(what: string, work: () => Promise<void>): void {
    const task: Promise<void> = work()
      .catch((err: unknown) => this.log.error({ err, what }, 'background work failed'))
      .finally(() => this.running.delete(task));
    this.running.add(task);
  }

  /** Resolves once nothing started so far, or by what it started, is still running. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}
