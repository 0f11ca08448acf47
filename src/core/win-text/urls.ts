/** http(s) links in free text, including Slack's `<url|label>` and `<url>` forms. */

/** A link found in text, with where it sits. */
export interface UrlSpan {
  url: string;
  start: number;
  end: number;
}

/** Most links kept per win; the rest are ignored. */
export const MAX_LINKS = 20;

// Stops at whitespace, quotes, angle brackets (Slack's `<…>` wrapper), `|` (Slack's label
// separator) and control characters. Each match starts at "http", so the scan is linear.
const URL_PATTERN = /https?:\/\/[^\s<>"'`|\p{Cc}]+/giu;
const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', "'", '"', '*', '_', '~']);
const CLOSERS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

const count = (s: string, ch: string): number => s.split(ch).length - 1;

/** Drops sentence punctuation and closing brackets that do not close anything inside the URL. */
export function trimTail(raw: string): string {
  let url = raw;
  for (;;) {
    const last = url.at(-1) ?? '';
    const opener = CLOSERS[last];
    const unbalanced = opener !== undefined && count(url, last) > count(url, opener);
    if (!TRAILING_PUNCTUATION.has(last) && !unbalanced) return url;
    url = url.slice(0, -1);
  }
}

function isValidUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  return /^https?:\/\/[\p{L}\p{N}]/iu.test(url);
}

/** Every link in `text`, in order, with positions; repeats included, no cap. */
export function findUrlSpans(text: string): UrlSpan[] {
  const spans: UrlSpan[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const trimmed = trimTail(match[0]);
    // NOTE: Slack escapes `&` as `&amp;` in message text, links included.
    const url = trimmed.replaceAll('&amp;', '&');
    if (isValidUrl(url)) spans.push({ url, start: match.index, end: match.index + trimmed.length });
  }
  return spans;
}

/** The distinct http(s) links in `text`, in order of appearance, at most {@link MAX_LINKS}. */
export function extractUrls(text: string): string[] {
  const urls = new Set<string>();
  for (const span of findUrlSpans(text)) {
    if (urls.size >= MAX_LINKS) break;
    urls.add(span.url);
  }
  return [...urls];
}
