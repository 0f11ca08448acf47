/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- Slack payloads are JSON as sent on the wire; tests read them untyped on purpose. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture } from '../../support/slack-requests.js';
import { blocksText, buttonsIn } from './block-text.js';
import { buttonPress, startSlackHarness, type SlackHarness } from './slack-harness.js';

let s: SlackHarness;
beforeEach(async () => { s = await startSlackHarness(); });
afterEach(async () => { await s.close(); });

const responses = () => s.api.calls.filter((c) => c.method === 'response_url');

/** Logs a win by slash command and returns the buttons of its confirmation. */
async function logged(text: string, user = 'U0ADA'): Promise<ReturnType<typeof buttonsIn>> {
  const before = responses().length;
  await s.command(`log ${text}`, { user_id: user });
  await s.api.waitFor(() => responses().length > before);
  return buttonsIn(responses().at(-1)!.params.blocks);
}

/** Presses a button with a fresh response_url and waits for `method` to be called `count` times. */
async function press(actionId: string, value: string, method: string, overrides: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const before = s.api.ok(method).length;
  const res = await s.interact(buttonPress(actionId, value, { response_url: s.api.responseUrl(), ...overrides }));
  expect(res.status).toBe(200);
  await s.api.waitFor(() => s.api.ok(method).length > before);
  return s.api.ok(method).at(-1)!.params;
}

describe('buttons (block_actions)', () => {
  it('Log a win opens the log form as a modal', async () => {
    const opened = await press('log-win#0', '', 'views.open');
    expect(opened.trigger_id).toBe(fixture('block-actions').trigger_id);
    expect(opened.view).toMatchObject({ type: 'modal', callback_id: 'log-win', title: { text: 'Log a win' } });
    expect(opened.view.blocks.map((b: any) => b.block_id)).toEqual(['text', 'category', 'saved', 'visibility']);
    expect(JSON.parse(opened.view.private_metadata)).toEqual({ channel: 'C0GENERAL' });
  });

  it('Edit opens the edit form prefilled with the win', async () => {
    const [edit] = await logged('Built the importer with Copilot, saved 1h');
    expect(edit!.text).toBe('Edit');
    const opened = await press(edit!.action_id, edit!.value, 'views.open');
    expect(opened.view.callback_id).toBe('edit-win:1');
    expect(opened.view.blocks[0].element.initial_value).toBe('Built the importer with Copilot, saved 1h');
  });

  it('Undo removes the win and says so privately', async () => {
    const [, undo] = await logged('Wrote tests with Copilot');
    const reply = await press(undo!.action_id, undo!.value, 'response_url');
    expect(reply).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: 'Undid #1: Wrote tests with Copilot' });
    expect(await s.h.store.getWin(1)).toBeNull();
  });

  it('Endorse records a teammate\'s +1', async () => {
    await s.command('team create core');
    await s.api.waitFor(() => responses().length === 1);
    await s.command('help', { user_id: 'U0SAM' });
    await s.api.waitFor(() => responses().length === 2);
    await s.command('team add core <@U0ADA|ada> <@U0SAM|sam>');
    await s.api.waitFor(() => responses().length === 3);
    await logged('Drafted the migration guide with Claude', 'U0SAM');
    const reply = await press('endorse-win#0', '1', 'response_url');
    expect(reply.text).toBe('+1 on #1 by Sam. You have 4 endorsements left this week.');
    expect((await s.h.store.getWin(1))?.endorsements).toBe(1);
  });

  it.each([
    ['nothing-this-week#0', 'nothing', 'Thanks for saying so'],
    ['snooze#1', 'snooze', 'Snoozed'],
  ])('%s answers the check-in and records it', async (actionId, answer, said) => {
    const reply = await press(actionId, '2026-W48', 'response_url');
    expect(reply.text).toContain(said);
    const ada = await s.person('U0ADA');
    expect(await s.h.store.getCheckinAnswer(ada!.id, '2026-W48')).toBe(answer);
  });

  it('the nudges switch on the Home tab turns nudges off, answers in the DM and refreshes Home', async () => {
    const home = { view: { id: 'VHOME', type: 'home' }, channel: undefined, container: { type: 'view', view_id: 'VHOME' }, response_url: undefined };
    await press('set-nudges#1', 'off', 'views.publish', home);
    expect((await s.person('U0ADA'))?.nudges).toBe(false);
    const dm = s.api.ok('chat.postMessage').at(-1)!.params;
    expect(dm.channel).toBe('U0ADA');
    expect(dm.text).toContain('Nudges are off');
    const published = s.api.ok('views.publish').at(-1)!.params;
    expect(published.user_id).toBe('U0ADA');
    expect(blocksText(published.view.blocks)).toContain('Nudges: off');
    expect(buttonsIn(published.view.blocks).map((b) => b.text)).toEqual(['Log a win', 'Turn nudges on']);
  });
});

describe('the win modal (view_submission)', () => {
  it('stores a valid submission, closes the modal and confirms privately in the channel', async () => {
    const res = await s.interact(fixture('view-submission'));
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    await s.api.waitFor(() => s.api.ok('chat.postEphemeral').length === 1);
    expect(await s.h.store.getWin(1)).toMatchObject({ text: 'Shipped search with Cursor', minutes: 90, visibility: 'private', source: 'form', category: 'shipped-feature' });
    const confirmation = s.api.ok('chat.postEphemeral')[0]!.params;
    expect(confirmation).toMatchObject({ channel: 'C0GENERAL', user: 'U0ADA', text: 'Logged win #1 (shipped-feature).' });
  });

  it('shows validation errors inline on the fields and stores nothing', async () => {
    const payload = fixture('view-submission');
    payload.view.state.values.text.value.value = '';
    payload.view.state.values.saved.value.value = 'forever';
    const res = await s.interact(payload);
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body);
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors).sort()).toEqual(['saved', 'text']);
    expect(body.errors.saved).toContain('Use a duration like 2h');
    expect(await s.h.store.getWin(1)).toBeNull();
  });
});

describe('"Log as AI win" (message shortcut)', () => {
  it('opens the form prefilled with the message text and permalink; the win records its source', async () => {
    const res = await s.interact(fixture('message-shortcut'));
    expect(res.status).toBe(200);
    await s.api.waitFor(() => s.api.ok('views.open').length === 1);
    const view = s.api.ok('views.open')[0]!.params.view;
    expect(view.blocks[0].element.initial_value).toBe(
      'Released the new invoice export; Claude wrote the CSV mapper\nhttps://acme.slack.com/archives/C0GENERAL/p1764000000000300',
    );
    const submission = fixture('view-submission');
    submission.view.private_metadata = view.private_metadata;
    submission.view.state.values.text.value.value = view.blocks[0].element.initial_value;
    await s.interact(submission);
    await s.api.waitFor(() => s.api.ok('chat.postEphemeral').length === 1);
    expect(await s.h.store.getWin(1)).toMatchObject({ source: 'message-shortcut', tools: ['Claude'] });
  });
});
