import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { withIntroduced } from '../callers.js';
import { openFormIfAny, respondWith, sendFilesToDm } from '../deliver.js';
import { fromSlackText } from '../from-slack-text.js';
import type { ListenerDeps } from './deps.js';

/** `/shiplog <command>`: acknowledge, translate, call the app, render. */
export const shiplogCommand =
  ({ app, lookup }: ListenerDeps) =>
  async ({ ack, command, respond, client }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    // NOTE: Slack shows operation_timeout unless the ack arrives within 3 s; the work follows it.
    await ack();
    const text = fromSlackText(command.text);
    const caller = await withIntroduced(lookup, client, await lookup(client, command.user_id, command.user_name), text);
    const reply = await app.handleCommand(caller, text);
    if (await openFormIfAny(client, command.trigger_id, reply, { channel: command.channel_id })) return;
    await respondWith(respond, reply);
    await sendFilesToDm(client, caller.platformUserId, reply);
  };
