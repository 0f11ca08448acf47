/**
 * The retrying provider HTTP client of `src/ingest`, with its failures translated into
 * {@link VerifierError}s that say, without naming anyone, what an admin should fix.
 */
import type { z } from 'zod';
import type { ArtifactFacts, ArtifactPerson } from '../core/evidence/index.js';
import { repoPath, type RepoPath } from '../core/win-text/artifact-paths.js';
import { UsageSourceError, VerifierError, type Verifier } from '../app/ports/index.js';
import { ProviderHttp, ProviderRejectedError, type HttpOptions, type Provider, type RequestInit } from '../ingest/http-client.js';

export type { HttpOptions } from '../ingest/http-client.js';
export { endpoint } from '../ingest/http-client.js';

/** One provider's HTTP access for verification. */
export class VerifyHttp {
  private readonly http: ProviderHttp;

  constructor(private readonly provider: Provider, options: HttpOptions = {}) {
    this.http = new ProviderHttp(provider, options);
  }

  /** GETs (or POSTs) `url` and validates the JSON answer. */
  async json<T>(url: string, schema: z.ZodType<T>, init: RequestInit = {}): Promise<T> {
    try {
      return (await this.http.json(url, schema, init)).value;
    } catch (error) {
      throw this.translate(error, url);
    }
  }

  /** The error for an artifact the provider does not know, or the token cannot see. */
  notFound(what: string): VerifierError {
    return new VerifierError('VERIFY.NOT_FOUND', `${this.provider.label} has no ${what}, or ${this.provider.credential} cannot see it.`);
  }

  private translate(error: unknown, url: string): unknown {
    if (error instanceof ProviderRejectedError && error.status === 404) return this.notFound(new URL(url).pathname);
    if (!(error instanceof UsageSourceError)) return error;
    if (error.code === 'SOURCE.AUTH') {
      return new VerifierError('VERIFY.AUTH', `${this.provider.label} refused the token in ${this.provider.credential}: it is missing, wrong, expired or lacks read access to the linked work (see README, Verified wins).`);
    }
    if (error.code === 'SOURCE.UNAVAILABLE') return new VerifierError('VERIFY.UNAVAILABLE', error.message);
    return new VerifierError('VERIFY.BAD_RESPONSE', error.message);
  }
}

const TRAILER = /^co-authored-by:\s*(.*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/gim;
const GITHUB_NOREPLY = /^(?:\d+\+)?([a-z0-9-]+)@users\.noreply\.github\.com$/i;

/** `Co-authored-by: Name <email>` trailers of a commit message, as co-authors. */
export function coAuthors(message: string): ArtifactPerson[] {
  return [...message.matchAll(TRAILER)].map((m) => withNoreplyLogin({ role: 'co-author', email: m[2]!.toLowerCase() }));
}

/** GitHub's `123+login@users.noreply.github.com` addresses name the login too. */
export function withNoreplyLogin(person: ArtifactPerson): ArtifactPerson {
  const login = person.email ? GITHUB_NOREPLY.exec(person.email)?.[1] : undefined;
  return login && person.login === undefined ? { ...person, login } : person;
}

/** A GitHub or GitLab verifier: it handles links on its one host and reads their paths back. */
export function repoLinkVerifier(provider: 'github' | 'gitlab', label: string, host: string, http: VerifyHttp, factsOf: (where: RepoPath) => Promise<ArtifactFacts>): Verifier {
  return {
    provider,
    label,
    handles: (a) => a.provider === provider && a.url !== null && new URL(a.url).host.replace(/^www\./, '').toLowerCase() === host,
    facts: async (a) => {
      const where = a.url === null ? null : repoPath(provider, new URL(a.url).pathname);
      if (!where) throw http.notFound(a.label);
      return factsOf(where);
    },
  };
}
