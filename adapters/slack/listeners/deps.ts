import type { ShiplogApp } from '../../../src/index.js';
import type { AfterAck } from '../after-ack.js';
import type { CallerLookup } from '../callers.js';

/** Structured logging the adapter needs; pino satisfies it. */
export interface SlackLog {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** What every listener gets. */
export interface ListenerDeps {
  app: ShiplogApp;
  lookup: CallerLookup;
  log: SlackLog;
  /** Awaited right after each ack: the work that follows waits its turn behind acks still to send; false for a replay. */
  afterAck: AfterAck;
  /** Slash commands taken but not finished before more are answered "busy". */
  commandsInHand?: number;
}
