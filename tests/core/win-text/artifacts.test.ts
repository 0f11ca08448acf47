import { describe, expect, it } from 'vitest';
import type { Artifact } from '../../../src/core/types.js';
import { findArtifacts } from '../../../src/core/win-text/artifacts.js';

const pr = (label: string, url: string): Artifact => ({ kind: 'pull-request', label, url });
const issue = (label: string, url: string): Artifact => ({ kind: 'issue', label, url });
const mr = (label: string, url: string): Artifact => ({ kind: 'merge-request', label, url });
const jira = (label: string, url: string | null = null): Artifact => ({ kind: 'jira', label, url });

describe('findArtifacts', () => {
  it.each<[string, Artifact[]]>([
    ['https://github.com/acme/shop/pull/42', [pr('acme/shop#42', 'https://github.com/acme/shop/pull/42')]],
    ['https://github.com/acme/shop/pull/42/files#diff', [pr('acme/shop#42', 'https://github.com/acme/shop/pull/42/files#diff')]],
    ['https://github.com/acme/shop/issues/7', [issue('acme/shop#7', 'https://github.com/acme/shop/issues/7')]],
    ['https://github.example.com/o/r/pull/3', [pr('o/r#3', 'https://github.example.com/o/r/pull/3')]],
    ['https://gitlab.com/g/sub/p/-/merge_requests/5', [mr('g/sub/p!5', 'https://gitlab.com/g/sub/p/-/merge_requests/5')]],
    ['https://gitlab.com/g/p/-/issues/9', [issue('g/p#9', 'https://gitlab.com/g/p/-/issues/9')]],
    ['https://gitlab.acme.io/g/sub/p/-/issues/9', [issue('g/sub/p#9', 'https://gitlab.acme.io/g/sub/p/-/issues/9')]],
    ['https://gitlab.com/g/p/merge_requests/5', [mr('g/p!5', 'https://gitlab.com/g/p/merge_requests/5')]],
    ['PAY-123', [jira('PAY-123')]],
    ['Closed PAY-123.', [jira('PAY-123')]],
    ['(OPS2-9) and AB_C-10', [jira('OPS2-9'), jira('AB_C-10')]],
    ['https://acme.atlassian.net/browse/PAY-123', [jira('PAY-123', 'https://acme.atlassian.net/browse/PAY-123')]],
    ['https://jira.acme.io/browse/OPS-4', [jira('OPS-4', 'https://jira.acme.io/browse/OPS-4')]],
    ['PAY-123 https://acme.atlassian.net/browse/PAY-123', [jira('PAY-123', 'https://acme.atlassian.net/browse/PAY-123')]],
    ['PAY-1, PAY-1 and PAY-2', [jira('PAY-1'), jira('PAY-2')]],
    ['PAY-9 then <https://github.com/o/r/pull/1|the PR>', [jira('PAY-9'), pr('o/r#1', 'https://github.com/o/r/pull/1')]],
  ])('%j', (text, artifacts) => {
    expect(findArtifacts(text)).toEqual(artifacts);
  });

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
    ['https://github.com/o/r'],
    ['https://github.com/o/r/pulls'],
    ['https://github.com/o/r/pull/0'],
    ['https://gitlab.com/g/p/-/merge_requests/new'],
    ['https://example.com/o/r/pull/42'],
    ['https://acme.atlassian.net/browse/UTF-8'],
  ])('%j is no artifact', (text) => {
    expect(findArtifacts(text)).toEqual([]);
  });
});
