/**
 * Pull/merge requests, issues, commits, Jira issues and Linear issues behind the links and
 * words of a win. Links count on public and configured hosts, with or without a scheme;
 * bare keys count only for known project or team keys.
 */
import type { Artifact, ArtifactProvider } from '../types.js';
import { namedByPath } from './artifact-paths.js';
import { NOT_ISSUE_KEYS, providerOfHost, PUBLIC_RECOGNITION, type Recognition } from './recognition.js';
import { findUrlSpans, MAX_LINKS, trimTail, type UrlSpan } from './urls.js';

/**
 * A key: an upper-case prefix, a dash, a number without a leading zero; not glued to a
 * word, a path, a version ("ABC-1.2") or a longer code.
 */
const ISSUE_KEY = /(?<![\p{L}\p{N}_./-])([A-Z][A-Z0-9_]{1,9})-([1-9]\d{0,9})(?![\p{L}\p{N}_]|[.-][\p{L}\p{N}])/gu;

/**
 * `host.tld/path` without a scheme, not inside a word, an email address or another URL.
 * Only hosts a provider serves are kept, so any domain shape may match here.
 */
const SCHEMELESS = /(?<![\p{L}\p{N}_.@/:+-])((?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d{1,5})?)(\/[^\s<>"'`|\p{Cc}]*)/giu;

interface Found {
  at: number;
  artifact: Artifact;
}

/** The artifact behind one link, or null. The host must be public or configured. */
export function artifactFromUrl(url: string, known: Recognition = PUBLIC_RECOGNITION): Artifact | null {
  if (!URL.canParse(url)) return null;
  const { host, pathname, searchParams, protocol } = new URL(url);
  if (protocol !== 'https:' && protocol !== 'http:') return null;
  const provider = providerOfHost(host, known);
  if (!provider) return null;
  const named = namedByPath(provider, safeDecode(pathname), searchParams);
  return named ? { ...named, provider, url } : null;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    // A malformed escape ("%E0%A4%A") is kept as typed.
    return path;
  }
}

/** The text with these spans blanked out, so positions stay the same. */
function blankOut(text: string, spans: readonly { start: number; end: number }[]): string {
  const pieces: string[] = [];
  let from = 0;
  for (const s of spans) {
    pieces.push(text.slice(from, s.start), ' '.repeat(s.end - s.start));
    from = s.end;
  }
  return pieces.join('') + text.slice(from);
}

/** Links written without a scheme (`github.com/o/r/pull/1`) on hosts a provider serves. */
function schemelessSpans(plain: string, known: Recognition): UrlSpan[] {
  const spans: UrlSpan[] = [];
  for (const m of plain.matchAll(SCHEMELESS)) {
    if (!providerOfHost(m[1]!, known)) continue;
    const written = trimTail(m[0]);
    const url = `https://${written}`;
    if (URL.canParse(url)) spans.push({ url, start: m.index, end: m.index + written.length });
  }
  return spans;
}

/** Bare keys of known projects and teams, plus those seen in links of this very text. */
function bareKeys(plain: string, fromLinks: readonly Found[], known: Recognition): Found[] {
  const keysOf = (kind: 'jira' | 'linear', configured: readonly string[]): Set<string> =>
    new Set([...configured, ...fromLinks.filter((f) => f.artifact.kind === kind).map((f) => f.artifact.label.split('-')[0]!)]);
  const jira = keysOf('jira', known.jiraProjects);
  const linear = keysOf('linear', known.linearTeams);
  const found: Found[] = [];
  for (const m of plain.matchAll(ISSUE_KEY)) {
    const [label, prefix] = m as unknown as [string, string];
    if (NOT_ISSUE_KEYS.has(prefix)) continue;
    // A prefix known to both is taken as Jira: admins name Jira projects on purpose.
    const provider: ArtifactProvider | null = jira.has(prefix) ? 'jira' : linear.has(prefix) ? 'linear' : null;
    if (provider) found.push({ at: m.index, artifact: { kind: provider, provider, label, url: null } });
  }
  return found;
}

/**
 * The artifacts in a win's text, in order of appearance, one per provider, kind and label.
 * A key named both bare and by link keeps the link. Only the first {@link MAX_LINKS}
 * links are read.
 */
export function findArtifacts(text: string, known: Recognition = PUBLIC_RECOGNITION): Artifact[] {
  const urlSpans = findUrlSpans(text);
  const withoutUrls = blankOut(text, urlSpans);
  const schemeless = schemelessSpans(withoutUrls, known);
  const linkSpans = [...urlSpans, ...schemeless].sort((a, b) => a.start - b.start).slice(0, MAX_LINKS);
  const fromLinks = linkSpans.flatMap((s): Found[] => {
    const artifact = artifactFromUrl(s.url, known);
    return artifact ? [{ at: s.start, artifact }] : [];
  });
  const plain = blankOut(withoutUrls, schemeless);
  const all = [...fromLinks, ...bareKeys(plain, fromLinks, known)].sort((a, b) => a.at - b.at);
  const byKey = new Map<string, Artifact>();
  for (const { artifact } of all) {
    const key = `${artifact.provider} ${artifact.kind} ${artifact.label}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, artifact);
    else if (seen.url === null && artifact.url !== null) byKey.set(key, { ...seen, url: artifact.url });
  }
  return [...byKey.values()].slice(0, MAX_LINKS);
}
