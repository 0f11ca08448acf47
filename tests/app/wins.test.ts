import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeHarness, type Harness } from '../support/app-harness.js';
import { field, textOf } from '../support/message-text.js';

let h: Harness;
beforeEach(async () => { h = await makeHarness(); });
afterEach(async () => { await h.close(); });

const ada = () => h.as('Ada');
const sam = () => h.as('Sam');

describe('logging a win', () => {
  it('confirms what was parsed and stores it in the author\'s ISO week', async () => {
    const reply = await h.app.handleCommand(ada(), 'log Fixed the flaky checkout test with Copilot, saved 2h https://github.com/acme/shop/pull/42');
    expect(reply.errorCode).toBeUndefined();
    expect(field(reply, 'Category')).toBe('bug-fix');
    expect(field(reply, 'Time saved')).toBe('2 h');
    expect(field(reply, 'Tools')).toBe('Copilot');
    expect(field(reply, 'Artifacts')).toBe('acme/shop#42 (pull request)');
    expect(field(reply, 'Verified')).toMatch(/^yes/);
    expect(textOf(reply)).toContain('[Edit] [Undo]');
    const person = await h.store.findPersonByPlatformId('console', 'ada');
    const [win] = await h.store.listWinsByAuthor(person!.id, 5);
    expect(win).toMatchObject({ kind: 'win', category: 'bug-fix', minutes: 120, tools: ['Copilot'], week: '2026-W48', source: 'command', visibility: 'team' });
  });

  it('accepts the aliases win and shipped', async () => {
    await h.app.handleCommand(ada(), 'win Wrote the runbook with Claude');
    await h.app.handleCommand(ada(), 'shipped the export feature with Cursor');
    const person = await h.store.findPersonByPlatformId('console', 'ada');
    expect((await h.store.listWinsByAuthor(person!.id, 5)).map((w) => w.category)).toEqual(['shipped-feature', 'docs']);
  });

  it('gives one light hint when nothing concrete is said, but still saves', async () => {
    const reply = await h.app.handleCommand(ada(), 'log used AI for stuff');
    expect(reply.errorCode).toBeUndefined();
    expect(textOf(reply)).toContain('Add the link or who it helped?');
  });

  it('refuses empty and over-long text, writing nothing', async () => {
    const long = await h.app.handleCommand(ada(), `log ${'x'.repeat(2001)}`);
    expect(long.errorCode).toBe('WIN.TOO_LONG');
    expect(long.summary).toContain('2,001');
    const person = await h.store.findPersonByPlatformId('console', 'ada');
    expect(await h.store.listWinsByAuthor(person!.id, 5)).toEqual([]);
  });

  it('logs a DM reply as a win once, however often the platform retries it', async () => {
    for (let i = 0; i < 3; i++) await h.app.handleDirectMessage(ada(), 'Cut the build time in half with Claude', { dedupeKey: 'Ev123' });
    const person = await h.store.findPersonByPlatformId('console', 'ada');
    const wins = await h.store.listWinsByAuthor(person!.id, 5);
    expect(wins).toHaveLength(1);
    expect(wins[0]!.source).toBe('checkin-reply');
  });

  it('runs commands typed in a DM instead of logging them', async () => {
    const reply = await h.app.handleDirectMessage(ada(), 'me');
    expect(reply.summary).toBe('0 wins and 0 setbacks.');
  });

  it('logs setbacks with time lost, shown beside wins in me', async () => {
    await h.app.handleCommand(ada(), 'setback ChatGPT invented an API, lost 1.5 hours');
    await h.app.handleCommand(ada(), 'log Automated release notes with Claude, saved 30 min');
    const reply = await h.app.handleCommand(ada(), 'me');
    expect(reply.summary).toBe('1 win and 1 setback.');
    expect(textOf(reply)).toContain('1.5 h lost');
    expect(textOf(reply)).toContain('30 min saved');
  });
});

