import { describe, expect, it } from 'vitest';
import type { Form } from '../../../src/index.js';
import { msg, say } from './recording-app.js';
import { formReply, logWinForm, setup } from './session-harness.js';

describe('console session forms', () => {
  it('asks each field, re-asks a required field once, and submits the answers', async () => {
    const { session, calls, said, type } = setup({ command: () => formReply });
    await type('log');
    expect(said).toEqual([
      'Log a win\n  Text (required)\n  Category (required)\n  Link (optional)',
      '(Answer each field; Enter skips an optional one; cancel, or any command, stops.)',
    ]);
    expect(session.fieldPrompt()).toBe('Text: ');
    await type('');
    expect(said.at(-1)).toBe('Text is required — type it, or cancel to stop.');
    await type('this text is far too long for the field');
    expect(said.at(-1)).toBe('Text can be at most 30 characters (this is 39).');
    await type('fixed the flaky test');
    expect(said.slice(-3)).toEqual(['  1) Shipped feature', '  2) Bug fix', '  3) Docs']);
    expect(session.fieldPrompt()).toBe('Category: ');
    await type('7');
    expect(said.at(-1)).toBe('Pick a number from 1 to 3, or one of: shipped-feature, bug-fix, docs.');
    await type('2');
    expect(session.fieldPrompt()).toBe('Link (optional): ');
    await type('');
    expect(calls.at(-1)).toMatchObject({
      kind: 'submit',
      formId: 'log-win',
      values: { text: 'fixed the flaky test', category: 'bug-fix' },
    });
    expect(said.at(-1)).toBe('submitted log-win');
    expect(session.fieldPrompt()).toBeNull();
  });

  it('takes a select answer by value or by label', async () => {
    const { calls, type } = setup({ command: () => formReply });
    await type('log', 'a', 'DOCS', 'https://x.example', 'log', 'b', 'shipped feature', '');
    const submits = calls.filter((call) => call.kind === 'submit').map((call) => call.values);
    expect(submits).toEqual([
      { text: 'a', category: 'docs', link: 'https://x.example' },
      { text: 'b', category: 'shipped-feature' },
    ]);
  });

  it('shows field errors and re-asks only those fields', async () => {
    let attempts = 0;
    const { session, calls, said, type } = setup({
      command: () => formReply,
      submit: () =>
        ++attempts === 1
          ? { ok: false, fieldErrors: { text: 'Say what shipped, e.g. a PR or a fix.' }, message: formReply }
          : { ok: true, message: say('Logged win #43.') },
    });
    await type('log', 'stuff', '3', 'https://x.example');
    expect(said.at(-1)).toBe('✗ Text: Say what shipped, e.g. a PR or a fix.');
    expect(session.fieldPrompt()).toBe('Text: ');
    await type('shipped the CSV import');
    const submits = calls.filter((call) => call.kind === 'submit').map((call) => call.values);
    expect(submits).toEqual([
      { text: 'stuff', category: 'docs', link: 'https://x.example' },
      { text: 'shipped the CSV import', category: 'docs', link: 'https://x.example' },
    ]);
    expect(said.at(-1)).toBe('Logged win #43.');
    expect(session.fieldPrompt()).toBeNull();
  });

  it('shows errors that name no field with the app reply', async () => {
    const { session, said, type } = setup({
      command: () => formReply,
      submit: () => ({ ok: false, fieldErrors: { form: 'This form has expired.' }, message: say('Start again with log.') }),
    });
    await type('log', 'a', '1', '');
    expect(said.slice(-2)).toEqual(['✗ form: This form has expired.', 'Start again with log.']);
    expect(session.fieldPrompt()).toBeNull();
  });

  it.each([
    { name: 'cancel at the first prompt', lines: ['cancel'], last: 'Cancelled — nothing was submitted.' },
    { name: 'cancel at a later prompt', lines: ['a', 'Cancel'], last: 'Cancelled — nothing was submitted.' },
    { name: 'a required field left empty twice', lines: ['', ''], last: 'Text is required. Cancelled — nothing was submitted.' },
  ])('aborts the form on $name', async ({ lines, last }) => {
    const { session, calls, said, type } = setup({ command: () => formReply });
    await type('log', ...lines);
    expect(said.at(-1)).toBe(last);
    expect(session.fieldPrompt()).toBeNull();
    await type('me');
    expect(calls.map((call) => call.kind)).toEqual(['command', 'command']);
  });

  it('prompts a question without adding a colon', async () => {
    const ask: Form = { ...logWinForm, fields: [{ id: 'text', label: 'What did AI help you ship?', kind: 'multiline' }] };
    const { session, type } = setup({ command: () => msg({ type: 'form', form: ask }) });
    await type('log');
    expect(session.fieldPrompt()).toBe('What did AI help you ship? ');
  });

  it('keeps an initial value when the answer is empty', async () => {
    const edit: Form = {
      id: 'edit-win:42',
      title: 'Edit win',
      submitLabel: 'Save',
      fields: [{ id: 'text', label: 'Text', kind: 'multiline', initial: 'Fixed it' }],
    };
    const { calls, said, type } = setup({ command: () => msg({ type: 'form', form: edit }) });
    await type('edit 42');
    expect(said.at(-1)).toBe('  now: Fixed it — press Enter to keep it');
    await type('');
    expect(calls.at(-1)).toMatchObject({ kind: 'submit', formId: 'edit-win:42', values: { text: 'Fixed it' } });
  });

  it.each([
    ['me'],
    ['team list'],
    ['log shipped the export with Claude'],
    ['as Sam'],
    ['help'],
  ])('closes the form when %j is typed, and runs it', async (line) => {
    const { session, calls, said, type } = setup({ command: (typed) => (typed === 'edit 1' ? formReply : say(`ran ${typed}`)) });
    await type('edit 1', 'a');
    await type(line);
    expect(said).toContain(`(Form closed: "${line.split(' ')[0]}" is a command. Nothing was submitted.)`);
    expect(session.fieldPrompt()).toBeNull();
    expect(calls.some((c) => c.kind === 'submit')).toBe(false);
  });

  it('takes a sentence that only starts with a command word as the answer', async () => {
    const { calls, type } = setup({ command: () => formReply });
    await type('log', 'me and Ada fixed it', '2', '');
    expect(calls.at(-1)).toMatchObject({ kind: 'submit', values: { text: 'me and Ada fixed it', category: 'bug-fix' } });
  });

  it('asks a field again once: a second bad answer leaves an optional field empty, and cancels on a required one', async () => {
    const optional: Form = { ...logWinForm, fields: [logWinForm.fields[0]!, { ...logWinForm.fields[1]!, optional: true }] };
    const first = setup({ command: () => msg({ type: 'form', form: optional }) });
    await first.type('log', 'a', 'nine', 'ten', '');
    expect(first.said).toContain('Pick a number from 1 to 3, or one of: shipped-feature, bug-fix, docs. Left Category empty.');
    expect(first.calls.at(-1)).toMatchObject({ kind: 'submit', values: { text: 'a' } });

    const second = setup({ command: () => formReply });
    await second.type('log', 'a', 'nine', 'ten', 'me');
    expect(second.said).toContain('Pick a number from 1 to 3, or one of: shipped-feature, bug-fix, docs. Cancelled — nothing was submitted.');
    expect(second.calls.map((c) => c.kind)).toEqual(['command', 'command']);
  });

  it('submits once more without an optional answer the app refused twice, then stops', async () => {
    const { session, calls, said, type } = setup({
      command: () => formReply,
      submit: (_id, values) => (values.link ? { ok: false, fieldErrors: { link: 'Not a link.' }, message: formReply } : { ok: true, message: say('Logged win #7.') }),
    });
    await type('log', 'a', '1', 'lots', 'still lots');
    expect(calls.filter((c) => c.kind === 'submit').map((c) => c.kind === 'submit' && c.values)).toEqual([
      { text: 'a', category: 'shipped-feature', link: 'lots' },
      { text: 'a', category: 'shipped-feature', link: 'still lots' },
      { text: 'a', category: 'shipped-feature' },
    ]);
    expect(said.slice(-2)).toEqual(['Left Link empty.', 'Logged win #7.']);
    expect(session.fieldPrompt()).toBeNull();
  });
});

