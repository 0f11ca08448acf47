import { PassThrough } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../../adapters/console/run-console.js';
import { msg, recordingApp, say } from './recording-app.js';
import type { Script } from './recording-app.js';

const WELCOME = 'shiplog console — you are Ada. Type help, or: as <name>, press <n>, quit.';

function start(script: Script = {}, interactive = false) {
  const { app, calls } = recordingApp(script);
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
  const done = runConsole(app, { userName: 'Ada', input, output, interactive });
  return { app, calls, input, done, written: () => written };
}

describe('runConsole piped', () => {
  it('handles 200 piped lines one at a time, in order, and ends with the input', async () => {
    let running = 0;
    let overlapped = false;
    const { calls, input, done, written } = start({
      command: async (line) => {
        overlapped ||= ++running > 1;
        // Uneven delays would reorder answers if lines were handled concurrently.
        await sleep(Number(line.slice(4)) % 3);
        running -= 1;
        return say(`answer ${line}`);
      },
    });
    const lines = Array.from({ length: 200 }, (_, i) => `cmd ${i}`);
    input.end(`${lines.join('\n')}\n`);
    await done;
    expect(overlapped).toBe(false);
    expect(calls.map((call) => (call.kind === 'command' ? call.line : call.kind))).toEqual(lines);
    const transcript = lines.flatMap((line) => [`> ${line}`, `answer ${line}`]);
    expect(written()).toBe([WELCOME, ...transcript, ''].join('\n'));
  });

  it('echoes form answers after their prompt so the transcript reads well', async () => {
    const form = msg({
      type: 'form',
      form: { id: 'log-win', title: 'Log a win', submitLabel: 'Log', fields: [{ id: 'text', label: 'Text', kind: 'text' }] },
    });
    const { calls, input, done, written } = start({ command: () => form });
    input.end('log\n\nshipped it\n');
    await done;
    expect(calls.at(-1)).toMatchObject({ kind: 'submit', values: { text: 'shipped it' } });
    expect(written()).toBe(
      [
        WELCOME,
        '> log',
        'Log a win\n  Text (required)',
        '(Answer each field; Enter skips an optional one; cancel, or any command, stops.)',
        'Text:',
        'Text is required — type it, or cancel to stop.',
        'Text: shipped it',
        'submitted log-win',
        '',
      ].join('\n'),
    );
  });

  it('stops at quit without waiting for the input to end', async () => {
    const { calls, input, done, written } = start();
    input.write('me\nquit\nhelp\n');
    await done;
    expect(calls.map((call) => (call.kind === 'command' ? call.line : call.kind))).toEqual(['me']);
    expect(written()).toBe([WELCOME, '> me', 'echo me', '> quit', ''].join('\n'));
    input.end();
  });

  it('handles a last line without a newline', async () => {
    const { calls, input, done } = start();
    input.end('me');
    await done;
    expect(calls).toHaveLength(1);
  });

  it('rejects when the console itself fails, instead of dropping lines silently', async () => {
    const { app, calls } = recordingApp({ command: () => Promise.reject(new Error('boom')) });
    const input = new PassThrough();
    const logError = () => {
      throw new Error('log file gone');
    };
    const done = runConsole(app, { userName: 'Ada', input, output: new PassThrough(), interactive: false, logError });
    input.end('me\nhelp\n');
    await expect(done).rejects.toThrow('log file gone');
    expect(calls).toHaveLength(1);
  });
});

describe('runConsole interactive', () => {
  it('prompts with the current name and then with the field being asked', async () => {
    const form = msg({
      type: 'form',
      form: { id: 'log-win', title: 'Log a win', submitLabel: 'Log', fields: [{ id: 'text', label: 'Text', kind: 'text' }] },
    });
    const { input, done, written } = start({ command: (line) => (line === 'log' ? form : say('ok')) }, true);
    input.write('as Sam\n');
    await sleep(20);
    input.write('log\n');
    await sleep(20);
    input.end();
    await done;
    const out = written();
    expect(out.indexOf('ada> ')).toBeGreaterThan(out.indexOf(WELCOME));
    expect(out.indexOf('sam> ')).toBeGreaterThan(out.indexOf('You are now Sam (new to shiplog).'));
    expect(out.lastIndexOf('Text: ')).toBeGreaterThan(out.indexOf('(Answer each field; Enter skips an optional one; cancel, or any command, stops.)'));
  });
});
