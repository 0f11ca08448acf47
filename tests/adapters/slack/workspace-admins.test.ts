/* eslint-disable @typescript-eslint/no-explicit-any -- Slack payloads are JSON as sent on the wire; tests read them untyped on purpose. */
/** Slack workspace admins/owners as shiplog admins, and SLACK_ADMINS_FROM_WORKSPACE=false. */
import { afterEach, describe, expect, it } from 'vitest';
import { startSlackHarness, type SlackHarness } from './slack-harness.js';

let s: SlackHarness;
afterEach(async () => { await s.close(); });

/** The n-th answer posted to a response_url, once it has arrived. */
async function answer(n: number): Promise<Record<string, any>> {
  await s.api.waitFor((calls) => calls.filter((c) => c.method === 'response_url').length >= n);
  return s.api.calls.filter((c) => c.method === 'response_url')[n - 1]!.params;
}

/**
 * Someone already runs shiplog (so the "first person is admin" rule is out of the way), and
 * Sam is known from before as a non-admin; in Slack, Sam is now a workspace admin.
 */
async function start(adminsFromWorkspace?: boolean): Promise<void> {
  s = await startSlackHarness(adminsFromWorkspace === undefined ? {} : { adminsFromWorkspace });
  await s.h.store.createPerson({ platform: 'console', platformUserId: 'founder', displayName: 'Founder', email: null, timeZone: 'UTC', isAdmin: true });
  await s.h.store.createPerson({ platform: 'slack', platformUserId: 'U0SAM', displayName: 'Sam', email: null, timeZone: 'UTC', isAdmin: false });
  s.api.addUser({ id: 'U0SAM', name: 'Sam', email: 'sam@acme.test', tz: 'America/New_York', isAdmin: true });
}

const sam = { user_id: 'U0SAM', user_name: 'sam' };

describe('Slack admins and owners (default: SLACK_ADMINS_FROM_WORKSPACE on)', () => {
  it('makes a workspace owner a shiplog admin on first contact', async () => {
    await start();
    await s.command('set min-group-size 7'); // Ada, the workspace owner
    expect((await answer(1)).text).toBe('min-group-size is now 7 (was 5).');
    expect((await s.person('U0ADA'))?.isAdmin).toBe(true);
  });

  it('promotes a person known as a non-admin on their next contact, audited with no actor', async () => {
    await start();
    await s.command('set min-group-size 6', sam);
    expect((await answer(1)).text).toBe('min-group-size is now 6 (was 5).');
    expect((await s.person('U0SAM'))?.isAdmin).toBe(true);
    const audit = await s.h.store.listAudit(10);
    expect(audit.find((e) => e.action === 'admins.add')).toMatchObject({ actorId: null, target: '', subjectId: (await s.person('U0SAM'))?.id, detail: 'automatic: a workspace admin or owner on slack' });
    // Promotion happens once: the next contact changes nothing and writes no second entry.
    await s.command('help', sam);
    await answer(2);
    expect((await s.h.store.listAudit(10)).filter((e) => e.action === 'admins.add')).toHaveLength(1);
  });

  it('does not demote a shiplog admin who is no longer a Slack admin', async () => {
    await start();
    const samBefore = await s.person('U0SAM');
    await s.h.store.updatePerson(samBefore!.id, { isAdmin: true });
    s.api.addUser({ id: 'U0SAM', name: 'Sam', tz: 'America/New_York', isAdmin: false });
    await s.command('help', sam);
    await answer(1);
    expect((await s.person('U0SAM'))?.isAdmin).toBe(true);
  });
});

describe('SLACK_ADMINS_FROM_WORKSPACE=false', () => {
  it('leaves a workspace owner a plain member on first contact', async () => {
    await start(false);
    await s.command('set min-group-size 7');
    expect((await answer(1)).text).toContain('Only shiplog admins can run "set"');
    expect((await s.person('U0ADA'))?.isAdmin).toBe(false);
    expect(await s.h.store.getSettings('workspace')).toEqual({});
  });

  it('does not promote a known non-admin who is a Slack admin', async () => {
    await start(false);
    await s.command('set min-group-size 6', sam);
    expect((await answer(1)).text).toContain('Only shiplog admins can run "set"');
    expect((await s.person('U0SAM'))?.isAdmin).toBe(false);
    expect((await s.h.store.listAudit(10)).filter((e) => e.action === 'admins.add')).toEqual([]);
  });
});