describe('the console as a DM', () => {
  it('sends a free-text line of the person shiplog just messaged as a DM reply, until it is logged', async () => {
    const logged = msg({ type: 'actions', actions: [{ id: 'undo-win', label: 'Undo', value: '9' }] });
    const { session, calls, type } = setup({ dm: (line) => (line.startsWith('Fixed') ? logged : say(`dm ${line}`)) });
    session.offerButtons([{ id: 'snooze', label: 'Snooze', value: '2026-W49' }], 'sam');
    await type('Fixed the export with Claude');
    expect(calls.at(-1)).toMatchObject({ kind: 'command' }); // Ada got no DM
    await type('as Sam', 'me', 'Fixed the export with Claude', 'Wrote the docs');
    expect(calls.slice(-3).map((c) => `${c.kind} ${c.kind === 'action' || c.kind === 'submit' ? '' : c.line}`)).toEqual([
      'dm me',
      'dm Fixed the export with Claude',
      'command Wrote the docs',
    ]);
  });

  it('ends the DM when the person presses one of its buttons', async () => {
    const { session, calls, type } = setup();
    session.offerButtons([{ id: 'nothing-this-week', label: 'Nothing this week', value: '2026-W49' }], 'ada');
    await type('press 1', 'Fixed it');
    expect(calls.map((c) => c.kind)).toEqual(['action', 'command']);
  });
});
