/**
 * GitLab REST v4 (gitlab.com or self-hosted): merge requests with their commits' trailers,
 * issues, commits. Shapes from docs.gitlab.com/api (merge_requests, issues, commits).
 */
import { z } from 'zod';
import type { ArtifactFacts, ArtifactPerson } from '../core/evidence/index.js';
import type { RepoPath } from '../core/win-text/artifact-paths.js';
import type { Verifier } from '../app/ports/index.js';
import { coAuthors, endpoint, repoLinkVerifier, VerifyHttp, type HttpOptions } from './verify-http.js';

export interface GitLabVerifySettings {
  token: string;
  /** The instance, e.g. https://gitlab.com; the API is under /api/v4. */
  url: string;
  host: string;
}

const user = z.object({ username: z.string() }).nullish();
const users = z.array(z.object({ username: z.string() })).nullish();
const mergeRequest = z.object({ state: z.enum(['opened', 'closed', 'locked', 'merged']), author: user, assignees: users, reviewers: users });
const commit = z.object({ author_email: z.string().nullish(), message: z.string() });
const issue = z.object({ state: z.enum(['opened', 'closed']), author: user, assignees: users });

const byLogin = (role: ArtifactPerson['role'], u: { username: string } | null | undefined): ArtifactPerson[] => (u ? [{ role, login: u.username }] : []);
const commitPeople = (c: z.infer<typeof commit>): ArtifactPerson[] =>
  [...(c.author_email ? [{ role: 'author' as const, email: c.author_email.toLowerCase() }] : []), ...coAuthors(c.message)];

/** Builds the GitLab verifier. */
export function createGitLabVerifier(settings: GitLabVerifySettings, options: HttpOptions = {}): Verifier {
  const http = new VerifyHttp({ label: 'GitLab', credential: 'GITLAB_TOKEN', headers: { 'private-token': settings.token } }, options);
  const api = (path: string, params: [string, string][] = []): string => endpoint(settings.url, `/api/v4${path}`, params);

  async function factsOf(where: RepoPath): Promise<ArtifactFacts> {
    const project = `/projects/${encodeURIComponent(where.project)}`;
    if (where.kind === 'merge-request') {
      const mr = await http.json(api(`${project}/merge_requests/${where.id}`), mergeRequest);
      const state = mr.state === 'merged' ? 'done' : mr.state === 'closed' ? 'abandoned' : 'open';
      const people = [...byLogin('author', mr.author), ...(mr.assignees ?? []).flatMap((u) => byLogin('assignee', u)), ...(mr.reviewers ?? []).flatMap((u) => byLogin('reviewer', u))];
      if (state !== 'abandoned') people.push(...(await http.json(api(`${project}/merge_requests/${where.id}/commits`, [['per_page', '100']]), z.array(commit))).flatMap(commitPeople));
      return { state, people };
    }
    if (where.kind === 'commit') return { state: 'done', people: commitPeople(await http.json(api(`${project}/repository/commits/${where.id}`), commit)) };
    const found = await http.json(api(`${project}/issues/${where.id}`), issue);
    return { state: found.state === 'closed' ? 'done' : 'open', people: [...byLogin('author', found.author), ...(found.assignees ?? []).flatMap((u) => byLogin('assignee', u))] };
  }

  return repoLinkVerifier('gitlab', 'GitLab', settings.host, http, factsOf);
}
