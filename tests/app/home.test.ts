import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeHarness, type Harness } from '../support/app-harness.js';
import { textOf } from '../support/message-text.js';

let h: Harness;
beforeEach(async () => { h = await makeHarness(); });
afterEach(async () => { await h.close(); });

const ada = () => h.as('Ada', { timeZone: 'Europe/Berlin' });
const buttons = (m: Awaited<ReturnType<Harness['app']['homeView']>>) =>
  m.blocks.flatMap((b) => (b.type === 'actions' ? b.actions : [])).map((a) => `${a.id}:${a.value}`);

describe('the home page', () => {
  it('shows a newcomer how to start, their preferences and a Log a win button', async () => {
    const home = await h.app.homeView(ada());
    expect(home.private).toBe(true);
    expect(textOf(home)).toContain('Nothing logged yet');
    expect(textOf(home)).toContain('Nudges: on');
    expect(textOf(home)).toContain('Weekly check-in: thu at 15:00 (Europe/Berlin)');
    expect(buttons(home)).toEqual(['log-win:', 'set-nudges:off']);
  });

  it('lists only the person\'s own recent entries, with their personal check-in and away date', async () => {
    await h.app.handleCommand(ada(), 'log Automated release notes with Claude, saved 30 min');
    await h.app.handleCommand(h.as('Sam'), 'log Sam\'s own thing with Copilot');
    await h.app.handleCommand(ada(), 'checkin mon 09:30');
    await h.app.handleCommand(ada(), 'away until 2026-12-24');
    const text = textOf(await h.app.homeView(ada()));
    expect(text).toContain('#1 Automated release notes with Claude');
    expect(text).not.toContain('Sam\'s own thing');
    expect(text).toContain('Weekly check-in: mon at 09:30 (Europe/Berlin)');
    expect(text).toContain('Away through 2026-12-24');
  });

  it('follows the nudges switch', async () => {
    const off = await h.app.handleAction(ada(), 'set-nudges', 'off');
    expect(off.summary).toContain('Nudges are off');
    expect((await h.store.findPersonByPlatformId('console', 'ada'))?.nudges).toBe(false);
    const home = await h.app.homeView(ada());
    expect(textOf(home)).toContain('Nudges: off');
    expect(buttons(home)).toEqual(['log-win:', 'set-nudges:on']);
    expect((await h.app.handleAction(ada(), 'set-nudges', 'maybe')).errorCode).toBe('ACTION.BAD_VALUE');
  });
});

describe('form submissions', () => {
  it('records where a win came from when the adapter says so', async () => {
    const outcome = await h.app.submitForm(ada(), 'log-win', { text: 'Released the invoice export with Claude' }, { source: 'message-shortcut' });
    expect(outcome.ok).toBe(true);
    expect(await h.store.getWin(1)).toMatchObject({ source: 'message-shortcut' });
  });
});
