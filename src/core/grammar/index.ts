/** The command grammar: one pure parser for every platform. */
export { parseCommand } from './parse-command.js';
import type { CommandName } from '../commands.js';
import { parseCommand } from './parse-command.js';

/**
 * The command a whole line would run (`me`, `team list` → `team-list`), or null for a
 * sentence that is not one ("me and Ada fixed it").
 */
export function commandOf(line: string): CommandName | null {
  const parsed = parseCommand(line);
  return parsed.ok ? parsed.value.name : null;
}
