/** Help that teaches: families of commands with examples, found however the topic is typed. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeHarness, type Harness } from '../support/app-harness.js';
import { textOf } from '../support/message-text.js';
import { SETTING_KEYS } from '../../src/core/settings.js';

let h: Harness;
beforeEach(async () => {
  h = await makeHarness();
  await h.app.handleCommand(h.as('Ada'), 'help'); // Ada, the first person, is the admin.
});
afterEach(async () => { await h.close(); });

describe('help families', () => {
  it.each([
    ['help team', ['team create <team>', 'team add <team> @person', 'team holiday add|remove', 'team lead Payments @grace']],
    ['help digest', ['digest preview [team]', 'digest history [team]', 'digest send <team>', 'digest preview Payments']],
    ['help ingest', ['ingest run [source]', 'import [path]', 'map <source>:<identity> @person', 'unmapped', 'ingest run copilot']],
    ['help forget', ['forget me [confirm]', 'forget @person [confirm]', 'forget @grace confirm']],
  ])('%s lists the family with examples', async (line, expected) => {
    const reply = await h.app.handleCommand(h.as('Ada'), line);
    expect(reply.errorCode).toBeUndefined();
    const text = textOf(reply);
    for (const part of expected) expect(text).toContain(part);
  });

  it('finds one command from its full phrase, arguments and all', async () => {
    const reply = await h.app.handleCommand(h.as('Ada'), 'help team holiday add');
    expect(reply.errorCode).toBeUndefined();
    expect(textOf(reply)).toContain('team holiday add Payments 2026-12-25');
  });

  it('shows a family only with the commands the person may run', async () => {
    const reply = await h.app.handleCommand(h.as('Sam'), 'help digest');
    expect(reply.errorCode).toBe('HELP.NOT_ALLOWED');
    expect(reply.summary).toContain('"digest" is for team leads and admins.');
    expect((await h.app.handleCommand(h.as('Sam'), 'help team')).summary).toContain('"team" is for shiplog admins.');
  });

  it('suggests the closest topic for a typo', async () => {
    const reply = await h.app.handleCommand(h.as('Ada'), 'help tema');
    expect(reply.errorCode).toBe('HELP.UNKNOWN_TOPIC');
    expect(textOf(reply) + reply.summary).toContain('help team');
  });

  it('help forget shows a non-admin only forget me', async () => {
    await h.app.handleCommand(h.as('Sam'), 'help');
    const text = textOf(await h.app.handleCommand(h.as('Sam'), 'help forget'));
    expect(text).toContain('forget me [confirm]');
    expect(text).not.toContain('@person');
  });

  it('help set lists every setting key with the values it takes and its default', async () => {
    const text = textOf(await h.app.handleCommand(h.as('Ada'), 'help set'));
    for (const key of SETTING_KEYS) expect(text).toContain(key);
    expect(text).toContain('digest-day');
    expect(text).toMatch(/reminders.*on or off \(default on\)/);
    expect(text).toMatch(/retention-days.*30 to 36500 \(default 395\)/);
  });
});
