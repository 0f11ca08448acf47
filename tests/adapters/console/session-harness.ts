import { createConsoleSession } from '../../../adapters/console/console-session.js';
import type { ConsoleSessionOptions } from '../../../adapters/console/console-session.js';
import type { Form } from '../../../src/index.js';
import { msg, recordingApp } from './recording-app.js';
import type { Script } from './recording-app.js';

/** A console session over a scripted app, with everything it said and logged. */
export function setup(script: Script = {}, options: Partial<ConsoleSessionOptions> = {}) {
  const { app, calls } = recordingApp(script);
  const said: string[] = [];
  const logged: { ref: string; error: unknown }[] = [];
  const session = createConsoleSession(app, {
    userName: 'Ada',
    say: (text) => said.push(text),
    logError: (ref, error) => logged.push({ ref, error }),
    ...options,
  });
  const type = async (...lines: string[]) => {
    for (const line of lines) await session.handleLine(line);
  };
  return { session, calls, said, logged, type };
}

/** A log-win form with a required text, a select and an optional field. */
export const logWinForm: Form = {
  id: 'log-win',
  title: 'Log a win',
  submitLabel: 'Log it',
  fields: [
    { id: 'text', label: 'Text', kind: 'multiline', maxLength: 30 },
    {
      id: 'category',
      label: 'Category',
      kind: 'select',
      options: [
        { value: 'shipped-feature', label: 'Shipped feature' },
        { value: 'bug-fix', label: 'Bug fix' },
        { value: 'docs', label: 'Docs' },
      ],
    },
    { id: 'link', label: 'Link', kind: 'text', optional: true },
  ],
};
export const formReply = msg({ type: 'form', form: logWinForm });
