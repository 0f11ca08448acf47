/** Reads people and channels out of tokens. Pure. */
import type { ChannelRef, Mention } from '../commands.js';
import type { Token } from './tokenize.js';

/**
 * shiplog's neutral references, which every adapter produces from its own wire syntax:
 * `<@platformUserId|label>` for a person, `<#channelId|label>` for a channel. Slack's own
 * escapes have this shape already; Teams' `<at>…</at>` mentions are translated into it.
 */
const USER_REF = /^<@([^\s|<>]+)(?:\|([^<>]*))?>$/;
const CHANNEL_REF = /^<#([^\s|<>]+)(?:\|([^<>]*))?>$/;
const SLACK_MAILTO = /^<mailto:([^|<>]+)(?:\|[^<>]*)?>$/i;

/** The person a token names: a neutral `<@id|label>` or a typed `@ada`. */
export function toMention(token: Token): Mention | null {
  if (token.kind === 'angle') {
    const m = USER_REF.exec(token.text);
    return m?.[1] ? { kind: 'user-id', id: m[1], label: (m[2] ?? '').trim() } : null;
  }
  if (token.kind !== 'word' && token.kind !== 'quoted') return null;
  const handle = token.text.startsWith('@') ? token.text.slice(1).trim() : '';
  return handle ? { kind: 'handle', handle } : null;
}

/** The channel a token names: a neutral `<#id|general>` or `<#id>`, or a typed `#general`. */
export function toChannel(token: Token): ChannelRef | null {
  if (token.kind === 'angle') {
    const m = CHANNEL_REF.exec(token.text);
    return m?.[1] ? { id: m[1], name: m[2]?.trim() || null } : null;
  }
  if (token.kind !== 'word') return null;
  const name = token.text.startsWith('#') ? token.text.slice(1) : '';
  return name ? { id: null, name } : null;
}

/** True when a token names a person or a channel rather than plain text. */
export const isReference = (token: Token): boolean =>
  token.kind === 'angle' || toMention(token) !== null;

/** Undoes Slack's auto-link of an email (`<mailto:a@b.c|a@b.c>`) inside plain text. */
export function unwrapMailto(text: string): string {
  return SLACK_MAILTO.exec(text)?.[1] ?? text;
}
