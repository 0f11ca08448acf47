/** What shiplog says about checking artifacts: the follow-up to an author, and `verify status` for admins. */
import type { Message } from '../message.js';
import { text } from '../message.js';
import type { ArtifactProvider, Win, WinEvidence } from '../types.js';
import { excerpt } from './basic.js';

const PROVIDERS: { provider: ArtifactProvider; label: string; variables: string }[] = [
  { provider: 'github', label: 'GitHub', variables: 'GITHUB_TOKEN (+ GITHUB_API_URL)' },
  { provider: 'gitlab', label: 'GitLab', variables: 'GITLAB_TOKEN + GITLAB_URL' },
  { provider: 'jira', label: 'Jira', variables: 'JIRA_URL + JIRA_EMAIL + JIRA_API_TOKEN' },
  { provider: 'linear', label: 'Linear', variables: 'LINEAR_API_KEY' },
];

/** A short private note to the author once a check of their win has an answer. */
export function evidenceNote(win: Win, evidence: WinEvidence): Message {
  const line = evidence.level === 'confirmed'
    ? `#${win.id} is confirmed: the work it links is done and yours.`
    : `#${win.id} is not verified: ${evidence.reasons.join('; ')}.`;
  return {
    summary: line,
    blocks: [
      { type: 'text', spans: [text(line, 'bold')] },
      { type: 'small', spans: [text(excerpt(win.text, 120))] },
    ],
    private: true,
  };
}

/** One provider as `verify status` shows it. */
export interface ProviderLine {
  provider: ArtifactProvider;
  configured: boolean;
  lastCheckAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
}

function describe(p: ProviderLine): string {
  if (!p.configured) return 'not configured: its links count as linked, never failed';
  const checked = p.lastCheckAt === null ? 'configured, nothing checked yet' : `configured, last check ${p.lastCheckAt.slice(0, 16).replace('T', ' ')} UTC`;
  return p.lastError === null ? `${checked}, no errors` : `${checked}; last error ${p.lastErrorAt?.slice(0, 16).replace('T', ' ')} UTC: ${p.lastError}`;
}

/** `verify status`: which providers are configured and their last errors. Names nobody. */
export function verifyStatusReply(lines: readonly ProviderLine[]): Message {
  const byProvider = new Map(lines.map((l) => [l.provider, l]));
  const fields = PROVIDERS.map(({ provider, label }) => ({
    label,
    value: describe(byProvider.get(provider) ?? { provider, configured: false, lastCheckAt: null, lastError: null, lastErrorAt: null }),
  }));
  const configured = lines.filter((l) => l.configured).length;
  return {
    summary: `${configured} of ${PROVIDERS.length} artifact providers configured.`,
    blocks: [
      { type: 'header', text: 'Artifact verification' },
      { type: 'fields', fields },
      { type: 'small', spans: [text(`Configure with ${PROVIDERS.map((p) => p.variables).join('; ')}. Open pull requests and issues are checked again daily for 14 days.`)] },
    ],
    private: true,
  };
}
