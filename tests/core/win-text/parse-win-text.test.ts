import { describe, expect, it } from 'vitest';
import type { Artifact } from '../../../src/core/types.js';
import { parseWinText, type WinFacts } from '../../../src/core/win-text/index.js';

const NONE: WinFacts = { links: [], artifacts: [], minutes: null, tools: [], category: 'other', hasConcreteResult: false };
const facts = (f: Partial<WinFacts>): WinFacts => ({ ...NONE, ...f });
const pr = (label: string, url: string): Artifact => ({ kind: 'pull-request', provider: 'github', label, url });
const jira = (label: string, url: string | null = null): Artifact => ({ kind: 'jira', provider: 'jira', label, url });

const SHOP_PR = 'https://github.com/acme/shop/pull/42';

describe('parseWinText', () => {
  it.each<[string, WinFacts]>([
    [
      `Fixed the flaky checkout test with Copilot, saved 2h ${SHOP_PR}`,
      facts({ links: [SHOP_PR], artifacts: [pr('acme/shop#42', SHOP_PR)], minutes: 120, tools: ['Copilot'], category: 'bug-fix', hasConcreteResult: true }),
    ],
    ['Refactored the payments module', NONE],
    ['', NONE],
    ['Shipped CSV export with Claude', facts({ tools: ['Claude'], category: 'shipped-feature' })],
    ['Shipped CSV export for 12 customers', facts({ category: 'shipped-feature', hasConcreteResult: true })],
    ['Cut build time with Cursor', facts({ tools: ['Cursor'], hasConcreteResult: true })],
    ['fixed it with claude and cursor', facts({ tools: ['Claude', 'Cursor'], category: 'bug-fix' })],
    ['fixed it with Claude, cursor', facts({ tools: ['Claude', 'Cursor'], category: 'bug-fix' })],
    ['fixed it with copilot and Cursor', facts({ tools: ['Copilot', 'Cursor'], category: 'bug-fix' })],
    ['Helped Sam debug the importer with ChatGPT', facts({ tools: ['ChatGPT'], category: 'bug-fix', hasConcreteResult: true })],
    ['Made the search page for Sales', facts({ hasConcreteResult: true })],
    ['Wrote the migration guide, thanks <@U024BE7LH>', facts({ category: 'docs', hasConcreteResult: true })],
    ['Paired with @sam.lee on the parser', facts({ hasConcreteResult: true })],
    ['Made checkout 30% faster', facts({ hasConcreteResult: true })],
    ['Tests run 10x quicker', facts({ hasConcreteResult: true })],
    ['Closed 3 tickets', facts({ hasConcreteResult: true })],
    ['Made the new site for 2026', NONE],
    ['Moved to v2.1 with GPT-4o', facts({ tools: ['ChatGPT'] })],
    ['Looked at PR 42', NONE],
    // A bare key counts only for a known project (see artifacts.test.ts); here none is configured.
    ['PAY-123 done', NONE],
    ['Shipped github.com/acme/shop/pull/42', facts({ artifacts: [pr('acme/shop#42', SHOP_PR)], category: 'shipped-feature', hasConcreteResult: true })],
    ['UTF-8 and ISO-8601 handling', NONE],
    ['Bumped SHA-256 hashing, COVID-19 numbers', NONE],
    [
      'See https://acme.atlassian.net/browse/PAY-7.',
      facts({ links: ['https://acme.atlassian.net/browse/PAY-7'], artifacts: [jira('PAY-7', 'https://acme.atlassian.net/browse/PAY-7')], hasConcreteResult: true }),
    ],
    [
      'MR <https://gitlab.com/g/sub/p/-/merge_requests/5|!5> via Claude Code',
      facts({
        links: ['https://gitlab.com/g/sub/p/-/merge_requests/5'],
        artifacts: [{ kind: 'merge-request', provider: 'gitlab', label: 'g/sub/p!5', url: 'https://gitlab.com/g/sub/p/-/merge_requests/5' }],
        tools: ['Claude Code'],
        hasConcreteResult: true,
      }),
    ],
    [
      'Notes at https://notion.so/page (internal)',
      facts({ links: ['https://notion.so/page'], hasConcreteResult: true }),
    ],
    [
      'Issue https://github.com/o/r/issues/7 and PR https://github.com/o/r/pull/8',
      facts({
        links: ['https://github.com/o/r/issues/7', 'https://github.com/o/r/pull/8'],
        artifacts: [{ kind: 'issue', provider: 'github', label: 'o/r#7', url: 'https://github.com/o/r/issues/7' }, pr('o/r#8', 'https://github.com/o/r/pull/8')],
        hasConcreteResult: true,
      }),
    ],
    ['saved me a day on the migration', facts({ minutes: 480, hasConcreteResult: true })],
    ['saved a couple of hours', facts({ minutes: 120, hasConcreteResult: true })],
    ['~30 min', facts({ minutes: 30, hasConcreteResult: true })],
    ['about 45 minutes quicker', facts({ minutes: 45, hasConcreteResult: true })],
    ['1.5 hours', facts({ minutes: 90, hasConcreteResult: true })],
    ['half a day', facts({ minutes: 240, hasConcreteResult: true })],
    ['took 10 min instead of 2 hours', facts({ minutes: 110, hasConcreteResult: true })],
    ['estimated 2-3 hours', facts({ minutes: 120, hasConcreteResult: true })],
    ['Fixed 3 bugs in 2 days', facts({ category: 'bug-fix', hasConcreteResult: true })],
    ['took 3 days with Gemini', facts({ tools: ['Gemini'] })],
    ['Automated the release notes with Codex', facts({ tools: ['Codex'], category: 'docs' })],
    ['Automated the nightly export script, saved 1h 30m a week', facts({ minutes: 90, category: 'automation', hasConcreteResult: true })],
    ['Wrote the on-call runbook with Windsurf', facts({ tools: ['Windsurf'], category: 'docs' })],
    ['Analysed churn in SQL with Gemini', facts({ tools: ['Gemini'], category: 'analysis' })],
    ['Reviewed the auth PR with Amazon Q', facts({ tools: ['Amazon Q'], category: 'review' })],
    ['Learned how the cache works, thanks Perplexity', facts({ tools: ['Perplexity'], category: 'learning' })],
    ['moved the cursor logic into a hook', NONE],
    ['Tabnine and Aider and Devin AI', facts({ tools: ['Tabnine', 'Aider', 'Devin'] })],
    ['Built the landing page in v0.dev and bolt.new', facts({ tools: ['v0', 'Bolt'], category: 'shipped-feature' })],
    ['Le Chat drafted the FAQ docs', facts({ tools: ['Mistral'], category: 'docs' })],
    ['GitHub Copilot + Copilot + copilot', facts({ tools: ['Copilot'] })],
    ["'; DROP TABLE wins; -- saved 5 min", facts({ minutes: 5, hasConcreteResult: true })],
    ['🚀 Shipped 🎉 with Claude 🤖', facts({ tools: ['Claude'], category: 'shipped-feature' })],
    ['Fixed\u0000the\u0007bug\u001bwith\u0008Copilot', facts({ tools: ['Copilot'], category: 'bug-fix' })],
  ])('%j', (text, expected) => {
    expect(parseWinText(text)).toEqual(expected);
  });
});

