/** Verified wins against a local fake GitHub: the reply first, the check after, the author told. */
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubVerifier } from '../../../src/verify/github.verifier.js';
import type { Verifier } from '../../../src/app/ports/index.js';
import { startFakeGitHubApi, type FakePull } from '../../support/fake-artifact-providers.js';
import { recordingSleep, type FakeHttpServer } from '../../support/fake-http.js';
import { makeHarness, type Harness } from '../../support/app-harness.js';
import { field, textOf } from '../../support/message-text.js';
import { recordingPlatform, type RecordingPlatform } from '../../support/recording-platform.js';

const TOKEN = 'ghp_test';
let h: Harness;
let gh: FakeHttpServer;
let platform: RecordingPlatform;

afterEach(async () => {
  await h.close();
  await gh.close();
});

async function setUp(pulls: Record<string, FakePull>, options: { token?: string; sleep?: (ms: number) => Promise<void> } = {}): Promise<void> {
  gh = await startFakeGitHubApi(TOKEN, pulls);
  const verifier: Verifier = createGitHubVerifier({ token: options.token ?? TOKEN, apiUrl: gh.url, host: 'github.com' }, { attempts: 3, baseDelayMs: 1, sleep: options.sleep ?? recordingSleep().sleep });
  platform = recordingPlatform({ now: () => new Date() });
  h = await makeHarness(undefined, { verifiers: [verifier], platforms: [platform] });
  // Ada is the first person, so an admin; her GitHub login is mapped like a usage identity.
  await h.app.handleCommand(h.as('Ada', { email: 'ada@acme.io' }), 'map github:ada-gh @ada');
  await h.app.handleCommand(h.as('Sam', { email: 'sam@acme.io' }), 'me');
}

const ada = () => h.as('Ada', { email: 'ada@acme.io' });
const sam = () => h.as('Sam', { email: 'sam@acme.io' });
const PR = 'https://github.com/acme/shop/pull/42';
const merged = (author: string, extra: Partial<FakePull> = {}): FakePull => ({ state: 'closed', mergedAt: '2026-11-25T09:00:00Z', author, ...extra });
const notesTo = (name: string) => platform.sent.filter((s) => s.to.kind === 'person' && s.to.displayName === name).map((s) => s.message.summary);

async function meLine(caller: ReturnType<typeof ada>): Promise<string> {
  return textOf(await h.app.handleCommand(caller, 'me'));
}