describe('changing wins', () => {
  it('edits category, time and visibility of one\'s own win', async () => {
    await h.app.handleCommand(ada(), 'log Built the CSV importer with Copilot');
    expect((await h.app.handleCommand(ada(), 'edit 1 category automation')).errorCode).toBeUndefined();
    expect((await h.app.handleCommand(ada(), 'edit 1 saved 3h')).errorCode).toBeUndefined();
    const reply = await h.app.handleCommand(ada(), 'edit 1 private');
    expect(field(reply, 'Category')).toBe('automation');
    expect(field(reply, 'Time saved')).toBe('3 h');
    expect(field(reply, 'Visible to')).toBe('only you');
  });

  it('does not let anyone else edit or delete it; to someone outside the team it does not exist', async () => {
    await h.app.handleCommand(ada(), 'log Built the CSV importer with Copilot');
    await h.app.handleCommand(h.as('Zoe'), 'help');
    expect((await h.app.handleCommand(h.as('Zoe'), 'delete 1')).errorCode).toBe('WIN.NOT_FOUND');
    await h.app.handleCommand(sam(), 'help');
    await h.app.handleCommand(ada(), 'team create core');
    await h.app.handleCommand(ada(), 'team add core @ada @sam');
    expect((await h.app.handleCommand(sam(), 'edit 1 category docs')).errorCode).toBe('WIN.NOT_YOURS');
    expect((await h.app.handleCommand(sam(), 'delete 1')).errorCode).toBe('WIN.NOT_YOURS');
    await h.app.handleCommand(ada(), 'edit 1 private');
    expect((await h.app.handleCommand(sam(), 'delete 1')).errorCode).toBe('WIN.NOT_FOUND');
  });

  it('deletes by id and reports a missing id as an error', async () => {
    await h.app.handleCommand(ada(), 'log Built the CSV importer with Copilot');
    expect((await h.app.handleCommand(ada(), 'delete 99999')).errorCode).toBe('WIN.NOT_FOUND');
    expect((await h.app.handleCommand(ada(), 'delete 1')).summary).toContain('Deleted #1');
    expect((await h.app.handleCommand(ada(), 'me')).summary).toBe('0 wins and 0 setbacks.');
  });

  it('undoes the latest entry within the hour, and not after', async () => {
    await h.app.handleCommand(ada(), 'log one');
    await h.app.handleCommand(ada(), 'log two');
    expect((await h.app.handleCommand(ada(), 'undo')).summary).toBe('Undid #2: two');
    h.clock.advance(61 * 60 * 1000);
    expect((await h.app.handleCommand(ada(), 'undo')).errorCode).toBe('UNDO.NOTHING');
  });

  it('undoes through the Undo button of the confirmation', async () => {
    const logged = await h.app.handleCommand(ada(), 'log Wrote tests with Copilot');
    const undo = logged.blocks.flatMap((b) => (b.type === 'actions' ? b.actions : [])).find((a) => a.id === 'undo-win')!;
    expect((await h.app.handleAction(ada(), undo.id, undo.value)).summary).toBe('Undid #1: Wrote tests with Copilot');
  });
});

