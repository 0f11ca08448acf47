import type { webApi } from '@slack/bolt';
import type { Caller, Form, Message, ShiplogApp } from '../../src/index.js';
import { postToResponseUrl } from './response-url.js';
import { toBlockKit } from './to-block-kit.js';
import { toHomeView, toModal } from './to-view.js';

/** What a modal remembers about where it was opened, for answering its submission. */
export interface ModalContext {
  /** The channel to answer in privately; absent: answer in the person's DM. */
  channel?: string;
  /** Set when the modal came from the "Log as AI win" message shortcut. */
  source?: 'message-shortcut';
}

/** The form a reply asks the person to fill in, if any. */
export const formOf = (message: Message): Form | undefined => message.blocks.find((block) => block.type === 'form')?.form;

export function encodeModalContext(context: ModalContext): string {
  return JSON.stringify(context);
}

export function decodeModalContext(raw: string | undefined): ModalContext {
  try {
    const parsed = JSON.parse(raw ?? '{}') as Record<string, unknown>;
    const context: ModalContext = {};
    if (typeof parsed.channel === 'string') context.channel = parsed.channel;
    if (parsed.source === 'message-shortcut') context.source = 'message-shortcut';
    return context;
  } catch {
    return {};
  }
}

/** Opens the reply's form as a modal; false when the reply has no form. */
export async function openFormIfAny(client: webApi.WebClient, triggerId: string, reply: Message, context: ModalContext): Promise<boolean> {
  const form = formOf(reply);
  if (form === undefined) return false;
  // NOTE: trigger_id expires 3 s after the click; the form must open before then.
  await client.views.open({ trigger_id: triggerId, view: toModal(form, encodeModalContext(context)) });
  return true;
}

/** Answers through the request's response_url: private unless the message is meant for the channel. */
export async function respondWith(responseUrl: string, message: Message): Promise<void> {
  const { text, blocks } = toBlockKit(message);
  await postToResponseUrl(responseUrl, { response_type: message.private ? 'ephemeral' : 'in_channel', replace_original: false, text, blocks });
}

/** Posts a reply in the person's DM (the user id as channel opens the DM by itself). */
export async function sendToDm(client: webApi.WebClient, userId: string, message: Message): Promise<void> {
  await client.chat.postMessage({ channel: userId, ...toBlockKit(message) });
}

/** Answers privately in a channel, falling back to the DM when the bot cannot post there. */
export async function sendPrivately(client: webApi.WebClient, userId: string, channel: string | undefined, message: Message): Promise<void> {
  if (channel === undefined) return sendToDm(client, userId, message);
  try {
    await client.chat.postEphemeral({ channel, user: userId, ...toBlockKit(message) });
  } catch {
    // NOTE: chat.postEphemeral fails where the bot is not a member (channel_not_found); the DM always works.
    await sendToDm(client, userId, message);
  }
}

/** Re-renders the person's Home tab. */
export async function publishHome(client: webApi.WebClient, app: ShiplogApp, caller: Caller): Promise<void> {
  const view = toHomeView(await app.homeView(caller));
  await client.views.publish({ user_id: caller.platformUserId, view });
}

/**
 * Uploads a reply's files (an export) into the person's DM, never a channel: files are
 * personal data. Uses files.getUploadURLExternal / completeUploadExternal via filesUploadV2.
 */
export async function sendFilesToDm(client: webApi.WebClient, userId: string, message: Message): Promise<void> {
  const files = message.files ?? [];
  if (files.length === 0) return;
  const dm = await client.conversations.open({ users: userId });
  const channel = dm.channel?.id;
  if (channel === undefined) throw new Error('Slack opened no DM for the files');
  await client.filesUploadV2({
    channel_id: channel,
    initial_comment: message.summary,
    file_uploads: files.map((f) => ({ file: Buffer.from(f.content, 'utf8'), filename: f.name, title: f.name })),
  });
}
