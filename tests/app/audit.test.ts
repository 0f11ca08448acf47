/** The audit log names people by id, so it reads with today's names and holds no names itself. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeHarness, type Harness } from '../support/app-harness.js';
import { textOf } from '../support/message-text.js';

let h: Harness;
beforeEach(async () => { h = await makeHarness(); });
afterEach(async () => { await h.close(); });

describe('audit by id', () => {
  beforeEach(async () => {
    await h.app.handleCommand(h.as('Ada'), 'help');
    await h.app.handleCommand(h.as('Sam'), 'help');
    await h.app.handleCommand(h.as('Ada'), 'team create core');
    await h.app.handleCommand(h.as('Ada'), 'team add core @sam');
    await h.app.handleCommand(h.as('Ada'), 'team lead core @sam');
    await h.app.handleCommand(h.as('Ada'), 'admins add @sam');
  });

  it('stores people as ids, never their names in the text', async () => {
    const sam = (await h.store.findPersonByPlatformId('console', 'sam'))!;
    const entries = await h.store.listAudit(10);
    expect(entries.filter((e) => e.subjectId === sam.id).map((e) => e.action).reverse()).toEqual(['team.add', 'team.lead', 'admins.add']);
    for (const e of entries) expect(`${e.target} ${e.detail}`).not.toMatch(/sam|ada/i);
  });

  it('reads with the names people have now, so a rename shows', async () => {
    expect(textOf(await h.app.handleCommand(h.as('Ada'), 'audit 3'))).toMatch(/Ada admins\.add Sam\n.*Ada team\.lead team:core Sam\n.*Ada team\.add team:core Sam/);
    const sam = (await h.store.findPersonByPlatformId('console', 'sam'))!;
    await h.store.updatePerson(sam.id, { displayName: 'Samira' });
    const log = textOf(await h.app.handleCommand(h.as('Ada'), 'audit'));
    expect(log).toContain('Ada team.add team:core Samira');
    expect(log).not.toMatch(/\bSam\b/);
  });
});
