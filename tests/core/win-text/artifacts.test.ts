import { describe, expect, it } from 'vitest';
import type { Artifact } from '../../../src/core/types.js';
import { findArtifacts } from '../../../src/core/win-text/artifacts.js';
import { PUBLIC_RECOGNITION, issueKeyPrefixes, type Recognition } from '../../../src/core/win-text/recognition.js';

const gh = (kind: 'pull-request' | 'issue' | 'commit', label: string, url: string): Artifact => ({ kind, provider: 'github', label, url });
const gl = (kind: 'merge-request' | 'issue' | 'commit', label: string, url: string): Artifact => ({ kind, provider: 'gitlab', label, url });
const jira = (label: string, url: string | null = null): Artifact => ({ kind: 'jira', provider: 'jira', label, url });
const linear = (label: string, url: string | null = null): Artifact => ({ kind: 'linear', provider: 'linear', label, url });

/** What an admin configured: a GitHub Enterprise host, a self-hosted GitLab, a Jira Server, known keys. */
const CONFIGURED: Recognition = {
  githubHosts: ['ghe.acme.io'],
  gitlabHosts: ['git.acme.io', 'gitlab.acme.io:8443'],
  jiraHosts: ['jira.acme.io'],
  jiraProjects: ['PAY', 'OPS2', 'AB_C'],
  linearTeams: ['ENG'],
};

const SHA = '1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b';

describe('findArtifacts: forms that count', () => {
  it.each<[string, Artifact[]]>([
    // GitHub
    ['https://github.com/acme/shop/pull/42', [gh('pull-request', 'acme/shop#42', 'https://github.com/acme/shop/pull/42')]],
    ['https://github.com/acme/shop/pull/42/files#diff', [gh('pull-request', 'acme/shop#42', 'https://github.com/acme/shop/pull/42/files#diff')]],
    ['http://www.github.com/acme/shop/pull/42', [gh('pull-request', 'acme/shop#42', 'http://www.github.com/acme/shop/pull/42')]],
    ['github.com/acme/shop/pull/42', [gh('pull-request', 'acme/shop#42', 'https://github.com/acme/shop/pull/42')]],
    ['merged (github.com/acme/shop/pull/42).', [gh('pull-request', 'acme/shop#42', 'https://github.com/acme/shop/pull/42')]],
    ['www.github.com/acme/shop/issues/7', [gh('issue', 'acme/shop#7', 'https://www.github.com/acme/shop/issues/7')]],
    ['https://github.com/acme/shop/issues/7#issuecomment-1', [gh('issue', 'acme/shop#7', 'https://github.com/acme/shop/issues/7#issuecomment-1')]],
    [`https://github.com/acme/shop/commit/${SHA}`, [gh('commit', 'acme/shop@1a2b3c4', `https://github.com/acme/shop/commit/${SHA}`)]],
    ['github.com/acme/shop/commit/1a2b3c4', [gh('commit', 'acme/shop@1a2b3c4', 'https://github.com/acme/shop/commit/1a2b3c4')]],
    [`https://github.com/acme/shop/pull/42/commits/${SHA}`, [gh('pull-request', 'acme/shop#42', `https://github.com/acme/shop/pull/42/commits/${SHA}`)]],
    ['https://ghe.acme.io/o/r/pull/3', [gh('pull-request', 'o/r#3', 'https://ghe.acme.io/o/r/pull/3')]],
    ['ghe.acme.io/o/r/issues/3', [gh('issue', 'o/r#3', 'https://ghe.acme.io/o/r/issues/3')]],
    ['<https://github.com/o/r/pull/1|the PR>', [gh('pull-request', 'o/r#1', 'https://github.com/o/r/pull/1')]],
    // GitLab
    ['https://gitlab.com/g/sub/p/-/merge_requests/5', [gl('merge-request', 'g/sub/p!5', 'https://gitlab.com/g/sub/p/-/merge_requests/5')]],
    ['gitlab.com/g/p/-/merge_requests/5', [gl('merge-request', 'g/p!5', 'https://gitlab.com/g/p/-/merge_requests/5')]],
    ['https://gitlab.com/g/p/merge_requests/5', [gl('merge-request', 'g/p!5', 'https://gitlab.com/g/p/merge_requests/5')]],
    ['https://gitlab.com/g/p/-/issues/9', [gl('issue', 'g/p#9', 'https://gitlab.com/g/p/-/issues/9')]],
    ['https://gitlab.com/g/p/-/work_items/9', [gl('issue', 'g/p#9', 'https://gitlab.com/g/p/-/work_items/9')]],
    [`https://gitlab.com/g/p/-/commit/${SHA}`, [gl('commit', 'g/p@1a2b3c4', `https://gitlab.com/g/p/-/commit/${SHA}`)]],
    ['https://git.acme.io/g/sub/p/-/issues/9', [gl('issue', 'g/sub/p#9', 'https://git.acme.io/g/sub/p/-/issues/9')]],
    ['git.acme.io/g/p/-/merge_requests/12', [gl('merge-request', 'g/p!12', 'https://git.acme.io/g/p/-/merge_requests/12')]],
    ['https://gitlab.acme.io:8443/g/p/-/merge_requests/2', [gl('merge-request', 'g/p!2', 'https://gitlab.acme.io:8443/g/p/-/merge_requests/2')]],
    // Jira
    ['https://acme.atlassian.net/browse/PAY-123', [jira('PAY-123', 'https://acme.atlassian.net/browse/PAY-123')]],
    ['acme.atlassian.net/browse/PAY-123', [jira('PAY-123', 'https://acme.atlassian.net/browse/PAY-123')]],
    ['https://acme.atlassian.net/jira/software/projects/PAY/boards/1?selectedIssue=PAY-5', [jira('PAY-5', 'https://acme.atlassian.net/jira/software/projects/PAY/boards/1?selectedIssue=PAY-5')]],
    ['https://jira.acme.io/browse/OPS-4', [jira('OPS-4', 'https://jira.acme.io/browse/OPS-4')]],
    ['PAY-123', [jira('PAY-123')]],
    ['Closed PAY-123.', [jira('PAY-123')]],
    ['(OPS2-9) and AB_C-10', [jira('OPS2-9'), jira('AB_C-10')]],
    ['PAY-123 https://acme.atlassian.net/browse/PAY-123', [jira('PAY-123', 'https://acme.atlassian.net/browse/PAY-123')]],
    ['PAY-1, PAY-1 and PAY-2', [jira('PAY-1'), jira('PAY-2')]],
    ['https://acme.atlassian.net/browse/QA-1 then QA-2', [jira('QA-1', 'https://acme.atlassian.net/browse/QA-1'), jira('QA-2')]],
    // Linear
    ['https://linear.app/acme/issue/ENG-42/fix-the-login-loop', [linear('ENG-42', 'https://linear.app/acme/issue/ENG-42/fix-the-login-loop')]],
    ['linear.app/acme/issue/ENG-42', [linear('ENG-42', 'https://linear.app/acme/issue/ENG-42')]],
    ['ENG-42 is done', [linear('ENG-42')]],
    ['https://linear.app/acme/issue/DES-7 and DES-8', [linear('DES-7', 'https://linear.app/acme/issue/DES-7'), linear('DES-8')]],
    // Mixed
    ['PAY-9 then <https://github.com/o/r/pull/1|the PR>', [jira('PAY-9'), gh('pull-request', 'o/r#1', 'https://github.com/o/r/pull/1')]],
    [
      'github.com/o/r/pull/1 and https://github.com/o/r/pull/1',
      [gh('pull-request', 'o/r#1', 'https://github.com/o/r/pull/1')],
    ],
  ])('%j', (text, artifacts) => {
    expect(findArtifacts(text, CONFIGURED)).toEqual(artifacts);
  });
});