describe('endorsing', () => {
  async function teamOfTwo() {
    await h.app.handleCommand(ada(), 'help'); // Ada arrives first and is admin
    await h.app.handleCommand(sam(), 'help');
    await h.app.handleCommand(ada(), 'team create core');
    await h.app.handleCommand(ada(), 'team add core @ada @sam');
  }

  it('lets a teammate +1 once, never one\'s own win, and marks it verified', async () => {
    await teamOfTwo();
    await h.app.handleCommand(sam(), 'log Drafted the migration guide with Claude');
    expect((await h.app.handleCommand(sam(), 'endorse 1')).errorCode).toBe('ENDORSE.OWN');
    const first = await h.app.handleCommand(ada(), 'endorse 1');
    expect(first.summary).toBe('+1 on #1 by Sam. You have 4 endorsements left this week.');
    expect((await h.app.handleCommand(ada(), 'endorse 1')).errorCode).toBe('ENDORSE.DUPLICATE');
    expect((await h.store.getWin(1))?.endorsements).toBe(1);
    expect(field(await h.app.handleCommand(sam(), 'edit 1 saved 1h'), 'Verified')).toBe('yes: 1 endorsement');
  });

  it('keeps to the weekly budget, which renews next week', async () => {
    await teamOfTwo();
    await h.app.handleCommand(ada(), 'set endorsement-budget 2');
    for (let i = 0; i < 3; i++) await h.app.handleCommand(sam(), `log thing ${i}`);
    await h.app.handleCommand(ada(), 'endorse 1');
    await h.app.handleCommand(ada(), 'endorse 2');
    expect((await h.app.handleCommand(ada(), 'endorse 3')).errorCode).toBe('ENDORSE.BUDGET');
    h.clock.advance(7 * 24 * 3600 * 1000);
    expect((await h.app.handleCommand(ada(), 'endorse 3')).errorCode).toBeUndefined();
  });

  it('cannot see, so cannot endorse, a private win or one outside the team', async () => {
    await h.app.handleCommand(ada(), 'help');
    await h.app.handleCommand(sam(), 'log Secret thing');
    await h.app.handleCommand(h.as('Lin'), 'endorse 1').then((r) => expect(r.errorCode).toBe('WIN.NOT_FOUND'));
    await h.app.handleCommand(sam(), 'edit 1 private');
    expect((await h.app.handleCommand(ada(), 'endorse 1')).errorCode).toBe('WIN.NOT_FOUND');
  });
});

describe('forms', () => {
  it('opens the log form from the Log a win button and shows field errors inline', async () => {
    const form = await h.app.handleAction(ada(), 'log-win', '');
    expect(form.blocks[0]).toMatchObject({ type: 'form', form: { id: 'log-win' } });
    const bad = await h.app.submitForm(ada(), 'log-win', { text: '', saved: 'forever', category: 'stuff' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.fieldErrors).sort()).toEqual(['category', 'saved', 'text']);
    const good = await h.app.submitForm(ada(), 'log-win', { text: 'Shipped search with Cursor', saved: '90 min', category: 'shipped-feature', visibility: 'private' });
    expect(good.ok).toBe(true);
    const win = await h.store.getWin(1);
    expect(win).toMatchObject({ minutes: 90, visibility: 'private', source: 'form', category: 'shipped-feature' });
  });

  it('edits through the edit form, prefilled with the win', async () => {
    await h.app.handleCommand(ada(), 'log Built the importer with Copilot, saved 1h');
    const opened = await h.app.handleAction(ada(), 'edit-win', '1');
    const block = opened.blocks[0];
    expect(block?.type === 'form' && block.form.fields[0]?.initial).toBe('Built the importer with Copilot, saved 1h');
    const saved = await h.app.submitForm(ada(), 'edit-win:1', { text: 'Built the importer with Copilot', category: 'automation', saved: '2h', visibility: 'team' });
    expect(saved.ok).toBe(true);
    expect(await h.store.getWin(1)).toMatchObject({ text: 'Built the importer with Copilot', category: 'automation', minutes: 120 });
  });
});

describe('direct messages', () => {
  it.each([
    ['back from leave, shipped the billing fix with Claude', 'win'],
    ['me and Sam fixed the deploy script with Copilot', 'win'],
    ['Refactored the auth module using Cursor', 'win'],
    ['team add', 'error'],
    ['back', 'command'],
  ])('reads "%s" as a %s', async (line, as) => {
    const reply = await h.app.handleDirectMessage(ada(), line);
    const person = await h.store.findPersonByPlatformId('console', 'ada');
    const wins = await h.store.listWinsByAuthor(person!.id, 5);
    expect(wins.length).toBe(as === 'win' ? 1 : 0);
    expect(reply.errorCode !== undefined).toBe(as === 'error');
  });
});

describe('the confirmation reads correctly', () => {
  it.each([
    ['log Fixed the login loop with Claude https://github.com/acme/shop/issues/7', 'yes: it links an issue'],
    ['log Fixed the login loop with Claude https://github.com/acme/shop/pull/8', 'yes: it links a pull request'],
  ])('%s', async (line, verified) => {
    const reply = await h.app.handleCommand(ada(), line);
    expect(field(reply, 'Verified')).toBe(verified);
  });
});
