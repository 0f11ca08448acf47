/** Digest channels on Slack: membership checked when set, Slack's refusal turned into the fix. */
import { findTeamNamed } from '../../../src/app/teams.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Person } from '../../../src/core/types.js';
import { textOf } from '../../support/message-text.js';
import { startSlackDeliveryHarness, type SlackDeliveryHarness } from './slack-delivery-harness.js';

let s: SlackDeliveryHarness;
let ada: Person;
beforeEach(async () => {
  s = await startSlackDeliveryHarness('2026-11-25T10:00:00Z');
  ada = await s.person('U0ADA', 'Ada'); // the first person: an admin
  await s.app.handleCommand(s.caller(ada), 'team create payments');
});
afterEach(async () => { await s.close(); });

const run = async (line: string): Promise<string> => {
  const reply = await s.app.handleCommand(s.caller(ada), line);
  return `${reply.summary}\n${textOf(reply)}`;
};

describe('team channel on Slack', () => {
  it('checks at once that shiplog is in the channel, and says how to invite it', async () => {
    s.api.addChannel({ id: 'C0PAY', name: 'payments', isMember: false });
    const reply = await run('team channel payments <#C0PAY|payments>');
    expect(s.api.ok('conversations.info').map((c) => String(c.params.channel))).toEqual(['C0PAY']);
    expect(reply).toContain('But shiplog is not a member of <#C0PAY>, so the digest would not arrive.');
    expect(reply).toContain('type /invite @shiplog');
    s.api.addChannel({ id: 'C0PAY', name: 'payments', isMember: true });
    expect(await run('team channel payments <#C0PAY|payments>')).toContain('shiplog can post in #payments.');
  });

  it('says a private channel it cannot see needs an invite', async () => {
    s.api.addChannel({ id: 'G0SEC', name: 'secret', isMember: false, isPrivate: true });
    expect(await run('team channel payments <#G0SEC|secret>')).toContain('shiplog cannot see <#G0SEC> (a private channel it is not in');
  });

  it('tells the admin the real fix when Slack refuses a digest with not_in_channel', async () => {
    s.api.addChannel({ id: 'C0PAY', name: 'payments', isMember: false });
    await run('team channel payments <#C0PAY|payments>');
    const reply = await s.app.handleCommand(s.caller(ada), 'digest send payments');
    expect(reply.errorCode).toBe('DIGEST.SEND_FAILED');
    expect(textOf(reply)).toContain('shiplog is not a member of <#C0PAY>');
    expect(textOf(reply)).toContain('/invite @shiplog');
    expect(textOf(reply)).not.toContain('check the platform connection');
  });

  it('clears the channel with none, and says nothing changed when it is set again', async () => {
    s.api.addChannel({ id: 'C0PAY', name: 'payments', isMember: true });
    await run('team channel payments <#C0PAY|payments>');
    expect(await run('team channel payments <#C0PAY|payments>')).toContain('nothing changed');
    expect(await run('team channel payments none')).toContain('no longer posted to a channel');
    expect((await findTeamNamed(s.store, 'payments'))!.channel).toBeNull();
    expect((await s.store.listAudit(20)).filter((a) => a.action === 'team.channel')).toHaveLength(2);
  });
});
