/** The paths of artifact links, per provider, independent of the host. Pure. */
import type { Artifact, ArtifactProvider } from '../types.js';
import { NOT_ISSUE_KEYS } from './recognition.js';

const NUMBER = String.raw`[1-9]\d{0,9}`;
const SHA = String.raw`[0-9a-f]{7,40}`;
const KEY = String.raw`[A-Z][A-Z0-9_]{1,9}-${NUMBER}`;

const GITHUB_PATH = new RegExp(String.raw`^/([^/]+)/([^/]+)/(?:(pull|issues)/(${NUMBER})|commit/(${SHA}))(?:[/.#?]|$)`, 'i');
// The project path may be nested (group/subgroup/project); `/-/` is optional on old GitLab.
const GITLAB_PATH = new RegExp(
  String.raw`^/((?:[^/]+/){1,20}?[^/]+)/(?:-/)?(?:(merge_requests|issues|work_items)/(${NUMBER})|commit/(${SHA}))(?:[/.#?]|$)`,
  'i',
);
const JIRA_PATH = new RegExp(String.raw`^/browse/(${KEY})(?:/|$)`);
const JIRA_SELECTED = new RegExp(String.raw`^(${KEY})$`);
const LINEAR_PATH = new RegExp(String.raw`^/[^/]+/issue/(${KEY})(?:/|$)`);

/** What a link names, before the URL is attached. */
export type Named = Pick<Artifact, 'kind' | 'label'>;

function github(path: string): Named | null {
  const m = GITHUB_PATH.exec(path);
  if (!m) return null;
  const [, owner, repo, kind, num, sha] = m;
  if (sha) return { kind: 'commit', label: `${owner}/${repo}@${sha.slice(0, 7).toLowerCase()}` };
  return { kind: kind === 'pull' ? 'pull-request' : 'issue', label: `${owner}/${repo}#${num}` };
}

function gitlab(path: string): Named | null {
  const m = GITLAB_PATH.exec(path);
  if (!m) return null;
  const [, project, kind, num, sha] = m;
  if (sha) return { kind: 'commit', label: `${project}@${sha.slice(0, 7).toLowerCase()}` };
  return kind === 'merge_requests' ? { kind: 'merge-request', label: `${project}!${num}` } : { kind: 'issue', label: `${project}#${num}` };
}

const issueKey = (key: string | undefined): string | null =>
  key && !NOT_ISSUE_KEYS.has(key.split('-')[0] ?? '') ? key : null;

function jira(path: string, query: URLSearchParams): Named | null {
  const key = issueKey(JIRA_PATH.exec(path)?.[1] ?? JIRA_SELECTED.exec(query.get('selectedIssue') ?? '')?.[1]);
  return key ? { kind: 'jira', label: key } : null;
}

function linear(path: string): Named | null {
  const key = issueKey(LINEAR_PATH.exec(path)?.[1]);
  return key ? { kind: 'linear', label: key } : null;
}

/** What the path (and query) of a link on `provider`'s host names, or null. */
export function namedByPath(provider: ArtifactProvider, path: string, query: URLSearchParams): Named | null {
  switch (provider) {
    case 'github':
      return github(path);
    case 'gitlab':
      return gitlab(path);
    case 'jira':
      return jira(path, query);
    case 'linear':
      return linear(path);
  }
}

/** The parts of a GitHub or GitLab link a verifier asks about. */
export interface RepoPath {
  /** `owner/repo` on GitHub; the full (nested) project path on GitLab. */
  project: string;
  kind: 'pull-request' | 'merge-request' | 'issue' | 'commit';
  /** A number, or a full or short commit SHA. */
  id: string;
}

/** Reads a GitHub or GitLab link's path back into its parts. */
export function repoPath(provider: 'github' | 'gitlab', path: string): RepoPath | null {
  if (provider === 'github') {
    const m = GITHUB_PATH.exec(path);
    if (!m) return null;
    const [, owner, repo, kind, num, sha] = m;
    return { project: `${owner}/${repo}`, kind: sha ? 'commit' : kind === 'pull' ? 'pull-request' : 'issue', id: (sha ?? num)! };
  }
  const m = GITLAB_PATH.exec(path);
  if (!m) return null;
  const [, project, kind, num, sha] = m;
  return { project: project!, kind: sha ? 'commit' : kind === 'merge_requests' ? 'merge-request' : 'issue', id: (sha ?? num)! };
}
