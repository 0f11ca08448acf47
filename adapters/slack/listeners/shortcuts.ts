import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { openFormIfAny, respondWith } from '../deliver.js';
import { fromSlackText } from '../from-slack-text.js';
import type { ListenerDeps } from './deps.js';

/** The message shortcut's callback id, as declared in manifest.yml. */
export const LOG_AS_WIN_CALLBACK = 'log_as_win';

/** "Log as AI win": opens the log form prefilled with the message text and its permalink. */
export const logAsWin =
  ({ app, lookup, afterAck }: ListenerDeps) =>
  async ({ ack, shortcut, client, context: request }: AllMiddlewareArgs & SlackShortcutMiddlewareArgs<MessageShortcut>): Promise<void> => {
    await ack();
    if (!(await afterAck(request))) return;
    const caller = await lookup(client, shortcut.user.id, shortcut.user.name);
    const permalink = await client.chat
      .getPermalink({ channel: shortcut.channel.id, message_ts: shortcut.message.ts })
      .then((answer) => answer.permalink, () => undefined);
    const prefill = [fromSlackText(shortcut.message.text ?? ''), permalink ?? ''].filter((part) => part !== '').join('\n');
    const reply = await app.handleAction(caller, 'log-win', prefill);
    const context = { channel: shortcut.channel.id, source: 'message-shortcut' as const };
    if (await openFormIfAny(client, shortcut.trigger_id, reply, context)) return;
    await respondWith(shortcut.response_url, reply);
  };
