/** Email normalisation for matching provider identities to people. Pure. */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** True when the text has the shape of an email address (one @, a dotted domain, no spaces). */
export function looksLikeEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

/**
 * The key two addresses of one mailbox share: lower-cased, with plus-addressing removed
 * (`Ada+ai@Example.com` -> `ada@example.com`). Null when the text is not an email.
 */
export function emailKey(value: string): string | null {
  const trimmed = value.trim().toLowerCase();
  if (!EMAIL.test(trimmed)) return null;
  const at = trimmed.lastIndexOf('@');
  const local = trimmed.slice(0, at);
  const plus = local.indexOf('+');
  // NOTE: a local part that starts with "+" has no base mailbox to fall back to; keep it whole.
  return plus > 0 ? `${local.slice(0, plus)}${trimmed.slice(at)}` : trimmed;
}
