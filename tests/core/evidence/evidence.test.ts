import { describe, expect, it } from 'vitest';
import { artifactKey, decideEvidence, judgeArtifact, type ArtifactCheck, type ArtifactFacts } from '../../../src/core/evidence/index.js';
import type { Artifact, ArtifactProvider } from '../../../src/core/types.js';

const PR: Artifact = { kind: 'pull-request', provider: 'github', label: 'acme/shop#42', url: 'https://github.com/acme/shop/pull/42' };
const JIRA: Artifact = { kind: 'jira', provider: 'jira', label: 'PAY-7', url: null };

const check = (a: Artifact, status: ArtifactCheck['status'], reason: string | null = null): ArtifactCheck => ({
  winId: 1, artifactKey: artifactKey(a), provider: a.provider, status, reason, firstCheckedAt: '2026-11-25T10:00:00Z', checkedAt: '2026-11-25T10:00:00Z',
});
const providers = (...p: ArtifactProvider[]): Set<ArtifactProvider> => new Set(p);

describe('judgeArtifact', () => {
  const ada = (p: { login?: string }) => p.login === 'ada';
  const facts = (state: ArtifactFacts['state'], ...people: ArtifactFacts['people']): ArtifactFacts => ({ state, people });

  it.each<[string, ArtifactFacts, ReturnType<typeof judgeArtifact>['status']]>([
    ['merged, by the author', facts('done', { role: 'author', login: 'ada' }), 'confirmed'],
    ['merged, co-authored by commit trailer', facts('done', { role: 'author', login: 'sam' }, { role: 'co-author', login: 'ada' }), 'confirmed'],
    ['merged, reviewed by the author', facts('done', { role: 'author', login: 'sam' }, { role: 'reviewer', login: 'ada' }), 'confirmed'],
    ['merged, assigned to the author', facts('done', { role: 'assignee', login: 'ada' }), 'confirmed'],
    ['merged, by someone else', facts('done', { role: 'author', login: 'sam' }), 'rejected'],
    ['closed without merging, by the author', facts('abandoned', { role: 'author', login: 'ada' }), 'rejected'],
    ['still open, by the author', facts('open', { role: 'author', login: 'ada' }), 'pending'],
    ['still open, by someone else', facts('open', { role: 'author', login: 'sam' }), 'pending'],
  ])('%s', (_what, f, status) => {
    expect(judgeArtifact(PR, f, ada).status).toBe(status);
  });

  it('says why, in words the author can act on', () => {
    expect(judgeArtifact(PR, facts('abandoned'), ada).reason).toBe('acme/shop#42 was closed without being merged');
    expect(judgeArtifact(PR, facts('done', { role: 'author', login: 'sam' }), ada).reason).toMatch(/^acme\/shop#42 belongs to someone else: .*map github:<login> @you/);
  });
});

describe('decideEvidence', () => {
  const win = (artifacts: Artifact[], endorsements = 0) => ({ artifacts, endorsements });

  it('is linked and verified when no provider is configured, as before checking existed', () => {
    expect(decideEvidence(win([PR]), [], providers())).toEqual({ level: 'linked', verified: true, disputed: false, reasons: [] });
  });

  it('is linked but not verified while a configured provider has not confirmed it', () => {
    expect(decideEvidence(win([PR]), [], providers('github'))).toMatchObject({ level: 'linked', verified: false });
    expect(decideEvidence(win([PR]), [check(PR, 'pending')], providers('github'))).toMatchObject({ level: 'linked', verified: false });
    expect(decideEvidence(win([PR]), [check(PR, 'error', 'GitHub refused GITHUB_TOKEN')], providers('github'))).toMatchObject({ level: 'linked', verified: false, reasons: [] });
  });

  it('is confirmed when any artifact is', () => {
    expect(decideEvidence(win([JIRA, PR]), [check(PR, 'confirmed')], providers('github', 'jira'))).toEqual({ level: 'confirmed', verified: true, disputed: false, reasons: [] });
  });

  it('is disputed and unverified when every artifact was refused, endorsements or not', () => {
    const refused = [check(PR, 'rejected', 'acme/shop#42 belongs to someone else')];
    expect(decideEvidence(win([PR], 2), refused, providers('github'))).toEqual({ level: 'endorsed', verified: false, disputed: true, reasons: ['acme/shop#42 belongs to someone else'] });
  });

  it('stays linked and verified when another artifact has no provider to check it', () => {
    const e = decideEvidence(win([PR, JIRA]), [check(PR, 'rejected', 'closed')], providers('github'));
    expect(e).toEqual({ level: 'linked', verified: true, disputed: false, reasons: ['closed'] });
  });

  it('verifies endorsed wins only where no provider is configured', () => {
    expect(decideEvidence(win([], 1), [], providers())).toMatchObject({ level: 'endorsed', verified: true });
    expect(decideEvidence(win([], 1), [], providers('github'))).toMatchObject({ level: 'endorsed', verified: false });
    expect(decideEvidence(win([]), [], providers())).toMatchObject({ level: 'none', verified: false });
  });

  it('keys artifacts by provider, kind, host and label', () => {
    expect(artifactKey(PR)).toBe('github:pull-request:github.com:acme/shop#42');
    expect(artifactKey({ ...PR, url: 'https://www.github.com/acme/shop/pull/42/files' })).toBe('github:pull-request:github.com:acme/shop#42');
    expect(artifactKey(JIRA)).toBe('jira:jira:PAY-7');
  });
});
