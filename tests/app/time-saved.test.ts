/** Time saved through the app: what the confirmation says and what is stored. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeHarness, type Harness } from '../support/app-harness.js';
import { field } from '../support/message-text.js';

let h: Harness;
beforeEach(async () => { h = await makeHarness(); });
afterEach(async () => { await h.close(); });

describe('time saved is never overstated', () => {
  it.each([
    ['log Fixed the export with Claude, saved 1,5h', '1.5 h', 90],
    ['log Wrote the tests with Copilot, 2,5 hours saved', '2.5 h', 150],
    ['log Release notes with ChatGPT, saved 1 1/2 hours', '1.5 h', 90],
    ['log Migration script with Claude: took 2 days, would have taken 2 weeks', '64 h', 3840],
  ])('%s', async (command, shown, minutes) => {
    const reply = await h.app.handleCommand(h.as('Ada'), command);
    expect(field(reply, 'Time saved')).toBe(shown);
    const person = await h.store.findPersonByPlatformId('console', 'ada');
    const [win] = await h.store.listWinsByAuthor(person!.id, 1);
    expect(win!.minutes).toBe(minutes);
  });

  it('edits time saved with a decimal comma', async () => {
    await h.app.handleCommand(h.as('Ada'), 'log Fixed the export with Claude');
    const reply = await h.app.handleCommand(h.as('Ada'), 'edit 1 saved 0,5 day');
    expect(reply.errorCode).toBeUndefined();
    const person = await h.store.findPersonByPlatformId('console', 'ada');
    expect((await h.store.listWinsByAuthor(person!.id, 1))[0]!.minutes).toBe(240);
  });
});
