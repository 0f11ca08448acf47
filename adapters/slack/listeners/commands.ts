import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { withIntroduced } from '../callers.js';
import { openFormIfAny, respondWith, sendFilesToDm } from '../deliver.js';
import { fromSlackText } from '../from-slack-text.js';
import type { ListenerDeps } from './deps.js';
import { busyReply } from '../../../src/index.js';
import { toBlockKit } from '../to-block-kit.js';

/**
 * Commands taken but not finished at most; beyond that a command is answered "busy" in its
 * acknowledgement instead of queueing work that would be answered minutes late. 500: an
 * import holds SQLite's write lock for up to a second a chunk, and at 200 commands a second
 * a cap of 200 turned some away each time (bench/slack during imports).
 */
export const MAX_COMMANDS_IN_HAND = 500;

/** `/shiplog <command>`: acknowledge, translate, call the app, render. */
export const shiplogCommand = ({ app, lookup, afterAck, commandsInHand: limit = MAX_COMMANDS_IN_HAND }: ListenerDeps) => {
  let inHand = 0;
  return async ({ ack, command, client, context }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    // NOTE: Slack shows operation_timeout unless the ack arrives within 3 s; the work follows it.
    if (inHand >= limit) {
      const { text, blocks } = toBlockKit(busyReply());
      await ack({ response_type: 'ephemeral', text, blocks });
      return;
    }
    inHand += 1;
    try {
      await ack();
      // The work after an ack waits behind acks still to send: under load they come first.
      if (!(await afterAck(context))) return;
      const text = fromSlackText(command.text);
      const caller = await withIntroduced(lookup, client, await lookup(client, command.user_id, command.user_name), text);
      const reply = await app.handleCommand(caller, text);
      if (await openFormIfAny(client, command.trigger_id, reply, { channel: command.channel_id })) return;
      await respondWith(command.response_url, reply);
      await sendFilesToDm(client, caller.platformUserId, reply);
    } finally {
      inHand -= 1;
    }
  };
};
