/** Replies that teach: what a list promises it shows, pages past the end, names with spaces. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeHarness, type Harness } from '../support/app-harness.js';
import { textOf } from '../support/message-text.js';

let h: Harness;
beforeEach(async () => {
  h = await makeHarness('2026-11-30T09:00:00Z');
  await run('Ada', 'help'); // Ada is the admin
  await run('Sam', 'help');
});
afterEach(async () => { await h.close(); });

async function run(name: string, line: string): Promise<string> {
  const reply = await h.app.handleCommand(h.as(name), line);
  return `${reply.errorCode ?? ''} ${reply.summary}\n${textOf(reply)}`;
}

describe('replies that teach', () => {
  it('team list names the members, and says when there are none', async () => {
    await run('Ada', 'team create core');
    await run('Ada', 'team create empty');
    await run('Ada', 'team add core @sam @ada');
    await run('Ada', 'team lead core @ada');
    const list = await run('Ada', 'team list');
    expect(list).toContain('core · 2 members: Ada, Sam · led by Ada');
    expect(list).toContain('empty · no members yet · no lead yet');
  });

  it('me past the last page says so, without an impossible range', async () => {
    await run('Sam', 'log Wrote the runbook with Claude');
    const past = await run('Sam', 'me 2');
    expect(past).toContain('Nothing on page 2; your wins fit on fewer pages.');
    expect(past).not.toContain('Showing');
  });

  it('a name with a space is taught, and the quoted or joined form finds the person', async () => {
    await run('Ada Lovelace', 'help');
    await run('Ada', 'team create x');
    expect(await run('Ada', 'team add x @Ada Lovelace')).toContain('For a name with a space, write @Ada_Lovelace or "@Ada Lovelace".');
    expect(await run('Ada', 'team add x @Ada_Lovelace')).toContain('Added Ada Lovelace to x.');
    expect(await run('Ada', 'team add x "@Ada Lovelace"')).toContain('Ada Lovelace already in the team');
  });
});
