/**
 * Slack's message formatting back to plain text for the shared grammar. Slack escapes `&`,
 * `<`, `>` and wraps links as `<url>` or `<url|label>`; user and channel references
 * (`<@U…|name>`, `<#C…|name>`) are kept, since the grammar reads them as mentions.
 */
export function fromSlackText(value: string): string {
  const linked = value.replace(/<((?:https?|mailto):[^|>\s]+)(?:\|([^>]*))?>/g, (_all, url: string, label: string | undefined) => {
    if (url.startsWith('mailto:')) return label ?? url.slice('mailto:'.length);
    return label === undefined || label === '' || url.endsWith(label) ? url : `${label} ${url}`;
  });
  return linked.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
