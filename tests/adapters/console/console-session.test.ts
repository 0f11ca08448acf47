import { describe, expect, it, vi } from 'vitest';
import { createConsoleSession } from '../../../adapters/console/console-session.js';
import type { Message } from '../../../src/index.js';
import { msg, recordingApp, say } from './recording-app.js';
import { formReply, setup } from './session-harness.js';

const withButtons: Message = msg(
  { type: 'text', spans: [{ type: 'text', text: 'Logged win #42.' }] },
  { type: 'actions', actions: [{ id: 'edit-win', label: 'Edit', value: '42' }, { id: 'undo-win', label: 'Undo', value: '42' }] },
);

describe('console session commands', () => {
  it('passes a typed line to the app as a console command and prints the reply', async () => {
    const { calls, said, type } = setup();
    await type('  log fixed the flaky test  ');
    expect(calls).toEqual([
      {
        kind: 'command',
        caller: { platform: 'console', platformUserId: 'ada', displayName: 'Ada' },
        line: 'log fixed the flaky test',
        options: { source: 'console' },
      },
    ]);
    expect(said).toEqual(['echo log fixed the flaky test']);
  });

  it('ignores blank lines', async () => {
    const { calls, said, type } = setup();
    await type('', '   ');
    expect(calls).toEqual([]);
    expect(said).toEqual([]);
  });

  it('switches person with as, keeping the name as typed', async () => {
    const { session, calls, said, type } = setup();
    await type('as Sam Lee', 'me');
    expect(said[0]).toBe('You are now Sam Lee (new to shiplog).');
    expect(session.currentName()).toBe('Sam Lee');
    expect(calls[0]).toMatchObject({ caller: { platform: 'console', platformUserId: 'sam lee', displayName: 'Sam Lee' } });
  });

  it('says a person is new only the first time', async () => {
    const { said, type } = setup();
    await type('as Sam', 'as Ada', 'as Sam');
    expect(said).toEqual(['You are now Sam (new to shiplog).', 'You are now Ada (new to shiplog).', 'You are now Sam.']);
  });

  it.each(['as', 'as    ', `as ${'x'.repeat(41)}`, 'as Sam\u0007'])('refuses the name in %j', async (line) => {
    const { session, said, calls, type } = setup();
    await type(line);
    expect(said).toEqual(['A name is 1–40 printable characters, e.g. as Sam.']);
    expect(session.currentName()).toBe('Ada');
    expect(calls).toEqual([]);
  });

  it('accepts a 40-character name and does not mistake other words for as', async () => {
    const { said, calls, type } = setup();
    await type(`as ${'é'.repeat(40)}`, 'ask me');
    expect(said[0]).toBe(`You are now ${'é'.repeat(40)} (new to shiplog).`);
    expect(calls).toMatchObject([{ kind: 'command', line: 'ask me' }]);
  });

  it('ends on quit or exit', async () => {
    const { session, calls } = setup();
    expect(await session.handleLine('quit')).toBe('quit');
    expect(await session.handleLine('EXIT')).toBe('quit');
    expect(await session.handleLine('help')).toBe('continue');
    expect(calls).toHaveLength(1);
  });
});

describe('console session buttons', () => {
  it('presses the nth button of the latest message to the person typing that had buttons', async () => {
    const { calls, said, type } = setup({ command: (line) => (line === 'log x' ? withButtons : say('no buttons here')) });
    await type('log x', 'me', 'as Sam', 'press 2', 'as Ada', 'press 2');
    expect(said).toEqual([
      'Logged win #42.\n[1] Edit  [2] Undo',
      'no buttons here',
      'You are now Sam (new to shiplog).',
      // Ada's Undo is not Sam's to press.
      'There are no buttons for Sam to press yet.',
      'You are now Ada (new to shiplog).',
      'pressed undo-win 42',
    ]);
    expect(calls.filter((c) => c.kind === 'action')).toEqual([{
      kind: 'action',
      caller: { platform: 'console', platformUserId: 'ada', displayName: 'Ada' },
      action: 'undo-win',
      value: '42',
    }]);
  });

  it('explains a press it cannot do', async () => {
    const { calls, said, type } = setup({ command: () => withButtons });
    await type('press 1', 'log x', 'press 3', 'press 0', 'press', 'press one');
    expect(said).toEqual([
      'There are no buttons for Ada to press yet.',
      'Logged win #42.\n[1] Edit  [2] Undo',
      'There is no button 3; the last message to Ada with buttons had buttons 1–2.',
      'There is no button 0; the last message to Ada with buttons had buttons 1–2.',
      'Type press and a button number, e.g. press 1.',
      'Type press and a button number, e.g. press 1.',
    ]);
    expect(calls.filter((call) => call.kind === 'action')).toEqual([]);
  });
});

describe('console session errors', () => {
  it('survives an app that throws, with a reference to the logged error', async () => {
    const bug = new Error('boom');
    const { calls, said, logged, type } = setup({ command: (line) => (line === 'me' ? Promise.reject(bug) : say('ok')) });
    await type('me', 'nudges on');
    expect(logged).toEqual([{ ref: expect.stringMatching(/^[0-9a-f]{8}$/), error: bug }]);
    expect(said).toEqual([`Something went wrong (ref ${logged[0]!.ref}); the error was logged.`, 'ok']);
    expect(calls).toHaveLength(2);
  });

  it('leaves form mode when submitting throws', async () => {
    const { session, said, type } = setup({ command: () => formReply, submit: () => Promise.reject(new Error('db gone')) });
    await type('log', 'a', '1', '');
    expect(said.at(-1)).toMatch(/^Something went wrong \(ref [0-9a-f]{8}\); the error was logged\.$/);
    expect(session.fieldPrompt()).toBeNull();
  });

  it('writes the stack to stderr by default', async () => {
    const { app } = recordingApp({ command: () => Promise.reject(new Error('boom')) });
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => written.push(String(chunk)) > 0);
    try {
      await createConsoleSession(app, { userName: 'Ada', say: () => undefined }).handleLine('me');
    } finally {
      spy.mockRestore();
    }
    expect(written.join('')).toMatch(/^\[ref [0-9a-f]{8}\] Error: boom\n {4}at /);
  });
});

describe('console help', () => {
  it('adds the console\'s own commands under help, and answers help for them itself', async () => {
    const { calls, said, type } = setup({ command: () => say('shiplog help') }, { tick: () => Promise.resolve({ sent: [], skipped: [], failed: [] }) });
    await type('help', 'help press', 'help quit', 'help log');
    expect(said[0]).toBe('shiplog help');
    expect(said[1]).toContain('`as <name>`');
    expect(said[1]).toContain('`tick <YYYY-MM-DDTHH:MM> [zone]`');
    expect(said).toContain('== press <n> ==');
    expect(said).toContain('== quit ==');
    expect(calls.map((c) => (c.kind === 'command' ? c.line : c.kind))).toEqual(['help', 'help log']);
  });

  it('leaves tick out where the clock cannot be moved', async () => {
    const { said, type } = setup({ command: () => say('shiplog help') });
    await type('help', 'help tick');
    expect(said[1]).not.toContain('tick');
    expect(said.at(-1)).toBe('shiplog help');
  });
});
