/** Reads people and channels out of tokens. Pure. */
import type { ChannelRef, Mention } from '../commands.js';
import type { Token } from './tokenize.js';

const SLACK_USER = /^<@([A-Z0-9]+)(?:\|([^<>]*))?>$/i;
const SLACK_CHANNEL = /^<#([A-Z0-9]+)(?:\|([^<>]*))?>$/i;
const SLACK_MAILTO = /^<mailto:([^|<>]+)(?:\|[^<>]*)?>$/i;

/** The person a token names: Slack `<@U1|ada>`, Teams `<at>Ada</at>`, or a typed `@ada`. */
export function toMention(token: Token): Mention | null {
  if (token.kind === 'angle') {
    const m = SLACK_USER.exec(token.text);
    return m?.[1] ? { kind: 'user-id', id: m[1], label: (m[2] ?? '').trim() } : null;
  }
  if (token.kind === 'at') return token.text ? { kind: 'at-text', text: token.text } : null;
  if (token.kind !== 'word' && token.kind !== 'quoted') return null;
  const handle = token.text.startsWith('@') ? token.text.slice(1).trim() : '';
  return handle ? { kind: 'handle', handle } : null;
}

/** The channel a token names: Slack `<#C1|general>` or `<#C1>`, a typed `#general`, or a Teams `<at>General</at>`. */
export function toChannel(token: Token): ChannelRef | null {
  if (token.kind === 'angle') {
    const m = SLACK_CHANNEL.exec(token.text);
    return m?.[1] ? { id: m[1], name: m[2]?.trim() || null } : null;
  }
  // NOTE: Teams renders a channel mention like a person mention; the adapter resolves it.
  if (token.kind === 'at') return token.text ? { id: null, name: token.text } : null;
  if (token.kind !== 'word') return null;
  const name = token.text.startsWith('#') ? token.text.slice(1) : '';
  return name ? { id: null, name } : null;
}

/** True when a token names a person or a channel rather than plain text. */
export const isReference = (token: Token): boolean =>
  token.kind === 'angle' || token.kind === 'at' || toMention(token) !== null;

/** Undoes Slack's auto-link of an email (`<mailto:a@b.c|a@b.c>`) inside plain text. */
export function unwrapMailto(text: string): string {
  return SLACK_MAILTO.exec(text)?.[1] ?? text;
}
