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
  spec('me', 'me', 'everyone', 'me [page]', 'Shows your own wins and usage, privately; me 2 pages back through older wins.', ['me', 'me 2'], ['mine']),
  spec('edit', 'edit', 'everyone', 'edit <id> text <new text> | category <category> | saved <time> | private | team', 'Changes one of your wins.', ['edit 12 category bug-fix', 'edit #12 saved 90 min private']),
  spec('undo', 'undo', 'everyone', 'undo', 'Removes the win you logged last.', ['undo']),
  spec('delete', 'delete', 'everyone', 'delete <id>', 'Deletes one of your wins.', ['delete 12', 'delete #12'], ['del']),
  spec('endorse', 'endorse', 'everyone', 'endorse <id>', "+1 a teammate's win: it helped you.", ['endorse 42'], ['+1', 'kudos']),
  spec('away', 'away', 'everyone', 'away until <YYYY-MM-DD>', 'Pauses your check-ins until a date.', ['away until 2026-12-01'], ['ooo']),
  spec('back', 'back', 'everyone', 'back', 'Resumes your check-ins after being away.', ['back']),
  spec('nudges', 'nudges', 'everyone', 'nudges on|off', 'Turns your check-ins and nudges on or off.', ['nudges off', 'nudges on']),
  spec('checkin', 'checkin', 'everyone', 'checkin <day> <HH:MM>', 'Sets when your weekly check-in arrives, in your time zone.', ['checkin thu 15:00', 'checkin friday 09:30'], ['check-in']),
  spec('timezone', 'timezone', 'everyone', 'timezone <zone> | auto', 'Sets your own time zone; auto follows your chat profile, else the workspace.', ['timezone Europe/Berlin', 'timezone auto'], ['tz', 'time-zone']),
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
  spec('team-lead', 'team lead', 'admin', 'team lead [remove] <team> @person', 'Makes someone a lead of a team, or (remove) no longer a lead.', ['team lead Payments @grace', 'team lead remove Payments @grace']),
  spec('team-channel', 'team channel', 'admin', 'team channel <team> #channel | none', "Sets the channel for a team's digest (none clears it); says if shiplog still has to be invited.", ['team channel Payments #payments-team', 'team channel Payments none']),
  spec('team-holiday', 'team holiday', 'admin', 'team holiday add|remove|list <team> [YYYY-MM-DD]', 'Adds, removes or lists team holidays: no check-ins those days.', ['team holiday add Payments 2026-12-25', 'team holiday remove Payments 2026-12-25', 'team holiday list Payments']),
  spec('team-set', 'team set', 'admin', 'team set <team> <key> <value|default>', "Sets a team's own timezone, digest-day, digest-time, checkin-day or checkin-time.", ['team set Payments timezone Europe/Berlin', 'team set Payments digest-time 17:30', 'team set Payments checkin-day default']),
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

/** Families that are not named by a first word: the commands `help <family>` shows. */
const FAMILIES: Readonly<Record<string, readonly CommandName[]>> = {
  ingest: ['ingest-run', 'import', 'map', 'unmapped'],
  usage: ['ingest-run', 'import', 'map', 'unmapped'],
  checkin: ['checkin', 'timezone', 'nudges', 'away', 'back'],
  wins: ['log', 'edit', 'undo', 'delete', 'endorse', 'setback', 'me'],
  settings: ['settings', 'set'],
};

/** What a `help` topic names: one command, a family of commands, or nothing. */
export type HelpTopic = { kind: 'one'; spec: CommandSpec } | { kind: 'family'; name: string; specs: CommandSpec[] } | null;

/**
 * The commands a `help` topic names: a family (`team`, `digest`, `ingest`), else one
 * command by its phrase or alias (`team add`, `win`), else the command whose phrase starts
 * the topic, arguments and all (`team holiday add` is `team holiday`).
 */
export function resolveHelpTopic(topic: string): HelpTopic {
  const words = topic.trim().toLowerCase().split(/\s+/);
  const family = specsForTopic(words.join(' '));
  if (family.length > 1) return { kind: 'family', name: words.join(' '), specs: family };
  if (family.length === 1) return { kind: 'one', spec: family[0]! };
  for (let n = words.length; n > 0; n -= 1) {
    const one = findSpecByWords(words.slice(0, n).join(' '));
    if (one) return { kind: 'one', spec: one };
  }
  return null;
}

/** The specs a `help` topic names: a family (`team`, `ingest`), one command (`team add`, `win`), or none. */
export function specsForTopic(topic: string): CommandSpec[] {
  const group = topic.trim().toLowerCase();
  const named = FAMILIES[group];
  if (named) return named.map(findSpec);
  // `forget` is both `forget me` and the admins' `forget @person`: a first word names them all.
  const byWord = COMMANDS.filter((s) => s.words[0] === group);
  if (byWord.some((s) => s.words.length > 1)) return byWord;
  const one = findSpecByWords(topic);
  return one ? [one] : [];
}

/** Every word `help` accepts as a topic on its own, for suggesting one after a typo. */
export const helpTopicWords = (): string[] => [...new Set([...Object.keys(FAMILIES), ...COMMANDS.flatMap((s) => phrasesOf(s).map((p) => p[0]!))])];
