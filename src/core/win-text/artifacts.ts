/** Pull requests, merge requests, issues and Jira keys behind the links and words of a win. */
import type { Artifact } from '../types.js';
import { findUrlSpans, MAX_LINKS, type UrlSpan } from './urls.js';

const NUMBER = String.raw`[1-9]\d{0,9}`;
const GITHUB_PATH = new RegExp(String.raw`^/([^/]+)/([^/]+)/(pull|issues)/(${NUMBER})(?:/|$)`);
// The project path may be nested (group/subgroup/project); `/-/` is optional on old GitLab.
const GITLAB_PATH = new RegExp(String.raw`^/((?:[^/]+/){1,20}?[^/]+)/(?:-/)?(merge_requests|issues)/(${NUMBER})(?:/|$)`);
const JIRA_PATH = new RegExp(String.raw`^/browse/([A-Z][A-Z0-9_]{1,9}-${NUMBER})(?:/|$)`);

/**
 * A Jira key: 2–10 characters starting with an upper-case letter, a dash, a number without
 * a leading zero; not glued to a word, a path, a version ("ABC-1.2") or a longer code.
 */
const JIRA_KEY = new RegExp(
  String.raw`(?<![\p{L}\p{N}_./-])([A-Z][A-Z0-9_]{1,9})-(${NUMBER})(?![\p{L}\p{N}_]|[.-][\p{L}\p{N}])`,
  'gu',
);

/** Prefixes that look like Jira keys but are standards, encodings, models or codes. */
const NOT_JIRA = new Set([
  'UTF', 'UCS', 'ISO', 'IEC', 'IEEE', 'RFC', 'ECMA', 'ES', 'PEP', 'JSR', 'CVE', 'CWE',
  'SHA', 'MD', 'AES', 'RSA', 'ECDSA', 'HMAC', 'TLS', 'SSL', 'HTTP', 'IPV', 'IP',
  'GPT', 'LLAMA', 'COVID', 'SARS', 'MP', 'MP3', 'MP4', 'X86', 'ARM', 'BF', 'FP', 'INT',
  'UINT', 'FLOAT', 'UTC', 'GMT', 'CET', 'PST', 'EST', 'TOP', 'WIN', 'USB', 'HDMI', 'PCI',
  'DDR', 'LTE', 'ISBN', 'ASCII', 'LATIN', 'WINDOWS', 'CP', 'PHASE', 'STEP', 'PR', 'MR',
]);

function fromGithub(path: string, url: string): Artifact | null {
  const m = GITHUB_PATH.exec(path);
  if (!m) return null;
  const [, owner, repo, kind, num] = m;
  return { kind: kind === 'pull' ? 'pull-request' : 'issue', label: `${owner}/${repo}#${num}`, url };
}

function fromGitlab(path: string, url: string): Artifact | null {
  const m = GITLAB_PATH.exec(path);
  if (!m) return null;
  const [, project, kind, num] = m;
  return kind === 'merge_requests'
    ? { kind: 'merge-request', label: `${project}!${num}`, url }
    : { kind: 'issue', label: `${project}#${num}`, url };
}

function fromJira(path: string, url: string): Artifact | null {
  const key = JIRA_PATH.exec(path)?.[1];
  return key && !NOT_JIRA.has(key.split('-')[0] ?? '') ? { kind: 'jira', label: key, url } : null;
}

/**
 * The artifact behind one link, or null. Hosts whose name contains "github" or "gitlab"
 * count, so self-hosted instances do too; Jira links are `…atlassian.net/browse/KEY-1` or
 * any host with "jira" in its name.
 */
export function artifactFromUrl(url: string): Artifact | null {
  if (!URL.canParse(url)) return null;
  const { hostname, pathname } = new URL(url);
  const path = safeDecode(pathname);
  if (hostname.includes('github')) return fromGithub(path, url);
  if (hostname.includes('gitlab')) return fromGitlab(path, url);
  if (hostname.endsWith('.atlassian.net') || hostname.includes('jira')) return fromJira(path, url);
  return null;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    // A malformed escape ("%E0%A4%A") is kept as typed.
    return path;
  }
}

/** Bare Jira keys outside links, with their positions. */
function jiraKeys(text: string, spans: UrlSpan[]): { at: number; artifact: Artifact }[] {
  // Blank out links so keys inside them ("…/PAY-12-branch") are not counted again.
  const pieces: string[] = [];
  let from = 0;
  for (const s of spans) {
    pieces.push(text.slice(from, s.start), ' '.repeat(s.end - s.start));
    from = s.end;
  }
  const plain = pieces.join('') + text.slice(from);
  const found: { at: number; artifact: Artifact }[] = [];
  for (const m of plain.matchAll(JIRA_KEY)) {
    const [label, prefix] = m;
    if (prefix && !NOT_JIRA.has(prefix)) found.push({ at: m.index, artifact: { kind: 'jira', label, url: null } });
  }
  return found;
}

/**
 * The artifacts in a win's text, in order of appearance, one per kind and label. A Jira
 * key named both bare and by link keeps the link. Only the first {@link MAX_LINKS} links
 * are read.
 */
export function findArtifacts(text: string): Artifact[] {
  const spans = findUrlSpans(text);
  const fromLinks = spans.slice(0, MAX_LINKS).flatMap((s) => {
    const artifact = artifactFromUrl(s.url);
    return artifact ? [{ at: s.start, artifact }] : [];
  });
  const all = [...fromLinks, ...jiraKeys(text, spans)].sort((a, b) => a.at - b.at);
  const byKey = new Map<string, Artifact>();
  for (const { artifact } of all) {
    const key = `${artifact.kind} ${artifact.label}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, artifact);
    else if (seen.url === null && artifact.url !== null) byKey.set(key, { ...seen, url: artifact.url });
  }
  return [...byKey.values()].slice(0, MAX_LINKS);
}