describe('parseWinText on hostile input', () => {
  const manyUrls = Array.from({ length: 1000 }, (_, i) => `https://github.com/o/r/pull/${i + 1}`).join(' ');

  it('reads only the first 20 of 1,000 links', () => {
    const parsed = parseWinText(manyUrls);
    expect(parsed.links).toHaveLength(20);
    expect(parsed.links[19]).toBe('https://github.com/o/r/pull/20');
    expect(parsed.artifacts).toHaveLength(20);
    expect(parsed.artifacts[0]).toEqual(pr('o/r#1', 'https://github.com/o/r/pull/1'));
  });

  // Pathological shapes for each pattern; each must simply finish (no timing asserted).
  it.each([
    ['digits', '1'.repeat(10_000)],
    ['durations', '2h '.repeat(3_400)],
    ['spaced units', '2 h '.repeat(2_500)],
    ['saved cues', 'saved me about '.repeat(700)],
    ['halves', 'half a '.repeat(1_500)],
    ['ranges', '1-'.repeat(5_000)],
    ['decimals', '1.'.repeat(5_000)],
    ['url prefixes', 'http://'.repeat(1_500)],
    ['open brackets in a url', `https://x.io/${'('.repeat(10_000)}`],
    ['closing brackets in a url', `https://x.io/${')'.repeat(10_000)}`],
    ['long gitlab path', `https://gitlab.com/${'a/'.repeat(5_000)}`],
    ['jira-like', 'AB-1 '.repeat(2_000)],
    ['unbalanced brackets', '([{<'.repeat(2_500)],
    ['control characters', '\u0000\u0001\u001f\u007f'.repeat(2_500)],
    ['emoji', '🎉🚀'.repeat(2_500)],
    ['lone surrogates', '\ud800'.repeat(10_000)],
    ['whitespace', ' \t\n'.repeat(3_400)],
    ['sql', "' OR 1=1; -- ".repeat(800)],
    ['mentions', '@a '.repeat(3_400)],
    ['tool words', 'with cursor '.repeat(900)],
  ])('%s', (_name, text) => {
    const parsed = parseWinText(text);
    expect(parsed.links.length).toBeLessThanOrEqual(20);
    expect(parsed.artifacts.length).toBeLessThanOrEqual(20);
  });

  it('treats text past 20,000 characters as absent', () => {
    expect(parseWinText(`${'x '.repeat(10_000)}saved 2h`).minutes).toBeNull();
  });
});
