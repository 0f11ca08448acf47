/** The console's own commands: what `help` adds in a terminal, and the banner. */

interface ConsoleCommand {
  /** The word that starts it. */
  word: string;
  usage: string;
  summary: string;
  example: string;
}

const COMMANDS: readonly ConsoleCommand[] = [
  { word: 'as', usage: 'as <name>', summary: 'Become another person (created on first use; the first person in a fresh workspace is its admin).', example: 'as Sam' },
  { word: 'press', usage: 'press <n>', summary: 'Press button n of the last message that had buttons (a check-in, a confirmation).', example: 'press 1' },
  { word: 'tick', usage: 'tick <YYYY-MM-DDTHH:MM> [zone]', summary: 'Move the clock there and show the check-ins and digests that fall due on the way.', example: 'tick 2026-12-03T15:00 Europe/Berlin' },
  { word: 'quit', usage: 'quit', summary: 'End the session (also exit, or the end of piped input).', example: 'quit' },
];

const offered = (withTick: boolean): ConsoleCommand[] => COMMANDS.filter((c) => withTick || c.word !== 'tick');

/** The first line of a session. */
export function banner(name: string, withTick: boolean): string {
  const words = offered(withTick).map((c) => c.usage.replace(' <YYYY-MM-DDTHH:MM> [zone]', ' <when>'));
  return `shiplog console — you are ${name}. Type help, or: ${words.join(', ')}.`;
}

/** Lines added under `help`: the console's own commands. */
export function consoleHelpLines(withTick: boolean): string[] {
  return ['*In this console*', ...offered(withTick).map((c) => `  • \`${c.usage}\`  ${c.summary}`)];
}

/** `help as`, `help tick`, `help console`: the console's own help, or null for a shiplog topic. */
export function consoleHelpTopic(topic: string, withTick: boolean): string[] | null {
  const word = topic.trim().toLowerCase();
  if (word === 'console') return consoleHelpLines(withTick);
  const found = offered(withTick).find((c) => c.word === word || (c.word === 'quit' && word === 'exit'));
  if (!found) return null;
  return [`== ${found.usage} ==`, found.summary, '*Example*', `  • \`${found.example}\``];
}
