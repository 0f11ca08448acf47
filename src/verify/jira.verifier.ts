/**
 * Jira Cloud REST v3: an issue's status category, resolution, reporter and assignee.
 * Shape from developer.atlassian.com (GET /rest/api/3/issue/{issueIdOrKey}).
 */
import { z } from 'zod';
import type { ArtifactFacts, ArtifactPerson } from '../core/evidence/index.js';
import type { Verifier } from '../app/ports/index.js';
import { endpoint, VerifyHttp, type HttpOptions } from './verify-http.js';

export interface JiraVerifySettings {
  url: string;
  email: string;
  token: string;
}

const account = z.object({ accountId: z.string(), emailAddress: z.string().nullish() }).nullish();
const issue = z.object({
  key: z.string(),
  fields: z.object({
    status: z.object({ statusCategory: z.object({ key: z.string() }) }),
    resolution: z.object({ name: z.string() }).nullish(),
    assignee: account,
    reporter: account,
  }),
});

/** Resolutions that close an issue without doing it. */
const NOT_DONE = new Set(["won't do", "won't fix", 'duplicate', 'cannot reproduce', 'declined', 'incomplete', 'obsolete']);

const byAccount = (role: ArtifactPerson['role'], a: z.infer<typeof account>): ArtifactPerson[] =>
  a ? [{ role, login: a.accountId, ...(a.emailAddress ? { email: a.emailAddress.toLowerCase() } : {}) }] : [];

/** Builds the Jira Cloud verifier (basic auth with an account email and API token). */
export function createJiraVerifier(settings: JiraVerifySettings, options: HttpOptions = {}): Verifier {
  const basic = Buffer.from(`${settings.email}:${settings.token}`).toString('base64');
  const http = new VerifyHttp({ label: 'Jira', credential: 'JIRA_API_TOKEN', headers: { authorization: `Basic ${basic}` } }, options);
  return {
    provider: 'jira',
    label: 'Jira',
    handles: (a) => a.provider === 'jira',
    facts: async (a): Promise<ArtifactFacts> => {
      const url = endpoint(settings.url, `/rest/api/3/issue/${encodeURIComponent(a.label)}`, [['fields', 'status,resolution,assignee,reporter']]);
      const { fields } = await http.json(url, issue);
      const resolved = fields.status.statusCategory.key === 'done';
      const state = !resolved ? 'open' : NOT_DONE.has((fields.resolution?.name ?? '').toLowerCase()) ? 'abandoned' : 'done';
      return { state, people: [...byAccount('assignee', fields.assignee), ...byAccount('author', fields.reporter)] };
    },
  };
}
