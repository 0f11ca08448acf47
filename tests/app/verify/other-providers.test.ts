/** Verified wins against local fakes of GitLab, Jira Cloud and Linear, all configured at once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVerifiers } from '../../../src/verify/verifiers.js';
import { startFakeGitLabApi, startFakeJira, startFakeLinear } from '../../support/fake-artifact-providers.js';
import { recordingSleep, type FakeHttpServer } from '../../support/fake-http.js';
import { makeHarness, type Harness } from '../../support/app-harness.js';
import { field, textOf } from '../../support/message-text.js';
import { recordingPlatform, type RecordingPlatform } from '../../support/recording-platform.js';

let servers: FakeHttpServer[];
let gitlab: FakeHttpServer;
let jira: FakeHttpServer;
let linear: FakeHttpServer;

beforeAll(async () => {
  gitlab = await startFakeGitLabApi('glpat-test', {
    'g/sub/p!5': { state: 'merged', author: 'ada.gl' },
    'g/sub/p!6': { state: 'merged', author: 'someone', reviewers: ['sam.gl'] },
    'g/sub/p!7': { state: 'closed', author: 'ada.gl' },
    'g/sub/p!8': { state: 'merged', author: 'someone', commits: [{ email: 'x@acme.io', message: 'Fix\n\nCo-authored-by: Ada <ADA@acme.io>' }] },
    'g/sub/p!9': { state: 'merged', author: 'someone' },
  });
  jira = await startFakeJira('bot@acme.io', 'atl-test', {
    'PAY-1': { category: 'done', resolution: 'Done', assignee: { accountId: 'acc-ada', emailAddress: 'ada@acme.io' } },
    'PAY-2': { category: 'done', resolution: "Won't Do", assignee: { accountId: 'acc-ada', emailAddress: 'ada@acme.io' } },
    'PAY-3': { category: 'indeterminate', resolution: null, assignee: { accountId: 'acc-ada' } },
    'PAY-4': { category: 'done', resolution: 'Done', assignee: { accountId: 'acc-sam' } },
  });
  linear = await startFakeLinear('lin_api_test', {
    'ENG-1': { type: 'completed', assignee: { id: 'u-ada', email: 'ada@acme.io' } },
    'ENG-2': { type: 'canceled', assignee: { id: 'u-ada', email: 'ada@acme.io' } },
    'ENG-3': { type: 'completed', assignee: { id: 'u-sam', email: 'sam@acme.io' } },
  });
  servers = [gitlab, jira, linear];
});
afterAll(async () => { for (const s of servers) await s.close(); });

let h: Harness;
let platform: RecordingPlatform;

async function setUp(tokens: { gitlab?: string; jira?: string; linear?: string } = {}): Promise<void> {
  const verifiers = createVerifiers(
    {
      github: undefined,
      gitlab: { token: tokens.gitlab ?? 'glpat-test', url: gitlab.url, host: 'gitlab.com' },
      jira: { url: jira.url, email: 'bot@acme.io', token: tokens.jira ?? 'atl-test', host: 'acme.atlassian.net' },
      linear: { key: tokens.linear ?? 'lin_api_test', apiUrl: `${linear.url}/graphql` },
      hosts: { github: [], gitlab: [], jira: [] },
    },
    { attempts: 2, baseDelayMs: 1, sleep: recordingSleep().sleep },
  );
  platform = recordingPlatform({ now: () => new Date() });
  h = await makeHarness(undefined, { verifiers, platforms: [platform] });
  await h.app.handleCommand(ada(), 'map gitlab:ada.gl @ada');
  await h.app.handleCommand(sam(), 'me');
  await h.app.handleCommand(ada(), 'map gitlab:sam.gl @sam');
  await h.app.handleCommand(ada(), 'set jira-projects PAY');
  await h.app.handleCommand(ada(), 'set linear-teams ENG');
}

const ada = () => h.as('Ada', { email: 'ada@acme.io' });
const sam = () => h.as('Sam', { email: 'sam@acme.io' });
const notes = () => platform.sent.map((s) => `${s.to.kind === 'person' ? s.to.displayName : '?'}: ${s.message.summary}`);

describe('GitLab, Jira and Linear', () => {
  it.each<[string, 'Ada' | 'Sam', string, RegExp]>([
    ['a merged MR by its author', 'Ada', 'https://gitlab.com/g/sub/p/-/merge_requests/5', /^Ada: #1 is confirmed/],
    ['a merged MR the author reviewed', 'Sam', 'gitlab.com/g/sub/p/-/merge_requests/6', /^Sam: #1 is confirmed/],
    ['a merged MR co-authored by trailer email', 'Ada', 'https://gitlab.com/g/sub/p/-/merge_requests/8', /^Ada: #1 is confirmed/],
    ['a merged MR by someone else', 'Ada', 'https://gitlab.com/g/sub/p/-/merge_requests/9', /^Ada: #1 is not verified: g\/sub\/p!9 belongs to someone else/],
    ['an MR closed unmerged', 'Ada', 'https://gitlab.com/g/sub/p/-/merge_requests/7', /^Ada: #1 is not verified: g\/sub\/p!7 was closed without being merged/],
    ['a Jira issue done and assigned to the author (bare key)', 'Ada', 'PAY-1', /^Ada: #1 is confirmed/],
    ['a Jira issue resolved Won\'t Do', 'Ada', 'https://acme.atlassian.net/browse/PAY-2', /^Ada: #1 is not verified: PAY-2 was resolved as not done/],
    ['a Jira issue done by someone else', 'Ada', 'PAY-4', /^Ada: #1 is not verified: PAY-4 belongs to someone else/],
    ['a Linear issue completed by its assignee', 'Ada', 'https://linear.app/acme/issue/ENG-1/fix', /^Ada: #1 is confirmed/],
    ['a cancelled Linear issue', 'Ada', 'ENG-2', /^Ada: #1 is not verified: ENG-2 was cancelled/],
    ['a Linear issue of someone else', 'Ada', 'ENG-3', /^Ada: #1 is not verified: ENG-3 belongs to someone else/],
  ])('%s', async (_what, who, link, note) => {
    await setUp();
    await h.app.handleCommand(who === 'Ada' ? ada() : sam(), `log Shipped it with Claude ${link}`);
    await h.app.idle();
    expect(notes()).toEqual([expect.stringMatching(note)]);
    await h.close();
  });

  it('says nothing yet about a Jira issue still in progress, and keeps it linked', async () => {
    await setUp();
    await h.app.handleCommand(ada(), 'log Working on PAY-3 with Claude');
    await h.app.idle();
    expect(notes()).toEqual([]);
    expect(textOf(await h.app.handleCommand(ada(), 'me'))).toContain('linked, not confirmed yet');
    await h.close();
  });

  it('keeps wins linked and shows each provider\'s error to admins when tokens are refused or issues are missing', async () => {
    await setUp({ gitlab: 'wrong', jira: 'wrong', linear: 'lin_api_test' });
    const reply = await h.app.handleCommand(ada(), 'log Shipped g/sub/p with https://gitlab.com/g/sub/p/-/merge_requests/5 PAY-1 ENG-404');
    expect(field(reply, 'Artifacts')).toBe('g/sub/p!5 (merge request), PAY-1 (Jira issue), ENG-404 (Linear issue)');
    await h.app.idle();
    expect(notes()).toEqual([]);
    const status = textOf(await h.app.handleCommand(ada(), 'verify status'));
    expect(status).toContain('GitLab refused the token in GITLAB_TOKEN');
    expect(status).toContain('Jira refused the token in JIRA_API_TOKEN');
    expect(status).toContain('Linear has no issue ENG-404, or LINEAR_API_KEY cannot see it');
    expect(status).toContain('GitHub: not configured');
    expect(textOf(await h.app.handleCommand(sam(), 'verify status'))).toContain('Only shiplog admins');
    await h.close();
  });
});
