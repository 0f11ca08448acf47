/** The rough edges of the first week: changes that change nothing, removals, paging, names. */
import { findTeamNamed } from '../../src/app/teams.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeHarness, type Harness } from '../support/app-harness.js';
import { textOf } from '../support/message-text.js';

let h: Harness;
beforeEach(async () => {
  h = await makeHarness('2026-11-25T10:00:00Z');
  await run('Ada', 'help'); // Ada is the admin
  await run('Sam', 'help');
  await run('Ada', 'team create core');
});
afterEach(async () => { await h.close(); });

async function run(name: string, line: string): Promise<string> {
  const reply = await h.app.handleCommand(h.as(name), line);
  return `${reply.errorCode ?? ''} ${reply.summary}\n${textOf(reply)}`;
}
const audits = async (action: string) => (await h.store.listAudit(100)).filter((a) => a.action === action);

describe('rough edges', () => {
  it('a repeated team lead says nothing changed and is not audited; a lead can be removed', async () => {
    await run('Ada', 'team lead core @sam');
    expect(await run('Ada', 'team lead core @sam')).toContain('Sam already leads core; nothing changed.');
    expect(await audits('team.lead')).toHaveLength(1);
    expect(await run('Ada', 'team lead remove core @sam')).toContain('Sam no longer leads core (still a member)');
    const team = (await findTeamNamed(h.store, 'core'))!;
    expect(await h.store.listMemberships(team.id)).toMatchObject([{ isLead: false }]);
    expect(await run('Ada', 'team lead remove core @sam')).toContain('does not lead core; nothing changed.');
  });

  it('the same team setting or channel again is not audited; a channel can be cleared', async () => {
    await run('Ada', 'team set core timezone Europe/Berlin');
    expect(await run('Ada', 'team set core timezone Europe/Berlin')).toContain('already Europe/Berlin; nothing changed');
    expect(await audits('team.set')).toHaveLength(1);
    await run('Ada', 'team channel core #core');
    expect(await run('Ada', 'team channel core #core')).toContain('nothing changed');
    expect(await run('Ada', 'team channel core none')).toContain('no longer posted to a channel');
    expect((await findTeamNamed(h.store, 'core'))!.channel).toBeNull();
  });

  it('lists a team\'s holidays', async () => {
    expect(await run('Ada', 'team holiday list core')).toContain('core has no holidays.');
    await run('Ada', 'team holiday add core 2026-12-25');
    await run('Ada', 'team holiday add core 2026-12-24');
    expect(await run('Ada', 'team holiday list core')).toContain("core's holidays: 2026-12-24, 2026-12-25.");
  });

  it('me pages back through older wins', async () => {
    for (let i = 1; i <= 17; i++) await run('Sam', `log Wrote runbook part ${i} with Claude`);
    const first = await run('Sam', 'me');
    expect(first).toContain('#17 Wrote runbook part 17');
    expect(first).not.toContain('#2 Wrote');
    expect(first).toContain('Showing your latest 15. Older: me 2.');
    const second = await run('Sam', 'me 2');
    expect(second).toContain('#2 Wrote runbook part 2');
    expect(second).toContain('#1 Wrote runbook part 1');
    expect(second).toContain('Showing wins 16–17. These are the oldest.');
  });

  it('me shows why a claim is not counted, beside that claim', async () => {
    await run('Sam', 'log Migrated the billing service with Claude, saved 3 weeks');
    const mine = await run('Sam', 'me');
    const line = mine.split('\n').find((l) => l.includes('#1 Migrated the billing service'));
    expect(line).toContain('⚠ single claims over 16 h are left out of team totals');
  });

  it('map of an identity with no usage says so, with the closest one that has usage', async () => {
    await h.app.handleCommand(h.as('Ada'), 'import data/none.csv'); // nothing there: no identities
    const reply = await run('Ada', 'map copilot:octocat @sam');
    expect(reply).toContain('No usage imported so far comes from copilot:octocat');
  });

  it('cleans names of bidi overrides and control characters', async () => {
    await h.app.handleCommand(h.as('Ev\u202Eil\u0007 Bo'), 'help');
    const people = await h.store.listPeople();
    expect(people.map((p) => p.displayName)).toContain('Evil Bo');
  });
});

describe('sentences that begin with a command word', () => {
  it('in a DM, a failed command that reads as a sentence offers to log it as a win', async () => {
    const dm = async (line: string) => { const r = await h.app.handleDirectMessage(h.as('Sam'), line); return `${r.errorCode ?? ''} ${textOf(r)}`; };
    expect(await dm('Set up CI caching with Copilot, saved 1h')).toContain('To log it as a win instead: log Set up CI caching with Copilot, saved 1h');
    expect(await dm('Team onboarding doc drafted with Claude')).toContain('To log it as a win instead: log Team onboarding doc drafted with Claude');
    // Short lines are commands gone wrong, not wins; typos keep their own correction.
    expect(await dm('team onboarding')).not.toContain('log it as a win');
    expect(await run('Sam', 'lgo fixed a bug')).not.toContain('log it as a win');
    expect(await run('Sam', 'Also fixed the flaky test with Copilot')).toContain('To log it as a win instead: log Also fixed the flaky test with Copilot');
  });

  it('"Shipped …" keeps its verb in the win', async () => {
    expect(await run('Sam', 'Shipped the invoice export with Claude, saved 3h')).toContain('Logged win #1: Shipped the invoice export with Claude, saved 3h');
  });
});
