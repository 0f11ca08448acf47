/**
 * The work that follows an acknowledgement, let through one piece per event-loop turn.
 * Acks are due within Slack's 3 s; the replies after them are not. Each piece starts in its
 * own turn, after the loop has read the requests that arrived meanwhile, so under load a
 * new request waits behind at most one piece of earlier work, never behind all of it.
 * (Waiting pieces all released in the same turn, as plain `setImmediate` would, run
 * back to back while new requests sit unread.)
 */
export type AfterAck = () => Promise<void>;

/** A queue of work waiting for its turn; {@link AfterAck} resolves when it is yours. */
export function createAfterAck(): AfterAck {
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
