/**
 * The request a piece of work belongs to, carried through every await (AsyncLocalStorage),
 * so each log line written while handling a request, before or after its acknowledgement,
 * names that request's id without passing a logger down.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

const current = new AsyncLocalStorage<{ requestId: string }>();

/** A caller's own id (`x-request-id`) is kept when it is short and plain; otherwise a new one. */
const PLAIN_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The id to use for a request that arrived with `given` (a header value, or nothing). */
export function requestIdFrom(given: string | string[] | undefined): string {
  return typeof given === 'string' && PLAIN_ID.test(given) ? given : randomUUID();
}

/** Runs `fn` (and everything it starts) as part of request `requestId`. */
export function withRequestId<T>(requestId: string, fn: () => T): T {
  return current.run({ requestId }, fn);
}

/** The id of the request the running code belongs to, if any. */
export function currentRequestId(): string | undefined {
  return current.getStore()?.requestId;
}
