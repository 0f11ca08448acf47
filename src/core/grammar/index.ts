/** The command grammar: one pure parser for every platform. */
export { parseCommand } from './parse-command.js';
