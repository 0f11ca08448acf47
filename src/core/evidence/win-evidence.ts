/** A win's evidence from its artifacts' checks and its endorsements. Pure. */
import type { Artifact, ArtifactProvider, Win } from '../types.js';
import type { ArtifactCheck, EvidenceLevel, WinEvidence } from './types.js';

/** The identity of an artifact across wins: provider, kind and what names it (URL path or key). */
export function artifactKey(a: Artifact): string {
  // One Jira site and one Linear workspace are checked, so a key names the same issue on any link.
  if (a.url === null || a.provider === 'jira' || a.provider === 'linear') return `${a.provider}:${a.kind}:${a.label}`;
  const u = new URL(a.url);
  return `${a.provider}:${a.kind}:${u.host.replace(/^www\./, '').toLowerCase()}:${a.label}`;
}

/**
 * Decides a win's evidence. Artifacts whose provider is not configured count as linked and
 * verified, as before any checking existed; a configured provider's artifact verifies only
 * once confirmed. Endorsements verify only where no provider is configured at all.
 */
export function decideEvidence(
  win: Pick<Win, 'artifacts' | 'endorsements'>,
  checks: readonly ArtifactCheck[],
  configured: ReadonlySet<ArtifactProvider>,
): WinEvidence {
  const byKey = new Map(checks.map((c) => [c.artifactKey, c]));
  const statuses = win.artifacts.map((a) => (configured.has(a.provider) ? byKey.get(artifactKey(a))?.status ?? 'pending' : 'unchecked'));
  const reasons = win.artifacts.flatMap((a) => {
    const c = byKey.get(artifactKey(a));
    return configured.has(a.provider) && c?.status === 'rejected' && c.reason ? [c.reason] : [];
  });
  if (statuses.includes('confirmed')) return { level: 'confirmed', verified: true, disputed: false, reasons };
  const disputed = statuses.length > 0 && statuses.every((s) => s === 'rejected');
  if (statuses.length > 0 && !disputed) {
    return { level: 'linked', verified: statuses.includes('unchecked'), disputed, reasons };
  }
  const level: EvidenceLevel = win.endorsements > 0 ? 'endorsed' : 'none';
  return { level, verified: !disputed && level === 'endorsed' && configured.size === 0, disputed, reasons };
}

/** Evidence before any provider was asked: what the win names and who endorsed it. */
export const uncheckedEvidence = (win: Pick<Win, 'artifacts' | 'endorsements'>): WinEvidence =>
  decideEvidence(win, [], new Set());

const RANK: Record<EvidenceLevel, number> = { confirmed: 3, linked: 2, endorsed: 1, none: 0 };

/** Confirmed above linked above endorsed; a disputed win ranks with those that have nothing. */
export const evidenceRank = (e: WinEvidence): number => (e.disputed ? 0 : RANK[e.level]);
