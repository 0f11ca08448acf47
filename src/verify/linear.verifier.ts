/**
 * Linear GraphQL: an issue by its identifier, with its workflow state type, creator and
 * assignee. Shape from developers.linear.app (`issue(id:)` accepts `ENG-123`).
 */
import { z } from 'zod';
import type { ArtifactFacts, ArtifactPerson } from '../core/evidence/index.js';
import type { Verifier } from '../app/ports/index.js';
import { VerifyHttp, type HttpOptions } from './verify-http.js';

export interface LinearVerifySettings {
  key: string;
  apiUrl: string;
}

const QUERY = 'query Issue($id: String!) { issue(id: $id) { identifier state { type } creator { id email } assignee { id email } } }';

const user = z.object({ id: z.string(), email: z.string().nullish() }).nullish();
const answer = z.object({
  data: z.object({ issue: z.object({ identifier: z.string(), state: z.object({ type: z.string() }), creator: user, assignee: user }).nullable() }).nullish(),
  errors: z.array(z.object({ message: z.string() })).optional(),
});

const byUser = (role: ArtifactPerson['role'], u: z.infer<typeof user>): ArtifactPerson[] =>
  u ? [{ role, login: u.id, ...(u.email ? { email: u.email.toLowerCase() } : {}) }] : [];

/** Builds the Linear verifier (a personal API key in the Authorization header, as Linear asks). */
export function createLinearVerifier(settings: LinearVerifySettings, options: HttpOptions = {}): Verifier {
  const http = new VerifyHttp({ label: 'Linear', credential: 'LINEAR_API_KEY', headers: { authorization: settings.key } }, options);
  return {
    provider: 'linear',
    label: 'Linear',
    handles: (a) => a.provider === 'linear',
    facts: async (a): Promise<ArtifactFacts> => {
      const { data } = await http.json(settings.apiUrl, answer, { method: 'POST', body: { query: QUERY, variables: { id: a.label } } });
      // NOTE: GraphQL answers 200 with `errors` (e.g. "Entity not found") and no data for a missing issue.
      const found = data?.issue;
      if (!found) throw http.notFound(`issue ${a.label}`);
      const type = found.state.type;
      const state = type === 'completed' ? 'done' : type === 'canceled' ? 'abandoned' : 'open';
      return { state, people: [...byUser('assignee', found.assignee), ...byUser('author', found.creator)] };
    },
  };
}
