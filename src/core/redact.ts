/**
 * Secrets out of text that came from elsewhere (a provider's error body) before it is
 * stored, logged or shown: every configured secret, and anything shaped like a credential.
 * Pure.
 */

/** What a redacted stretch reads as. */
export const REDACTED = '[redacted]';

/** Configured secrets shorter than this are not searched for (they would match ordinary words). */
const MIN_SECRET = 6;

// NOTE: vendor prefixes first (OpenAI/Anthropic sk-, GitHub, GitLab, Slack, Linear, Atlassian),
// then header and key=value forms (their label kept, in group 1), then any long opaque run.
const CREDENTIAL_SHAPES: readonly RegExp[] = [
  /\bsk-[A-Za-z0-9_-]{12,}/g,
  /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{16,}/g,
  /\bgithub_pat_[A-Za-z0-9_]{16,}/g,
  /\bglpat-[A-Za-z0-9_-]{12,}/g,
  /\bxox[abprs]-[A-Za-z0-9-]{8,}/g,
  /\bxapp-[A-Za-z0-9-]{8,}/g,
  /\blin_(?:api|oauth)_[A-Za-z0-9]{16,}/g,
  /\bATATT[A-Za-z0-9_=-]{16,}/g,
  /(\b(?:Bearer|Basic|Token)\s+)[A-Za-z0-9._~+/=-]{8,}/gi,
  /(\b(?:(?:api[_-]?)?keys?|tokens?|secrets?|passwords?|authorization|credentials?)"?\s*[:=]\s*"?)[^\s"',;}&]{6,}/gi,
  /[A-Za-z0-9_+/=-]{32,}/g,
];

/** The text with every secret and credential-looking stretch replaced by {@link REDACTED}. */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET) out = out.split(secret).join(REDACTED);
  }
  for (const shape of CREDENTIAL_SHAPES) {
    out = out.replace(shape, (match: string, label: unknown) => (typeof label === 'string' ? `${label}${REDACTED}` : REDACTED));
  }
  return out;
}
