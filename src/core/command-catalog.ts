/** Every command of PRODUCT.md with its words, usage and examples: the source for `help`. Pure. */
import type { CommandName, Role } from './commands.js';

/** One command as people type it and as `help` shows it. */
export interface CommandSpec {
  /** The parsed command's name. */
  name: CommandName;
  /** The words that start the command, lower-case, e.g. `['team', 'add']`. */
  words: readonly string[];
  /** Other phrases that start the same command, lower-case, e.g. `win` for `log`. */
  aliases: readonly string[];
  /** Shape of the command, e.g. `team add <team> @person [@person…]`. */
  usage: string;
  /** One line saying what it does. */
  summary: string;
  /** Real lines that parse to this command. */
  examples: readonly string[];
  /** Who may run it. */
  role: Role;
}

const spec = (
  name: CommandName,
  phrase: string,
  role: Role,
  usage: string,
  summary: string,
  examples: readonly string[],
  aliases: readonly string[] = [],
): CommandSpec => ({ name, words: phrase.split(' '), aliases, usage, summary, examples, role });

/** All commands, in the order `help` lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  spec('help', 'help', 'everyone', 'help [command]', 'Lists what you can run, or explains one command.', ['help', 'help team add'], ['?', 'commands']),
  spec('log', 'log', 'everyone', 'log <what AI helped you ship>', 'Logs a win: something AI helped you ship.', ['log fixed the flaky checkout test with Copilot, saved 2h https://github.com/acme/shop/pull/42', 'shipped the Q3 churn analysis with Claude, about half a day saved'], ['win', 'shipped']),
  spec('setback', 'setback', 'everyone', 'setback <where AI cost you time>', 'Logs a setback: where AI cost you time.', ['setback Copilot suggested a deprecated API, lost 1h to rework']),
  spec('me', 'me', 'everyone', 'me', 'Shows your own wins and usage, privately.', ['me'], ['mine']),
  spec('edit', 'edit', 'everyone', 'edit <id> text <new text> | category <category> | saved <time> | private | team', 'Changes one of your wins.', ['edit 12 category bug-fix', 'edit #12 saved 90 min private']),
  spec('undo', 'undo', 'everyone', 'undo', 'Removes the win you logged last.', ['undo']),
  spec('delete', 'delete', 'everyone', 'delete <id>', 'Deletes one of your wins.', ['delete 12', 'delete #12'], ['del']),
  spec('endorse', 'endorse', 'everyone', 'endorse <id>', "+1 a teammate's win: it helped you.", ['endorse 42'], ['+1', 'kudos']),
  spec('away', 'away', 'everyone', 'away until <YYYY-MM-DD>', 'Pauses your check-ins until a date.', ['away until 2026-12-01'], ['ooo']),
  spec('back', 'back', 'everyone', 'back', 'Resumes your check-ins after being away.', ['back']),
  spec('nudges', 'nudges', 'everyone', 'nudges on|off', 'Turns your check-ins and nudges on or off.', ['nudges off', 'nudges on']),
  spec('checkin', 'checkin', 'everyone', 'checkin <day> <HH:MM>', 'Sets when your weekly check-in arrives, in your time zone.', ['checkin thu 15:00', 'checkin friday 09:30'], ['check-in']),
  spec('export-me', 'export me', 'everyone', 'export me', 'Sends you all your data as a file.', ['export me']),
  spec('forget-me', 'forget me', 'everyone', 'forget me [confirm]', 'Deletes your personal data, after you confirm.', ['forget me', 'forget me confirm']),
  spec('digest-preview', 'digest preview', 'lead', 'digest preview [team]', "Shows this week's digest before it goes out.", ['digest preview', 'digest preview Payments']),
  spec('digest-history', 'digest history', 'lead', 'digest history [team]', 'Lists past digests.', ['digest history "Mobile Apps"']),
  spec('digest-send', 'digest send', 'admin', 'digest send <team> [--again]', "Sends a team's digest now.", ['digest send Payments', 'digest send Payments --again']),
  spec('settings', 'settings', 'admin', 'settings', 'Shows the workspace settings.', ['settings']),
  spec('set', 'set', 'admin', 'set <key> <value>', 'Changes a workspace setting.', ['set digest-day fri', 'set timezone Europe/Berlin']),
  spec('team-create', 'team create', 'admin', 'team create <team>', 'Creates a team.', ['team create "Mobile Apps"', 'team create Payments']),
  spec('team-delete', 'team delete', 'admin', 'team delete <team>', 'Deletes a team; its wins stay with their authors.', ['team delete Payments']),
  spec('team-list', 'team list', 'admin', 'team list', 'Lists teams with their members, leads and channels.', ['team list'], ['teams']),
  spec('team-add', 'team add', 'admin', 'team add <team> @person [@person…]', 'Adds people to a team.', ['team add Payments @ada @grace', 'team add "Mobile Apps" @linus']),
  spec('team-remove', 'team remove', 'admin', 'team remove <team> @person [@person…]', 'Removes people from a team.', ['team remove Payments @ada']),
  spec('team-lead', 'team lead', 'admin', 'team lead <team> @person', 'Makes someone a lead of a team.', ['team lead Payments @grace']),
  spec('team-channel', 'team channel', 'admin', 'team channel <team> #channel', "Sets the channel for a team's digest.", ['team channel Payments #payments-team']),
  spec('team-holiday', 'team holiday', 'admin', 'team holiday add|remove <team> <YYYY-MM-DD>', 'Adds or removes a team holiday: no check-ins that day.', ['team holiday add Payments 2026-12-25', 'team holiday remove Payments 2026-12-25']),
  spec('import', 'import', 'admin', 'import [path]', 'Imports a usage CSV: attach it, or give a path in the console.', ['import', 'import data/usage-2026-11.csv']),
  spec('ingest-run', 'ingest run', 'admin', 'ingest run [source]', 'Pulls usage from the providers now.', ['ingest run', 'ingest run copilot']),
  spec('map', 'map', 'admin', 'map <source>:<identity> @person', 'Maps a provider identity to a person.', ['map copilot:octocat @ada', 'map openai:ada@example.com @ada']),
  spec('unmapped', 'unmapped', 'admin', 'unmapped', 'Lists provider identities not mapped to anyone.', ['unmapped']),
  spec('verify-status', 'verify status', 'admin', 'verify status', 'Shows which artifact providers (GitHub, GitLab, Jira, Linear) are configured and their last errors.', ['verify status']),
  spec('unreachable', 'unreachable', 'admin', 'unreachable', 'Lists people and channels the platform will not let shiplog message (blocked or uninstalled on Teams).', ['unreachable']),
  spec('audit', 'audit', 'admin', 'audit [n]', 'Shows the last n audit entries (default 20).', ['audit', 'audit 50']),
  spec('export-wins', 'export wins', 'admin', 'export wins [team] [--from YYYY-MM-DD] [--to YYYY-MM-DD]', "Exports team-visible wins as CSV (never anyone's usage).", ['export wins', 'export wins Payments --from 2026-11-01 --to 2026-11-30']),
  spec('forget-person', 'forget', 'admin', 'forget @person [confirm]', "Deletes someone's personal data (e.g. who left), after you confirm.", ['forget @grace', 'forget @grace confirm']),
  spec('admins', 'admins', 'admin', 'admins add|remove @person', 'Adds or removes a shiplog admin.', ['admins add @grace', 'admins remove @ada'], ['admin']),
];

/** The spec of a command by its parsed name. */
export function findSpec(name: CommandName): CommandSpec {
  const found = COMMANDS.find((s) => s.name === name);
  // NOTE: COMMANDS covers every CommandName (a test checks it), so a miss is a bug.
  if (!found) throw new Error(`No catalog entry for command ${name}`);
  return found;
}

/** The commands a caller may run, in catalog order; `mayRun` is the caller's role check. */
export const specsFor = (mayRun: (role: Role) => boolean): CommandSpec[] => COMMANDS.filter((s) => mayRun(s.role));

/** Every phrase that starts a spec: its words, then its aliases, each split into words. */
export const phrasesOf = (s: CommandSpec): string[][] => [[...s.words], ...s.aliases.map((a) => a.split(' '))];

/** The spec a phrase names (`team add`, `win`), ignoring case and extra spaces; null when none. */
export function findSpecByWords(phrase: string): CommandSpec | null {
  const wanted = phrase.trim().toLowerCase().split(/\s+/).join(' ');
  return COMMANDS.find((s) => phrasesOf(s).some((p) => p.join(' ') === wanted)) ?? null;
}

/** The specs a `help` topic names: one command (`team add`, `win`), a group (`team`), or none. */
export function specsForTopic(topic: string): CommandSpec[] {
  const one = findSpecByWords(topic);
  if (one) return [one];
  const group = topic.trim().toLowerCase();
  return COMMANDS.filter((s) => s.words.length > 1 && s.words[0] === group);
}
