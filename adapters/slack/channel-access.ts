/**
 * Whether shiplog can post in a Slack channel, and Slack's refusals in words an admin can act
 * on. shiplog posts only in channels it was invited to (no `chat:write.public`), so a digest
 * channel needs `/invite @shiplog` once.
 */
import type { webApi } from '@slack/bolt';
import { PlatformRefusal, type ChannelAccess } from '../../src/index.js';

const INVITE = (where: string): string => `Invite it: in ${where}, type /invite @shiplog (or add shiplog under the channel's Integrations).`;

/** `<#C123>` reads as #channel in Slack; a typed name is shown as it was given. */
const shown = (channel: string): string => (/^[CG][A-Z0-9]+$/.test(channel) ? `<#${channel}>` : `#${channel.replace(/^#/, '')}`);

/** The Slack error code of a failed Web API call, if it is one. */
function slackError(error: unknown): string | null {
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  return typeof data?.error === 'string' ? data.error : null;
}

/** Asks `conversations.info` whether the bot is a member of the channel. */
export async function channelAccess(client: webApi.WebClient, channel: string): Promise<ChannelAccess> {
  // NOTE: a typed #name (not escaped by Slack) has no id to look up; it is checked when sent.
  if (!/^[CG][A-Z0-9]+$/.test(channel)) return { status: 'unknown' };
  try {
    const info = await client.conversations.info({ channel });
    if (info.channel?.is_archived === true) return { status: 'refused', reason: `${shown(channel)} is archived`, fix: 'Unarchive it, or choose another channel with team channel.' };
    if (info.channel?.is_member === true) return { status: 'ok' };
    return { status: 'refused', reason: `shiplog is not a member of ${shown(channel)}`, fix: INVITE(shown(channel)) };
  } catch (error) {
    // A private channel the bot was not invited to is invisible to it: Slack says "not found".
    if (slackError(error) === 'channel_not_found') {
      return { status: 'refused', reason: `shiplog cannot see ${shown(channel)} (a private channel it is not in, or one that was deleted)`, fix: INVITE(shown(channel)) };
    }
    return { status: 'unknown' };
  }
}

/** A refusal an admin can fix, for the errors that have one; null for anything else. */
export function asRefusal(error: unknown, channel: string): PlatformRefusal | null {
  switch (slackError(error) ?? '') {
    case 'not_in_channel':
      return new PlatformRefusal(`shiplog is not a member of ${shown(channel)}`, INVITE(shown(channel)));
    case 'channel_not_found':
      return new PlatformRefusal(`Slack cannot find ${shown(channel)} for shiplog (a private channel it is not in, or one that was deleted)`, `${INVITE(shown(channel))} Or choose another with team channel.`);
    case 'is_archived':
      return new PlatformRefusal(`${shown(channel)} is archived`, 'Unarchive it, or choose another channel with team channel.');
    default:
      return null;
  }
}
