import { afterEach, describe, expect, it } from 'vitest';
import { makeHarness, type Harness } from '../../support/app-harness.js';
import { field } from '../../support/message-text.js';

let h: Harness;
afterEach(async () => { await h.close(); });

const ada = () => h.as('Ada');

describe('artifacts when logging a win', () => {
  it('does not take any ABC-1 for a Jira issue (the defect: it made every such win verified)', async () => {
    h = await makeHarness();
    const reply = await h.app.handleCommand(ada(), 'log Moved the parser to UTF-8, ABC-1 style, with GPT-4');
    expect(field(reply, 'Artifacts')).toBe('none');
    expect(field(reply, 'Verified')).toMatch(/^not yet/);
  });

  it('counts bare keys of projects the admin configured', async () => {
    h = await makeHarness();
    expect((await h.app.handleCommand(ada(), 'set jira-projects pay, ops')).errorCode).toBeUndefined();
    expect((await h.app.handleCommand(ada(), 'set linear-teams UTF')).errorCode).toBe('VALUE.KEYS');
    const reply = await h.app.handleCommand(ada(), 'log Closed PAY-12 and OPS-3 with Claude, not WEB-4');
    expect(field(reply, 'Artifacts')).toBe('PAY-12 (Jira issue), OPS-3 (Jira issue)');
  });

  it('counts bare keys of a project once a Jira or Linear link to it was seen', async () => {
    h = await makeHarness();
    expect(field(await h.app.handleCommand(ada(), 'log Fixed QA-7 with Claude'), 'Artifacts')).toBe('none');
    await h.app.handleCommand(ada(), 'log Fixed https://acme.atlassian.net/browse/QA-7 with Claude');
    await h.app.handleCommand(ada(), 'log Shipped linear.app/acme/issue/ENG-1/login with Cursor');
    expect(field(await h.app.handleCommand(ada(), 'log Fixed QA-8 and ENG-2 with Claude'), 'Artifacts')).toBe('QA-8 (Jira issue), ENG-2 (Linear issue)');
  });

  it('recognises commits, scheme-less links and configured Enterprise hosts', async () => {
    h = await makeHarness(undefined, { artifactHosts: { github: ['ghe.acme.io'], gitlab: ['git.acme.io'], jira: [] } });
    const reply = await h.app.handleCommand(ada(), 'log Landed github.com/acme/shop/commit/1a2b3c4d and ghe.acme.io/o/r/pull/3 and git.acme.io/g/p/-/merge_requests/9');
    expect(field(reply, 'Artifacts')).toBe('acme/shop@1a2b3c4 (commit), o/r#3 (pull request), g/p!9 (merge request)');
  });
});
