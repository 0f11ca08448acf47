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
      '(Answer each field; cancel stops.)',
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
});
