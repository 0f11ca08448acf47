/**
 * Checks a stored win's artifacts with the configured providers, records each result and
 * returns the win's evidence. Runs after the reply was sent, never while someone waits.
 */
import { artifactKey, decideEvidence, judgeArtifact, type ArtifactCheck, type ArtifactPerson } from '../../core/evidence/index.js';
import type { Artifact, ArtifactProvider, Win, WinEvidence } from '../../core/types.js';
import { emailIndex, resolveIdentity, type IdentityDirectory } from '../../core/usage/identity.js';
import { VerifierError, type Store, type Verifier } from '../ports/index.js';
import type { Logger } from '../context.js';
import { recordProviderResult } from './provider-status.js';

/** What checking needs. */
export interface CheckDeps {
  store: Store;
  log: Logger;
  verifiers: readonly Verifier[];
}

/** A provider's answer is reused this long, so ten wins linking one PR cost one request. */
const FACTS_FRESH_MS = 60 * 60 * 1000;

/** Usage mappings that also name a provider's logins (Copilot usage is keyed by GitHub login). */
const MAPPING_SOURCES: Record<ArtifactProvider, string[]> = { github: ['github', 'copilot'], gitlab: ['gitlab'], jira: ['jira'], linear: ['linear'] };

/** The providers configured, for deciding what "verified" means. */
export const configuredProviders = (verifiers: readonly Verifier[]): Set<ArtifactProvider> => new Set(verifiers.map((v) => v.provider));

async function directory(store: Store, provider: ArtifactProvider): Promise<IdentityDirectory> {
  const mappings = new Map<string, number>();
  for (const source of MAPPING_SOURCES[provider]) {
    for (const [identity, personId] of await store.listIdentityMappings(source)) mappings.set(identity.toLowerCase(), personId);
  }
  return { byEmail: emailIndex(await store.listPeople()), mappings };
}

/** Whether a provider person is `authorId`: an admin mapping of their login or email, else their email. */
function isAuthor(dir: IdentityDirectory, authorId: number): (p: ArtifactPerson) => boolean {
  return (p) => {
    const keys = [p.login, p.email].filter((k): k is string => k !== undefined);
    return keys.some((k) => resolveIdentity(k.toLowerCase(), p.email, dir).personId === authorId);
  };
}

async function checkOne(deps: CheckDeps, win: Win, artifact: Artifact, verifier: Verifier, now: Date): Promise<ArtifactCheck> {
  const key = artifactKey(artifact);
  const base = { winId: win.id, artifactKey: key, provider: artifact.provider, firstCheckedAt: now.toISOString(), checkedAt: now.toISOString() };
  try {
    const cached = await deps.store.getArtifactFacts(key);
    let facts = cached !== null && now.getTime() - Date.parse(cached.fetchedAt) < FACTS_FRESH_MS ? cached.facts : null;
    if (facts === null) {
      facts = await verifier.facts(artifact);
      await deps.store.putArtifactFacts(key, facts, now);
    }
    await recordProviderResult(deps.store, artifact.provider, now, null);
    return { ...base, ...judgeArtifact(artifact, facts, isAuthor(await directory(deps.store, artifact.provider), win.authorId)) };
  } catch (error) {
    if (!(error instanceof VerifierError)) throw error;
    deps.log.warn({ winId: win.id, provider: artifact.provider, code: error.code }, 'artifact check failed');
    await recordProviderResult(deps.store, artifact.provider, now, error.message);
    return { ...base, status: 'error', reason: error.message };
  }
}

/** Checks every artifact of `win` a configured verifier handles, and decides its evidence. */
export async function checkWin(deps: CheckDeps, win: Win, now: Date): Promise<WinEvidence> {
  for (const artifact of win.artifacts) {
    const verifier = deps.verifiers.find((v) => v.handles(artifact));
    if (verifier) await deps.store.saveArtifactCheck(await checkOne(deps, win, artifact, verifier, now));
  }
  return decideEvidence(win, await deps.store.listArtifactChecks([win.id]), configuredProviders(deps.verifiers));
}

/** Wins with their evidence attached from stored checks, for the digest and `me`. */
export async function withEvidence(store: Store, verifiers: readonly Verifier[], wins: Win[]): Promise<Win[]> {
  if (verifiers.length === 0 || wins.length === 0) return wins;
  const checks = await store.listArtifactChecks(wins.map((w) => w.id));
  const configured = configuredProviders(verifiers);
  const byWin = new Map<number, ArtifactCheck[]>();
  for (const c of checks) byWin.set(c.winId, [...(byWin.get(c.winId) ?? []), c]);
  return wins.map((w) => ({ ...w, evidence: decideEvidence(w, byWin.get(w.id) ?? [], configured) }));
}
