/**
 * Files shared in the bot's DM, handed to the app as a command's attachment. The download
 * starts only when the app reads the attachment (so a win with a screenshot costs nothing)
 * and is streamed chunk by chunk, never held whole.
 */
import type { types } from '@slack/bolt';
import { UsageSourceError, type CommandOptions } from '../../src/index.js';

type SlackFile = NonNullable<types.FileShareMessageEvent['files']>[number];
type Attachment = NonNullable<CommandOptions['attachment']>;

/** The first file of a message as an attachment, or undefined when none can be downloaded. */
export function attachmentOf(files: SlackFile[] | undefined, botToken: string | undefined): Attachment | undefined {
  const file = files?.[0];
  const url = file?.url_private_download ?? file?.url_private;
  if (file === undefined || url === undefined || botToken === undefined) return undefined;
  const name = file.name ?? file.title ?? file.id;
  return { name, content: download(url, botToken, name) };
}

/**
 * Streams a private file. NOTE: without the `files:read` scope Slack does not refuse the
 * download; it answers 200 with its sign-in page, so HTML is treated as a refusal.
 */
async function* download(url: string, botToken: string, name: string): AsyncIterable<Uint8Array> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${botToken}` } });
  if (!res.ok || res.body === null) {
    throw new UsageSourceError('SOURCE.UNAVAILABLE', `Slack did not let shiplog download ${name} (HTTP ${res.status}); please share the file again.`);
  }
  if (res.headers.get('content-type')?.startsWith('text/html') === true) {
    await res.body.cancel();
    throw new UsageSourceError('SOURCE.AUTH', `Slack sent a sign-in page instead of ${name}: the shiplog app needs the files:read scope (reinstall it from adapters/slack/manifest.yml).`);
  }
  yield* res.body;
}
