/** What artifact recognition knows beyond the text itself: configured hosts and issue keys. Pure. */
import type { ArtifactProvider } from '../types.js';

/**
 * Hosts and keys from configuration. Hosts are `host` or `host:port`, lower-case. The
 * public hosts (github.com, gitlab.com, *.atlassian.net, linear.app) are always known.
 */
export interface Recognition {
  /** GitHub Enterprise hosts whose links count, besides github.com. */
  githubHosts: readonly string[];
  /** Self-hosted GitLab hosts whose links count, besides gitlab.com. */
  gitlabHosts: readonly string[];
  /** Jira Server / Data Center hosts whose `/browse/KEY-1` links count, besides *.atlassian.net. */
  jiraHosts: readonly string[];
  /**
   * Jira project keys an admin configured or that were seen in a Jira link. A bare
   * `KEY-123` counts only for these, so `COVID-19` or `GPT-4` never do.
   */
  jiraProjects: readonly string[];
  /** Linear team keys configured or seen in a Linear link; bare `ENG-42` counts only for these. */
  linearTeams: readonly string[];
}

/** Public hosts only, no known keys. */
export const PUBLIC_RECOGNITION: Recognition = Object.freeze({
  githubHosts: [],
  gitlabHosts: [],
  jiraHosts: [],
  jiraProjects: [],
  linearTeams: [],
});

const bare = (host: string): string => host.toLowerCase().replace(/^www\./, '');

/** Which provider serves links on `host` (as `URL.host` gives it), or null for any other host. */
export function providerOfHost(host: string, known: Recognition): ArtifactProvider | null {
  const h = bare(host);
  if (h === 'github.com' || known.githubHosts.includes(h)) return 'github';
  if (h === 'gitlab.com' || known.gitlabHosts.includes(h)) return 'gitlab';
  if (h.endsWith('.atlassian.net') || known.jiraHosts.includes(h)) return 'jira';
  if (h === 'linear.app') return 'linear';
  return null;
}

/**
 * Prefixes that look like issue keys but are standards, encodings, models or codes. They
 * never count, even in a link or when configured by mistake.
 */
export const NOT_ISSUE_KEYS: ReadonlySet<string> = new Set([
  'UTF', 'UCS', 'ISO', 'IEC', 'IEEE', 'RFC', 'ECMA', 'ES', 'PEP', 'JSR', 'CVE', 'CWE',
  'SHA', 'MD', 'AES', 'RSA', 'ECDSA', 'HMAC', 'TLS', 'SSL', 'HTTP', 'IPV', 'IP',
  'GPT', 'LLAMA', 'COVID', 'SARS', 'MP', 'MP3', 'MP4', 'X86', 'ARM', 'BF', 'FP', 'INT',
  'UINT', 'FLOAT', 'UTC', 'GMT', 'CET', 'PST', 'EST', 'TOP', 'WIN', 'USB', 'HDMI', 'PCI',
  'DDR', 'LTE', 'ISBN', 'ASCII', 'LATIN', 'WINDOWS', 'CP', 'PHASE', 'STEP', 'PR', 'MR',
]);

/** Issue-key prefixes are upper-case letters, digits and `_`, starting with a letter, 2–10 long. */
export const ISSUE_KEY_PREFIX = /^[A-Z][A-Z0-9_]{1,9}$/;

/** Normalises a list of typed keys ("pay, OPS") to distinct upper-case prefixes; invalid ones are dropped. */
export function issueKeyPrefixes(typed: string): string[] {
  const keys = typed.split(/[\s,]+/).map((k) => k.trim().toUpperCase()).filter((k) => ISSUE_KEY_PREFIX.test(k) && !NOT_ISSUE_KEYS.has(k));
  return [...new Set(keys)];
}
