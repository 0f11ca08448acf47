/** A ChatPlatform that records what shiplog sent, when, and can be told to fail or report people away. */
import type { Message } from '../../src/core/message.js';
import type { ChatPlatform, Destination } from '../../src/app/ports/index.js';

export interface Sent {
  to: Destination;
  message: Message;
  /** The app clock's time when the platform accepted it. */
  at: Date;
}

export interface RecordingPlatform extends ChatPlatform {
  sent: Sent[];
  /** Sends fail with this error while set; `failOnly` narrows which destinations fail. */
  failWith: string | null;
  failOnly: ((to: Destination) => boolean) | null;
  /** Platform user ids the platform shows as away. */
  awayIds: Set<string>;
}

export function recordingPlatform(clock: { now(): Date }): RecordingPlatform {
  const p: RecordingPlatform = {
    platform: 'console',
    sent: [],
    failWith: null,
    failOnly: null,
    awayIds: new Set(),
    send(to, message) {
      if (p.failWith !== null && (p.failOnly === null || p.failOnly(to))) return Promise.reject(new Error(p.failWith));
      p.sent.push({ to, message, at: clock.now() });
      return Promise.resolve();
    },
    isAway: (id) => Promise.resolve(p.awayIds.has(id)),
  };
  return p;
}
