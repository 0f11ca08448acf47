/**
 * Work started after a reply was sent (artifact checks), run one at a time: checks of the
 * same artifact then share the cached answer, and providers see one request at a time.
 */
/** Somewhere to run work after a reply. */
export interface Background {
  run(what: string, work: () => Promise<void>): void;
  idle(): Promise<void>;
}

export class BackgroundWork implements Background {
  private tail: Promise<void> = Promise.resolve();
  private pending = 0;

  constructor(private readonly log: { error(obj: object, msg?: string): void }) {}

  /** Queues `work` without waiting for it; a failure is logged, never thrown at the caller. */
  run(what: string, work: () => Promise<void>): void {
    this.pending++;
    this.tail = this.tail
      .then(work)
      .catch((err: unknown) => this.log.error({ err, what }, 'background work failed'))
      .finally(() => { this.pending--; });
  }

  /** Resolves once everything queued so far, and anything it queued, has finished. */
  async idle(): Promise<void> {
    while (this.pending > 0) await this.tail;
  }
}
