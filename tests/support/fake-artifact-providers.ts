/**
 * Local fakes of the artifact providers shiplog verifies against, serving the documented
 * response shapes: GitHub REST (pulls, reviews, pull commits, issues, commits), GitLab v4
 * (merge requests and their commits, issues, commits), Jira Cloud v3 (issue) and Linear
 * GraphQL (`issue(id:)`). Items are read at request time, so a test can merge a PR later.
 */
import { FakeHttpServer, type FakeResponse, type RecordedRequest, type Route } from './fake-http.js';

export interface FakePull {
  state: 'open' | 'closed';
  mergedAt: string | null;
  author: string;
  assignees?: string[];
  reviewers?: string[];
  /** Commits: author login/email and message (trailers go here). */
  commits?: { login: string | null; email: string; message: string }[];
}

const ghUser = (login: string) => ({ login, id: login.length * 1000, type: 'User', site_admin: false });

const guard = (ok: (r: RecordedRequest) => boolean, route: Route, refusal: FakeResponse): Route => (r) => (ok(r) ? route(r) : refusal);

/** GitHub: `pulls` keyed `owner/repo#n`; `Authorization: Bearer <token>` required. */
export function startFakeGitHubApi(token: string, pulls: Record<string, FakePull>, issues: Record<string, { state: 'open' | 'closed'; stateReason: string | null; author: string; assignees?: string[] }> = {}): Promise<FakeHttpServer> {
  const auth = (route: Route): Route => guard((r) => r.headers.authorization === `Bearer ${token}`, route, { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' } });
  const routes: Record<string, Route> = {};
  for (const key of Object.keys(pulls)) {
    const [repo, n] = key.split('#') as [string, string];
    const pr = () => pulls[key]!;
    routes[`GET /repos/${repo}/pulls/${n}`] = auth(() => ({
      body: {
        url: `https://api.github.com/repos/${repo}/pulls/${n}`, number: Number(n), state: pr().state, title: 'A change', user: ghUser(pr().author),
        merged_at: pr().mergedAt, merged: pr().mergedAt !== null, closed_at: pr().state === 'closed' ? '2026-11-25T12:00:00Z' : null,
        assignees: (pr().assignees ?? []).map(ghUser), requested_reviewers: [], draft: false,
      },
    }));
    routes[`GET /repos/${repo}/pulls/${n}/reviews`] = auth(() => ({
      body: (pr().reviewers ?? []).map((login, i) => ({ id: i + 1, user: ghUser(login), state: 'APPROVED', submitted_at: '2026-11-25T11:00:00Z', body: '' })),
    }));
    routes[`GET /repos/${repo}/pulls/${n}/commits`] = auth(() => ({
      body: (pr().commits ?? [{ login: pr().author, email: `${pr().author}@acme.io`, message: 'Change' }]).map((c, i) => ({
        sha: `${i}`.padStart(40, 'a'),
        commit: { author: { name: c.login ?? 'someone', email: c.email, date: '2026-11-25T10:00:00Z' }, committer: { name: 'GitHub', email: 'noreply@github.com', date: '2026-11-25T10:00:00Z' }, message: c.message },
        author: c.login === null ? null : ghUser(c.login),
        committer: ghUser('web-flow'),
      })),
    }));
  }
  for (const [key, issue] of Object.entries(issues)) {
    const [repo, n] = key.split('#') as [string, string];
    routes[`GET /repos/${repo}/issues/${n}`] = auth(() => ({
      body: { number: Number(n), state: issue.state, state_reason: issue.stateReason, user: ghUser(issue.author), assignees: (issue.assignees ?? []).map(ghUser), title: 'An issue' },
    }));
  }
  return new FakeHttpServer(routes).start();
}

/** GitLab v4: merge requests keyed `group/project!iid`; `PRIVATE-TOKEN` required. */
export function startFakeGitLabApi(token: string, mrs: Record<string, { state: 'opened' | 'closed' | 'merged'; author: string; reviewers?: string[]; commits?: { email: string; message: string }[] }>): Promise<FakeHttpServer> {
  const auth = (route: Route): Route => guard((r) => r.headers['private-token'] === token, route, { status: 401, body: { message: '401 Unauthorized' } });
  const routes: Record<string, Route> = {};
  for (const [key, mr] of Object.entries(mrs)) {
    const [project, iid] = key.split('!') as [string, string];
    const base = `/api/v4/projects/${encodeURIComponent(project)}/merge_requests/${iid}`;
    const user = (username: string) => ({ id: username.length, username, name: username, state: 'active' });
    routes[`GET ${base}`] = auth(() => ({ body: { id: 1, iid: Number(iid), state: mr.state, title: 'A change', author: user(mr.author), assignees: [], reviewers: (mr.reviewers ?? []).map(user), merged_at: mr.state === 'merged' ? '2026-11-25T12:00:00Z' : null } }));
    routes[`GET ${base}/commits`] = auth(() => ({ body: (mr.commits ?? []).map((c, i) => ({ id: `${i}`.padStart(40, 'b'), short_id: 'bbbbbbb', title: c.message.split('\n')[0], message: c.message, author_name: 'x', author_email: c.email, committer_email: c.email })) }));
  }
  return new FakeHttpServer(routes).start();
}

/** Jira Cloud v3: issues by key; basic auth with `email:token`. */
export function startFakeJira(email: string, token: string, issues: Record<string, { category: 'new' | 'indeterminate' | 'done'; resolution: string | null; assignee: { accountId: string; emailAddress?: string } | null }>): Promise<FakeHttpServer> {
  const expected = `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}`;
  const routes: Record<string, Route> = {};
  for (const [key, issue] of Object.entries(issues)) {
    routes[`GET /rest/api/3/issue/${key}`] = guard((r) => r.headers.authorization === expected, () => ({
      body: {
        id: '10001', key, self: `https://acme.atlassian.net/rest/api/3/issue/10001`,
        fields: {
          status: { name: issue.category === 'done' ? 'Done' : 'In Progress', statusCategory: { id: 3, key: issue.category, name: issue.category } },
          resolution: issue.resolution === null ? null : { id: '1', name: issue.resolution },
          assignee: issue.assignee === null ? null : { ...issue.assignee, displayName: 'Someone', active: true },
          reporter: { accountId: 'reporter-1', displayName: 'Reporter', active: true },
        },
      },
    }), { status: 401, body: 'Client must be authenticated to access this resource.' });
  }
  return new FakeHttpServer(routes).start();
}

/** Linear GraphQL at `/graphql`: `issue(id:)` by identifier; `Authorization: <key>` required. */
export function startFakeLinear(key: string, issues: Record<string, { type: string; assignee: { id: string; email: string } | null }>): Promise<FakeHttpServer> {
  return new FakeHttpServer({
    'POST /graphql': (r) => {
      if (r.headers.authorization !== key) return { status: 400, body: { errors: [{ message: 'Authentication required, not authenticated', extensions: { code: 'AUTHENTICATION_ERROR' } }] } };
      const id = (JSON.parse(r.body) as { variables: { id: string } }).variables.id;
      const issue = issues[id];
      if (!issue) return { body: { errors: [{ message: 'Entity not found: Issue', extensions: { code: 'INVALID_INPUT' } }], data: null } };
      return { body: { data: { issue: { identifier: id, state: { type: issue.type }, creator: { id: 'creator-1', email: 'creator@acme.io' }, assignee: issue.assignee } } } };
    },
  }).start();
}
