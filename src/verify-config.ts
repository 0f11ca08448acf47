/**
 * The artifact-verification part of the environment (GitHub, GitLab, Jira, Linear), parsed
 * by `src/config.ts` together with everything else, read here into one typed section.
 * Each provider is optional.
 */

/** The verification variables after validation (`src/config.ts` validates them). */
export interface VerifyEnv {
  GITHUB_TOKEN?: string | undefined;
  GITHUB_API_URL?: string | undefined;
  GITHUB_HOST?: string | undefined;
  GITLAB_TOKEN?: string | undefined;
  GITLAB_URL?: string | undefined;
  JIRA_URL?: string | undefined;
  JIRA_EMAIL?: string | undefined;
  JIRA_API_TOKEN?: string | undefined;
  LINEAR_API_KEY?: string | undefined;
  LINEAR_API_URL?: string | undefined;
}

/** How to reach each artifact provider, and which extra hosts' links count as artifacts. */
export interface VerifyConfig {
  /** GitHub REST: `apiUrl` (api.github.com, or `https://HOST/api/v3` for Enterprise); links on `host` are checked. */
  github: { token: string; apiUrl: string; host: string } | undefined;
  /** GitLab REST v4 under `url` (gitlab.com or self-hosted); links on its host are checked. */
  gitlab: { token: string; url: string; host: string } | undefined;
  /** Jira Cloud REST v3 under `url`, basic auth with an account email and API token. */
  jira: { url: string; email: string; token: string; host: string } | undefined;
  /** Linear GraphQL at `apiUrl`. */
  linear: { key: string; apiUrl: string } | undefined;
  /** Hosts besides the public ones whose links are recognised, configured credentials or not. */
  hosts: { github: string[]; gitlab: string[]; jira: string[] };
}

/** The web host of a GitHub API URL: `https://HOST/api/v3` (Enterprise Server) or `api.HOST`. */
export function githubWebHost(apiUrl: string | undefined): string {
  if (apiUrl === undefined) return 'github.com';
  const u = new URL(apiUrl);
  if (/^\/api\/v3\/?$/.test(u.pathname)) return u.host;
  return u.host.startsWith('api.') ? u.host.slice(4) : u.host;
}

const hostOf = (value: string): string => new URL(value).host.toLowerCase();
const extra = (h: string, ...publicHosts: string[]): string[] => (publicHosts.includes(h) || h.endsWith('.atlassian.net') ? [] : [h]);

/** Problems with the verification variables, as (variable, message) pairs. */
export function verifyEnvIssues(e: VerifyEnv): [string, string][] {
  const issues: [string, string][] = [];
  if ((e.JIRA_EMAIL || e.JIRA_API_TOKEN) && !e.JIRA_URL) issues.push(['JIRA_URL', 'is required with JIRA_EMAIL and JIRA_API_TOKEN (your site, e.g. https://acme.atlassian.net)']);
  if (e.JIRA_API_TOKEN && !e.JIRA_EMAIL) issues.push(['JIRA_EMAIL', 'is required with JIRA_API_TOKEN (the Atlassian account the token belongs to)']);
  if (e.JIRA_EMAIL && !e.JIRA_API_TOKEN) issues.push(['JIRA_API_TOKEN', 'is required with JIRA_EMAIL']);
  return issues;
}

export function readVerifyConfig(e: VerifyEnv): VerifyConfig {
  const githubHost = e.GITHUB_HOST ?? githubWebHost(e.GITHUB_API_URL);
  const gitlabUrl = e.GITLAB_URL ?? 'https://gitlab.com';
  return {
    github: e.GITHUB_TOKEN ? { token: e.GITHUB_TOKEN, apiUrl: e.GITHUB_API_URL ?? 'https://api.github.com', host: githubHost } : undefined,
    gitlab: e.GITLAB_TOKEN ? { token: e.GITLAB_TOKEN, url: gitlabUrl, host: hostOf(gitlabUrl) } : undefined,
    jira: e.JIRA_URL && e.JIRA_EMAIL && e.JIRA_API_TOKEN ? { url: e.JIRA_URL, email: e.JIRA_EMAIL, token: e.JIRA_API_TOKEN, host: hostOf(e.JIRA_URL) } : undefined,
    linear: e.LINEAR_API_KEY ? { key: e.LINEAR_API_KEY, apiUrl: e.LINEAR_API_URL ?? 'https://api.linear.app/graphql' } : undefined,
    hosts: {
      github: extra(githubHost, 'github.com'),
      gitlab: extra(hostOf(gitlabUrl), 'gitlab.com'),
      jira: e.JIRA_URL ? extra(hostOf(e.JIRA_URL)) : [],
    },
  };
}
