/** Cleans a raw chat line before tokenizing. Pure. */

// C0 controls and DEL, except tab (\x09) and newline (\x0A), which free text keeps.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\x00-\x08\x0B-\x1F\x7F]/g;
const PREFIX = /^\/shiplog(?=\s|$)/i;

/**
 * Replaces control characters by spaces (CRLF and CR become LF first, so line breaks
 * survive), drops an optional leading `/shiplog`, and trims.
 */
export function cleanLine(raw: string): string {
  const line = raw.replace(/\r\n?/g, '\n').replace(CONTROL, ' ').trim();
  return line.replace(PREFIX, '').trim();
}

/** Shortens text to echo in a message: whitespace collapsed, at most `max` characters. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}
