/**
 * The work that follows an acknowledgement, let through one piece per event-loop turn.
 * Acks are due within Slack's 3 s; the replies after them are not. Each piece starts in its
 * own turn, after the loop has read the requests that arrived meanwhile, so under load a
 * new request waits behind at most one piece of earlier work, never behind all of it.
 * (Waiting pieces all released in the same turn, as plain `setImmediate` would, run
 * back to back while new requests sit unread.)
 *
 * A request is claimed here too, after its ack: the claim writes, and on SQLite a write may
 * wait for a lock an import holds. A replay's ack is the same empty 200 as the original's,
 * so claiming after it changes nothing a client sees; the replay just does no work.
 */
export type AfterAck = (context: object) => Promise<boolean>;

/** Resolves true when it is this request's turn and it is the first time it is seen. */
export function createAfterAck(claim?: (keys: string[]) => Promise<boolean>): AfterAck {
  const turn = createTurns();
  return async (context) => {
    await turn();
    const keys = (context as { requestKeys?: unknown }).requestKeys;
    if (claim === undefined || !Array.isArray(keys) || keys.length === 0) return true;
    return claim(keys as string[]);
  };
}

/** A queue of work waiting for its turn; the returned function resolves when it is yours. */
export function createTurns(): () => Promise<void> {
  const waiting: (() => void)[] = [];
  let pumping = false;
  const pump = (): void => {
    const next = waiting.shift();
    if (next === undefined) {
      pumping = false;
      return;
    }
    // The piece runs in this turn's microtasks; the next one waits for the next turn.
    next();
    setImmediate(pump);
  };
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (!pumping) {
        pumping = true;
        setImmediate(pump);
      }
    });
}
