import type { CommandName } from '../core/commands.js';

/**
 * Commands the grammar already knows but whose capability has not landed yet:
 * help hides them and running one says so plainly.
 */
export const NOT_YET_AVAILABLE: ReadonlySet<CommandName> = new Set<CommandName>([]);
