import { createInterface } from 'node:readline';
import type { ShiplogApp } from '../../src/index.js';
import { banner } from './console-help.js';
import { createConsoleSession } from './console-session.js';
import type { ConsoleSession } from './console-session.js';
import type { ConsolePlatform } from './console-platform.js';
import type { Tick } from './tick-command.js';

/** Options for {@link runConsole}. */
export interface RunConsoleOptions {
  /** Who is typing at the start. */
  userName: string;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A person at a terminal (prompt and line editing) rather than piped input (echoed transcript). */
  interactive: boolean;
  /** Records a bug with its reference; the default writes the stack to stderr. */
  logError?: (ref: string, error: unknown) => void;
  /** Enables `tick <when> [zone]`: sets the app's clock and runs what became due. */
  tick?: Tick;
  /** The console platform check-ins and digests are printed through; its buttons become pressable. */
  platform?: ConsolePlatform;
  /** Where `export me` writes its files; default `data/exports`. */
  filesDir?: string;
}

/**
 * Chats with shiplog over a pair of streams, one line at a time and strictly in order.
 * Resolves once input has ended and its last line was handled, or on `quit`.
 */
export async function runConsole(app: ShiplogApp, options: RunConsoleOptions): Promise<void> {
  const { input, output, interactive } = options;
  const say = (text: string): void => void output.write(`${text}\n`);
  const session = createConsoleSession(app, { userName: options.userName, say, logError: options.logError, tick: options.tick, ...(options.filesDir !== undefined && { filesDir: options.filesDir }) });
  if (options.platform) options.platform.onButtons = (buttons, dmTo) => session.offerButtons(buttons, dmTo);
  say(banner(options.userName, options.tick !== undefined));
  // "You are Ada" is true from the first line: Ada exists (and, first in a fresh database, is its admin).
  await session.start();
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  const closed = new Promise<void>((resolve) => rl.once('close', resolve));
  const loop: { quitting: boolean; failure?: Error } = { quitting: false };
  const prompt = (): void => {
    if (!interactive || loop.quitting) return;
    rl.setPrompt(session.fieldPrompt() ?? `${session.currentName().toLowerCase()}> `);
    rl.prompt();
  };
  const step = async (line: string): Promise<void> => {
    if (loop.quitting) return;
    if (!interactive) echo(session, line, say);
    loop.quitting = (await session.handleLine(line)) === 'quit';
    if (loop.quitting) rl.close();
    prompt();
  };
  // NOTE: readline emits lines faster than the app answers them; chaining keeps every
  // piped line, in order, and never runs two at once.
  let queue = Promise.resolve();
  rl.on('line', (line) => {
    queue = queue.then(() => step(line)).catch((error: unknown) => {
      // The session already survives app errors; this is the console itself failing (e.g. output gone).
      loop.failure ??= error instanceof Error ? error : new Error(String(error));
      loop.quitting = true;
      rl.close();
    });
  });
  // Ctrl-C ends the chat like `quit` rather than leaving a paused prompt behind.
  rl.on('SIGINT', () => rl.close());
  prompt();
  await closed;
  await queue;
  if (loop.failure !== undefined) throw loop.failure;
}

/** Piped input is not shown by a terminal, so repeat it after its prompt to make a transcript. */
function echo(session: ConsoleSession, line: string, say: (text: string) => void): void {
  const field = session.fieldPrompt();
  if (field !== null) say(`${field}${line.trim()}`.trimEnd());
  else if (line.trim() !== '') say(`> ${line.trim()}`);
}
