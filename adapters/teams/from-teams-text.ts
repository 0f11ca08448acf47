/**
 * Teams message text to shiplog's neutral line. Teams sends HTML-ish text in which people
 * and channels appear as `<at>Name</at>`, identified only by the activity's `entities`.
 * The core reads neutral tokens: `<@id|Name>` for a person, `<#id|Name>` for a channel.
 */

/** A mention entity as Teams sends it. */
export interface MentionEntity {
  type: string;
  text?: string;
  mentioned?: { id?: string; name?: string; type?: string };
}

const AT = /<at>([\s\S]*?)<\/at>/gi;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'", '&nbsp;': ' ' };

const decode = (value: string): string => value.replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (e) => ENTITIES[e] ?? e);

/** HTML to plain text: line breaks kept, other tags dropped, the common entities decoded. */
export function htmlToText(value: string): string {
  const text = value
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(p|div)(\s[^>]*)?>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decode(text).replace(/[ \t]*\n[\s]*/g, '\n').trim();
}

/** A label safe inside a neutral token (no `|`, `<` or `>`). */
const label = (name: string): string => name.replace(/[|<>]/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * Translates a Teams message: the bot's own mention is dropped (in a channel the command
 * is the text after it), other mentions become neutral tokens, and the HTML becomes text.
 * A mention without a matching entity stays as its plain name.
 */
export function fromTeamsText(text: string, entities: readonly MentionEntity[], botId: string): string {
  const pending = entities.filter((e) => e.type === 'mention' && e.mentioned?.id);
  const parts: string[] = [];
  let last = 0;
  for (const match of text.matchAll(AT)) {
    parts.push(htmlToText(text.slice(last, match.index)));
    last = match.index + match[0].length;
    const name = decode(match[1] ?? '').trim();
    const at = pending.findIndex((e) => e.text === undefined || decode(e.text.replace(/<\/?at>/gi, '')).trim() === name);
    const entity = at >= 0 ? pending.splice(at, 1)[0] : undefined;
    const id = entity?.mentioned?.id;
    if (id === undefined) parts.push(name);
    else if (id === botId) parts.push('');
    // NOTE: channel and team mentions carry the thread id (19:…); people carry 29:… ids.
    else if (id.startsWith('19:') || entity?.mentioned?.type === 'channel' || entity?.mentioned?.type === 'team') parts.push(`<#${id}|${label(name)}>`);
    else parts.push(`<@${id}|${label(name)}>`);
  }
  parts.push(htmlToText(text.slice(last)));
  return parts.join(' ').replace(/[ \t]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
}
