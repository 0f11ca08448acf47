/**
 * GitHub REST (github.com or Enterprise Server): pull requests with their reviews and commit
 * trailers, issues, commits. Shapes from docs.github.com/rest (pulls, issues, commits).
 */
import { z } from 'zod';
import type { ArtifactFacts, ArtifactPerson } from '../core/evidence/index.js';
import type { RepoPath } from '../core/win-text/artifact-paths.js';
import type { Verifier } from '../app/ports/index.js';
import { coAuthors, endpoint, repoLinkVerifier, VerifyHttp, withNoreplyLogin, type HttpOptions } from './verify-http.js';

export interface GitHubVerifySettings {
  token: string;
  apiUrl: string;
  /** The web host whose links this API answers for (github.com, or the Enterprise host). */
  host: string;
}

const user = z.object({ login: z.string() }).nullable();
const pull = z.object({ state: z.enum(['open', 'closed']), merged_at: z.string().nullable(), user, assignees: z.array(z.object({ login: z.string() })).nullish() });
const reviews = z.array(z.object({ user, state: z.string() }));
const commitBody = z.object({
  commit: z.object({ message: z.string(), author: z.object({ email: z.string() }).nullable() }),
  author: user.optional(),
});
const pullCommits = z.array(commitBody);
const issue = z.object({ state: z.enum(['open', 'closed']), state_reason: z.string().nullish(), user, assignees: z.array(z.object({ login: z.string() })).nullish() });

const person = (role: ArtifactPerson['role'], login: string | undefined, email?: string): ArtifactPerson =>
  withNoreplyLogin({ role, ...(login !== undefined && { login }), ...(email !== undefined && { email: email.toLowerCase() }) });

/** A commit's author and `Co-authored-by` trailers; committers are left out (whoever rebased or merged). */
function commitPeople(c: z.infer<typeof commitBody>): ArtifactPerson[] {
  return [person('author', c.author?.login, c.commit.author?.email), ...coAuthors(c.commit.message)];
}

/** Builds the GitHub verifier. */
export function createGitHubVerifier(settings: GitHubVerifySettings, options: HttpOptions = {}): Verifier {
  const http = new VerifyHttp(
    {
      label: 'GitHub',
      credential: 'GITHUB_TOKEN',
      headers: { authorization: `Bearer ${settings.token}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
    },
    options,
  );
  const api = (path: string, params: [string, string][] = []): string => endpoint(settings.apiUrl, path, params);

  async function pullFacts(repo: string, n: string): Promise<ArtifactFacts> {
    const pr = await http.json(api(`/repos/${repo}/pulls/${n}`), pull);
    const state = pr.merged_at !== null ? 'done' : pr.state === 'open' ? 'open' : 'abandoned';
    const people = [person('author', pr.user?.login), ...(pr.assignees ?? []).map((a) => person('assignee', a.login))];
    if (state !== 'abandoned') {
      const rs = await http.json(api(`/repos/${repo}/pulls/${n}/reviews`, [['per_page', '100']]), reviews);
      const cs = await http.json(api(`/repos/${repo}/pulls/${n}/commits`, [['per_page', '100']]), pullCommits);
      people.push(...rs.map((r) => person('reviewer', r.user?.login)), ...cs.flatMap(commitPeople));
    }
    return { state, people };
  }

  async function factsOf(where: RepoPath): Promise<ArtifactFacts> {
    const repo = where.project.split('/').map(encodeURIComponent).join('/');
    if (where.kind === 'pull-request') return pullFacts(repo, where.id);
    if (where.kind === 'commit') return { state: 'done', people: commitPeople(await http.json(api(`/repos/${repo}/commits/${where.id}`), commitBody)) };
    const found = await http.json(api(`/repos/${repo}/issues/${where.id}`), issue);
    const state = found.state === 'open' ? 'open' : found.state_reason === 'not_planned' ? 'abandoned' : 'done';
    return { state, people: [person('author', found.user?.login), ...(found.assignees ?? []).map((a) => person('assignee', a.login))] };
  }

  return repoLinkVerifier('github', 'GitHub', settings.host, http, factsOf);
}