describe('GitHub verification', () => {
  it('confirms a merged PR by its author, after the reply, and tells them', async () => {
    await setUp({ 'acme/shop#42': merged('ada-gh') });
    const reply = await h.app.handleCommand(ada(), `log Fixed the flaky checkout test with Copilot ${PR}`);
    expect(field(reply, 'Verified')).toBe('checking acme/shop#42; you will hear when it is confirmed');
    await h.app.idle();
    expect(notesTo('Ada')).toEqual(['#1 is confirmed: the work it links is done and yours.']);
    expect(await meLine(ada())).toContain('(2026-W48 · bug-fix · confirmed)');
    expect(gh.to('/repos/acme/shop/pulls/42')[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('confirms a co-author by commit trailer (matched by email) and a reviewer', async () => {
    await setUp({
      'acme/shop#42': merged('someone', { commits: [{ login: 'someone', email: 's@x.io', message: 'Fix\n\nCo-authored-by: Sam <sam@acme.io>' }] }),
      'acme/shop#43': merged('someone', { reviewers: ['ada-gh'] }),
    });
    await h.app.handleCommand(sam(), `log Paired on the retry fix ${PR}`);
    await h.app.handleCommand(ada(), 'log Reviewed the retry fix github.com/acme/shop/pull/43');
    await h.app.idle();
    expect(notesTo('Sam')).toEqual(['#1 is confirmed: the work it links is done and yours.']);
    expect(notesTo('Ada')).toEqual(['#2 is confirmed: the work it links is done and yours.']);
  });

  it('leaves a merged PR by someone else linked only, and tells its author why', async () => {
    await setUp({ 'acme/shop#42': merged('ada-gh') });
    await h.app.handleCommand(sam(), `log Shipped the checkout fix ${PR}`);
    await h.app.idle();
    expect(notesTo('Sam')).toEqual([expect.stringMatching(/^#1 is not verified: acme\/shop#42 belongs to someone else: you are not its author/)]);
    expect(await meLine(sam())).toContain('not verified: acme/shop#42 belongs to someone else');
    // Nobody else hears about it.
    expect(notesTo('Ada')).toEqual([]);
  });

  it('does not verify a PR closed without merging', async () => {
    await setUp({ 'acme/shop#42': { state: 'closed', mergedAt: null, author: 'ada-gh' } });
    await h.app.handleCommand(ada(), `log Tried the checkout fix ${PR}`);
    await h.app.idle();
    expect(notesTo('Ada')).toEqual(['#1 is not verified: acme/shop#42 was closed without being merged.']);
    expect(await meLine(ada())).toContain('not verified: acme/shop#42 was closed without being merged');
  });

  it('re-checks an open PR daily and confirms it when it is merged three days later', async () => {
    const pulls = { 'acme/shop#42': { state: 'open', mergedAt: null, author: 'ada-gh' } as FakePull };
    await setUp(pulls);
    await h.app.handleCommand(ada(), `log Opened the checkout fix ${PR}`);
    await h.app.idle();
    expect(notesTo('Ada')).toEqual([]);
    expect(await meLine(ada())).toContain('linked, not confirmed yet');
    h.clock.advance(24 * 3600_000);
    expect((await h.app.runDue()).sent).toContain('artifact-check win:1 2026-11-26');
    expect((await h.app.runDue()).sent).not.toContain('artifact-check win:1 2026-11-26');
    h.clock.advance(24 * 3600_000);
    await h.app.runDue();
    pulls['acme/shop#42'] = merged('ada-gh');
    h.clock.advance(24 * 3600_000);
    expect((await h.app.runDue()).sent).toContain('artifact-check win:1 2026-11-28');
    expect(notesTo('Ada')).toEqual(['#1 is confirmed: the work it links is done and yours.']);
    expect(gh.to('/repos/acme/shop/pulls/42')).toHaveLength(4);
    // Confirmed: no more re-checks.
    h.clock.advance(24 * 3600_000);
    expect((await h.app.runDue()).sent.filter((k) => k.startsWith('artifact-check'))).toEqual([]);
  });

  it('picks up a check lost to a restart on the next daily re-check', async () => {
    gh = await startFakeGitHubApi(TOKEN, { 'acme/shop#42': merged('ada-gh') });
    const verifier = createGitHubVerifier({ token: TOKEN, apiUrl: gh.url, host: 'github.com' }, { attempts: 1 });
    platform = recordingPlatform({ now: () => new Date() });
    // A process that dies right after the reply: the queued check never runs.
    const lost = { run: () => undefined, idle: () => Promise.resolve() };
    h = await makeHarness(undefined, { verifiers: [verifier], platforms: [platform], background: lost });
    await h.app.handleCommand(ada(), 'map github:ada-gh @ada');
    await h.app.handleCommand(ada(), `log Fixed the checkout test ${PR}`);
    expect(gh.requests).toEqual([]);
    h.clock.advance(24 * 3600_000);
    expect((await h.app.runDue()).sent).toContain('artifact-check win:1 2026-11-26');
    expect(notesTo('Ada')).toEqual(['#1 is confirmed: the work it links is done and yours.']);
  });

  it('stops re-checking 14 days after the first check; the win stays linked', async () => {
    await setUp({ 'acme/shop#42': { state: 'open', mergedAt: null, author: 'ada-gh' } });
    await h.app.handleCommand(ada(), `log Opened the checkout fix ${PR}`);
    await h.app.idle();
    h.clock.advance(15 * 24 * 3600_000);
    expect((await h.app.runDue()).sent.filter((k) => k.startsWith('artifact-check'))).toEqual([]);
    expect(await meLine(ada())).toContain('linked, not confirmed yet');
  });
});

describe('GitHub failures leave wins linked, with an error for admins', () => {
  it.each<[string, (server: FakeHttpServer) => void, string | undefined, RegExp]>([
    ['404', () => undefined, undefined, /GitHub has no \/repos\/acme\/shop\/pulls\/7, or GITHUB_TOKEN cannot see it/],
    ['401', () => undefined, 'ghp_wrong', /GitHub refused the token in GITHUB_TOKEN/],
    ['429', (s) => s.failFirst(() => true, ...Array.from({ length: 3 }, () => ({ status: 429, headers: { 'retry-after': '30' }, body: { message: 'rate limited' } }))), undefined, /GitHub did not answer .* after 3 attempts \(last: HTTP 429 rate limited\)/],
    ['5xx', (s) => s.failFirst(() => true, ...Array.from({ length: 3 }, () => ({ status: 502, body: 'Bad gateway' }))), undefined, /GitHub did not answer .* after 3 attempts \(last: HTTP 502\)/],
  ])('%s', async (_status, arrange, token, error) => {
    // The check waits on this gate between attempts: the reply must already be out by then.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    await setUp({ 'acme/shop#42': merged('ada-gh') }, { ...(token !== undefined && { token }), sleep: () => gate });
    arrange(gh);
    const link = _status === '404' ? 'https://github.com/acme/shop/pull/7' : PR;
    const reply = await h.app.handleCommand(ada(), `log Fixed the checkout test ${link}`);
    expect(field(reply, 'Artifacts')).toMatch(/^acme\/shop#(42|7) \(pull request\)$/);
    release();
    await h.app.idle();
    expect(notesTo('Ada')).toEqual([]);
    expect(await meLine(ada())).toContain('linked, not confirmed yet');
    const status = textOf(await h.app.handleCommand(ada(), 'verify status'));
    expect(status).toMatch(error);
    expect(status).toContain('GitLab: not configured');
    expect(status).not.toMatch(/Ada|Sam|ada-gh/);
  });
});

describe('a winmaxxer', () => {
  it('pasting a teammate\'s merged PR into 10 wins gains no confirmed win and no highlight', async () => {
    await setUp({ 'acme/shop#42': merged('ada-gh') });
    await h.app.handleCommand(ada(), 'team create core');
    await h.app.handleCommand(ada(), 'team add core @ada @sam');
    await h.app.handleCommand(ada(), 'team lead core @ada');
    await h.app.handleCommand(ada(), `log Fixed the flaky checkout test with Copilot ${PR}`);
    // Ten different claims, so duplicate folding is not what keeps them out.
    const claims = [
      'Rebuilt the billing service with Claude', 'Cut search latency in half using Cursor', 'Fixed every login bug with Copilot',
      'Automated the quarterly exports via ChatGPT', 'Wrote alert runbooks for on-call with Gemini', 'Added a caching layer to pricing, Claude helped',
      'Redesigned onboarding emails using Claude', 'Shipped partial refunds with Copilot', 'Analysed churn reports with ChatGPT', 'Migrated webhooks to queues with Cursor',
    ];
    for (const claim of claims) await h.app.handleCommand(sam(), `log ${claim}, saved 3h ${PR}`);
    await h.app.idle();
    const digest = textOf(await h.app.handleCommand(ada(), 'digest preview core'));
    expect(digest).toContain('11 wins from 2 of 2 people this week');
    expect(digest).toMatch(/, 1 verified \(1 confirmed\)\./);
    expect(digest).toContain('Fixed the flaky checkout test with Copilot');
    expect(digest).not.toContain('— @Sam');
    expect(gh.to('/repos/acme/shop/pulls/42').length).toBeLessThanOrEqual(2);
  });
});