describe('findArtifacts: look-alikes that must not count', () => {
  it.each([
    ['UTF-8'],
    ['ISO-8601'],
    ['GPT-4'],
    ['GPT-4o'],
    ['COVID-19'],
    ['SHA-256'],
    ['MP3-320'],
    ['X-1'],
    ['RFC-7231'],
    ['UTC-5'],
    ['X86-64'],
    ['ABC-1'],
    ['Shipped WEB-12 today'],
    ['PAY-0'],
    ['PAY-012'],
    ['pay-123'],
    ['1PAY-12'],
    ['ABCDEFGHIJK-1'],
    ['PAY-12.3'],
    ['PAY-12-beta'],
    ['PAY-123x'],
    ['x.PAY-12'],
    ['https://github.com/o/r/tree/PAY-12-fix'],
    ['https://example.com/PAY-12'],
    ['https://example.com/browse/PAY-12'],
    ['https://github.com/o/r'],
    ['https://github.com/o/r/pulls'],
    ['https://github.com/o/r/pull/0'],
    ['https://github.com/o/r/pull/new'],
    ['https://github.com/o/r/commit/xyz1234'],
    ['https://github.com/o/r/commit/1a2b3c'],
    ['https://github.com/o/r/blob/main/README.md'],
    ['https://gitlab.com/g/p/-/merge_requests/new'],
    ['https://example.com/o/r/pull/42'],
    ['https://github.example.com/o/r/pull/3'],
    ['https://github.com.evil.io/o/r/pull/3'],
    ['notgithub.com/o/r/pull/3'],
    ['sam@github.com/o/r/pull/3'],
    ['https://gitlab.example.com/g/p/-/merge_requests/5'],
    ['https://jira.example.com/browse/PAY-4'],
    ['https://acme.atlassian.net/browse/UTF-8'],
    ['https://linear.app/acme/issue/GPT-4'],
    ['https://linear.app/acme/project/roadmap-1'],
    ['ftp://github.com/o/r/pull/1'],
  ])('%j is no artifact', (text) => {
    expect(findArtifacts(text, CONFIGURED)).toEqual([]);
  });

  it('counts no bare key without configured or linked project keys', () => {
    expect(findArtifacts('PAY-123 and ENG-42 done', PUBLIC_RECOGNITION)).toEqual([]);
  });

  it('counts no configured host for someone who did not configure it', () => {
    expect(findArtifacts('https://ghe.acme.io/o/r/pull/3', PUBLIC_RECOGNITION)).toEqual([]);
  });
});

describe('issueKeyPrefixes', () => {
  it('normalises typed keys and drops look-alikes and invalid ones', () => {
    expect(issueKeyPrefixes('pay, OPS  ops,UTF,9X,A,PAY')).toEqual(['PAY', 'OPS']);
  });
});
