import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { withIntroduced } from '../callers.js';
import { publishHome, sendFilesToDm } from '../deliver.js';
import { attachmentOf } from '../files.js';
import { fromSlackText } from '../from-slack-text.js';
import { toBlockKit } from '../to-block-kit.js';
import type { ListenerDeps } from './deps.js';

/** How many recent event ids are remembered to skip re-answering Slack's retries. */
const REMEMBERED_EVENTS = 10_000;

/**
 * Event ids already answered by this process. The store's dedupe key is what guarantees one
 * win (across restarts too); this only stops a retry from posting the confirmation again.
 */
function recentEvents(): { seen(id: string): boolean } {
  const ids = new Set<string>();
  return {
    seen(id) {
      if (ids.has(id)) return true;
      if (ids.size >= REMEMBERED_EVENTS) ids.delete(ids.values().next().value ?? '');
      ids.add(id);
      return false;
    },
  };
}

type MessageArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>;

/** A message in the bot's DM: a command, or an answer to the check-in logged as a win. */
export function directMessage({ app, lookup, afterAck }: ListenerDeps): (args: MessageArgs) => Promise<void> {
  const recent = recentEvents();
  return async ({ event, body, client, context }) => {
    // Bolt acks events itself. Edits, joins and bot posts carry a subtype: not answers; a shared file (`import`) is.
    if (event.channel_type !== 'im' || (event.subtype !== undefined && event.subtype !== 'file_share') || !('user' in event)) return;
    const text = fromSlackText(event.text ?? '').trim();
    if (text === '' || recent.seen(body.event_id) || !(await afterAck(context))) return;
    const caller = await withIntroduced(lookup, client, await lookup(client, event.user), text);
    const attachment = 'files' in event ? attachmentOf(event.files, client.token) : undefined;
    // NOTE: Slack retries an event (same event_id) when it thinks delivery failed; the key makes that one win.
    const reply = await app.handleDirectMessage(caller, text, { dedupeKey: `slack:${body.event_id}`, ...(attachment && { attachment }) });
    await client.chat.postMessage({ channel: event.channel, ...toBlockKit(reply) });
    await sendFilesToDm(client, caller.platformUserId, reply);
  };
}

type HomeArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>;

/** Opening the Home tab re-renders it with the person's latest wins and preferences. */
export const homeOpened =
  ({ app, lookup, afterAck }: ListenerDeps) =>
  async ({ event, client, context }: HomeArgs): Promise<void> => {
    if (event.tab !== 'home' || !(await afterAck(context))) return;
    await publishHome(client, app, await lookup(client, event.user));
  };
