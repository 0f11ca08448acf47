/** The verifiers of every configured artifact provider. */
import type { Verifier } from '../app/ports/index.js';
import type { VerifyConfig } from '../verify-config.js';
import { createGitHubVerifier } from './github.verifier.js';
import { createGitLabVerifier } from './gitlab.verifier.js';
import { createJiraVerifier } from './jira.verifier.js';
import { createLinearVerifier } from './linear.verifier.js';
import type { HttpOptions } from './verify-http.js';

/** One verifier per configured provider; none when nothing is configured. */
export function createVerifiers(config: VerifyConfig, options: HttpOptions = {}): Verifier[] {
  const verifiers: Verifier[] = [];
  if (config.github) verifiers.push(createGitHubVerifier(config.github, options));
  if (config.gitlab) verifiers.push(createGitLabVerifier(config.gitlab, options));
  if (config.jira) verifiers.push(createJiraVerifier(config.jira, options));
  if (config.linear) verifiers.push(createLinearVerifier(config.linear, options));
  return verifiers;
}
