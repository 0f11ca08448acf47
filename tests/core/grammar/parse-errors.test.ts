import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/core/grammar/index.js';

const HELP = 'Type help to see what you can run.';
const TEAM_GROUP = 'Try one of: team create, team delete, team list, team add, team remove, team lead, team channel, team holiday, team set.';
const EDIT_USAGE = 'Usage: edit <id> text <new text> | category <category> | saved <time> | private | team';
const LOG_EXAMPLE = 'For example: log fixed the flaky checkout test with Copilot, saved 2h https://github.com/acme/shop/pull/42';

const failures: [string, string, string, string][] = [
  // nothing to run
  ['', 'COMMAND.EMPTY', 'There was no command to run.', HELP],
  [' \t\n ', 'COMMAND.EMPTY', 'There was no command to run.', HELP],
  ['/shiplog', 'COMMAND.EMPTY', 'There was no command to run.', HELP],
  ['\u0000\u0000\u0007', 'COMMAND.EMPTY', 'There was no command to run.', HELP],
  // unknown words, with the line rebuilt around the correction
  ['lgo fixed a bug', 'COMMAND.UNKNOWN', 'I don\'t know the command "lgo".', 'Did you mean: log fixed a bug'],
  ['LGO fixed a bug', 'COMMAND.UNKNOWN', 'I don\'t know the command "LGO".', 'Did you mean: log fixed a bug'],
  ['/shiplog hlep', 'COMMAND.UNKNOWN', 'I don\'t know the command "hlep".', 'Did you mean: help'],
  ['em', 'COMMAND.UNKNOWN', 'I don\'t know the command "em".', 'Did you mean: me'],
  ['seting', 'COMMAND.UNKNOWN', 'I don\'t know the command "seting".', 'Did you mean: settings'],
  ['endorce 42', 'COMMAND.UNKNOWN', 'I don\'t know the command "endorce".', 'Did you mean: endorse 42'],
  ['shiped the new "search" page', 'COMMAND.UNKNOWN', 'I don\'t know the command "shiped".', 'Did you mean: shipped the new "search" page'],
  ['chekin thu 15:00', 'COMMAND.UNKNOWN', 'I don\'t know the command "chekin".', 'Did you mean: checkin thu 15:00'],
  ['tema add Payments @ada', 'COMMAND.UNKNOWN', 'I don\'t know the command "tema".', 'Did you mean: team add Payments @ada'],
  ['tema ad Payments @ada', 'COMMAND.UNKNOWN', 'I don\'t know the command "tema".', 'Did you mean: team add Payments @ada'],
  ['tema', 'COMMAND.UNKNOWN', 'I don\'t know the command "tema".', TEAM_GROUP],
  ['digets preview', 'COMMAND.UNKNOWN', 'I don\'t know the command "digets".', 'Did you mean: digest preview'],
  ['xyzzy', 'COMMAND.UNKNOWN', 'I don\'t know the command "xyzzy".', HELP],
  ['x', 'COMMAND.UNKNOWN', 'I don\'t know the command "x".', HELP],
  ['fixed the build with Copilot', 'COMMAND.UNKNOWN', 'I don\'t know the command "fixed".', HELP],
  ["'; DROP TABLE wins; --", 'COMMAND.UNKNOWN', 'I don\'t know the command "\';".', HELP],
  ['🚀🚀 launch', 'COMMAND.UNKNOWN', 'I don\'t know the command "🚀🚀".', HELP],
  ['<@U123> log x', 'COMMAND.UNKNOWN', 'I don\'t know the command "<@U123>".', HELP],
  // a known group with a missing or unknown second word
  ['team', 'COMMAND.MALFORMED', '"team" needs more words.', TEAM_GROUP],
  ['team frobnicate x', 'COMMAND.MALFORMED', '"frobnicate" is not a team command.', TEAM_GROUP],
  ['team ad Payments @ada', 'COMMAND.MALFORMED', '"ad" is not a team command.', 'Did you mean: team add Payments @ada'],
  ['digest prevue', 'COMMAND.MALFORMED', '"prevue" is not a digest command.', 'Did you mean: digest preview'],
  ['export', 'COMMAND.MALFORMED', '"export" needs more words.', 'Try one of: export me, export wins.'],
  ['ingest', 'COMMAND.MALFORMED', '"ingest" needs more words.', 'Usage: ingest run [source]'],
  // free text missing
  ['log', 'COMMAND.MALFORMED', 'log needs a few words about what AI helped you ship.', LOG_EXAMPLE],
  ['win    ', 'COMMAND.MALFORMED', 'win needs a few words about what AI helped you ship.', LOG_EXAMPLE],
  ['setback', 'COMMAND.MALFORMED', 'setback needs a few words about where AI cost you time.', 'For example: setback Copilot suggested a deprecated API, lost 1h to rework'],
  // unbalanced quotes
  ['team create "Mobile Apps', 'COMMAND.MALFORMED', 'The quote before "Mobile Apps" is never closed.', 'Usage: team create <team>'],
  ['team add “Mobile Apps @ada', 'COMMAND.MALFORMED', 'The quote before "Mobile Apps @ada" is never closed.', 'Usage: team add <team> @person [@person…]'],
  ['edit 12 category "docs', 'COMMAND.MALFORMED', 'The quote before "docs" is never closed.', EDIT_USAGE],
  // missing arguments
  ['team add', 'COMMAND.MALFORMED', 'team add needs a team name before the people.', 'Usage: team add <team> @person [@person…]'],
  ['team add Payments', 'COMMAND.MALFORMED', 'team add needs at least one person after the team, as @name.', 'Usage: team add <team> @person [@person…]'],
  ['team add @ada @grace', 'COMMAND.MALFORMED', 'team add needs a team name before the people.', 'Usage: team add <team> @person [@person…]'],
  ['team add Payments @ada grace', 'COMMAND.MALFORMED', '"grace" is not a person; name people as @name. For a name with a space, write @ada_grace or "@ada grace".', 'Usage: team add <team> @person [@person…]'],
  ['team add x @Ada Lovelace', 'COMMAND.MALFORMED', '"Lovelace" is not a person; name people as @name. For a name with a space, write @Ada_Lovelace or "@Ada Lovelace".', 'Usage: team add <team> @person [@person…]'],
  ['admins add @Ada Lovelace', 'COMMAND.MALFORMED', '"Lovelace" is not a person. For a name with a space, write @Ada_Lovelace or "@Ada Lovelace".', 'Usage: admins add|remove @person'],
  ['forget @Ada Lovelace', 'COMMAND.MALFORMED', 'Only "confirm" may follow the person, not "Lovelace". For a name with a space, write @Ada_Lovelace or "@Ada Lovelace".', 'Usage: forget @person [confirm]'],
  ['team create', 'COMMAND.MALFORMED', 'team create needs a team name.', 'Usage: team create <team>'],
  ['team create @ada', 'COMMAND.MALFORMED', '"@ada" is not a team name; put the team name first.', 'Usage: team create <team>'],
  ['team lead Payments @ada @grace', 'COMMAND.MALFORMED', 'team lead takes one person at a time.', 'Usage: team lead [remove] <team> @person'],
  ['team channel Payments', 'COMMAND.MALFORMED', 'team channel needs a team name and then a channel, as #channel.', 'Usage: team channel <team> #channel | none'],
  ['team channel #payments', 'COMMAND.MALFORMED', 'team channel needs a team name before the channel.', 'Usage: team channel <team> #channel | none'],
  ['team holiday add Payments', 'COMMAND.MALFORMED', 'team holiday add needs a team name and a date.', 'Usage: team holiday add|remove|list <team> [YYYY-MM-DD]'],
  ['team holiday close Payments 2026-12-25', 'COMMAND.MALFORMED', 'team holiday needs add, remove or list, then a team (and a date).', 'Usage: team holiday add|remove|list <team> [YYYY-MM-DD]'],
  ['digest send', 'COMMAND.MALFORMED', 'digest send needs the team whose digest to send.', 'Usage: digest send <team> [--again]'],
  ['set', 'COMMAND.MALFORMED', 'set needs a setting name and a value.', 'Usage: set <key> <value>'],
  ['set reminders', 'COMMAND.MALFORMED', 'The setting "reminders" needs a value.', 'Usage: set <key> <value>'],
  ['away', 'COMMAND.MALFORMED', 'away needs the last day you are away, e.g. away until 2026-12-01.', 'Usage: away until <YYYY-MM-DD>'],
  ['away until', 'COMMAND.MALFORMED', 'away needs the last day you are away, e.g. away until 2026-12-01.', 'Usage: away until <YYYY-MM-DD>'],
  ['nudges', 'COMMAND.MALFORMED', 'nudges needs on or off.', 'Usage: nudges on|off'],
  ['checkin thu', 'COMMAND.MALFORMED', 'checkin needs a day and a time, e.g. checkin thu 15:00.', 'Usage: checkin <day> <HH:MM>'],
  ['map octocat @ada', 'COMMAND.MALFORMED', 'map needs a source and an identity joined by a colon, e.g. copilot:octocat.', 'Usage: map <source>:<identity> @person'],
  ['map copilot:octocat', 'COMMAND.MALFORMED', 'map needs the person "octocat" belongs to, as @name.', 'Usage: map <source>:<identity> @person'],
  ['admins add', 'COMMAND.MALFORMED', 'admins add needs a person; name them as @name.', 'Usage: admins add|remove @person'],
  ['admins add grace', 'COMMAND.MALFORMED', '"grace" is not a person; name them as @name.', 'Usage: admins add|remove @person'],
  ['admins promote @grace', 'COMMAND.MALFORMED', 'admins needs add or remove, then a person.', 'Usage: admins add|remove @person'],
  // words after commands that take none, or too many
  ['undo 12', 'COMMAND.MALFORMED', 'undo takes nothing after it, but "12" was given.', 'Usage: undo'],
  ['export me please', 'COMMAND.MALFORMED', 'export me takes nothing after it, but "please" was given.', 'Usage: export me'],
  ['forget me now', 'COMMAND.MALFORMED', 'Only "confirm" may follow forget me, not "now".', 'Usage: forget me [confirm]'],
  ['delete 12 13', 'COMMAND.MALFORMED', 'I did not expect "13" after delete.', 'Usage: delete <id>'],
  ['ingest run copilot cursor', 'COMMAND.MALFORMED', 'I did not expect "cursor" after ingest run.', 'Usage: ingest run [source]'],
  // options a command does not have
  ['digest send core --agian', 'COMMAND.MALFORMED', '"--agian" is not an option of digest send; its options: --again. Did you mean --again?', 'Usage: digest send <team> [--again]'],
  ['export wins core —form 2026-12-01', 'COMMAND.MALFORMED', '"—form" is not an option of export wins; its options: --from, --to. Did you mean --from?', 'Usage: export wins [team] [--from YYYY-MM-DD] [--to YYYY-MM-DD]'],
  ['team add core @ada --bogus', 'COMMAND.MALFORMED', 'team add has no options, so "--bogus" means nothing to it.', 'Usage: team add <team> @person [@person…]'],
  ['me --all', 'COMMAND.MALFORMED', 'me has no options, so "--all" means nothing to it.', 'Usage: me [page]'],
  ['digest preview --bogus', 'COMMAND.MALFORMED', 'digest preview has no options, so "--bogus" means nothing to it.', 'Usage: digest preview [team]'],
  // bad ids
  ['delete abc', 'COMMAND.MALFORMED', '"abc" is not a win id; ids are numbers like 12.', 'Usage: delete <id>'],
  ['delete', 'COMMAND.MALFORMED', 'delete needs the id of a win, e.g. delete 12.', 'Usage: delete <id>'],
  ['delete 0', 'COMMAND.MALFORMED', '"0" is not a win id; ids are numbers like 12.', 'Usage: delete <id>'],
  ['delete -3', 'COMMAND.MALFORMED', '"-3" is not a win id; ids are numbers like 12.', 'Usage: delete <id>'],
  ['endorse 1.5', 'COMMAND.MALFORMED', '"1.5" is not a win id; ids are numbers like 12.', 'Usage: endorse <id>'],
  ['endorse 99999999999999999999', 'COMMAND.MALFORMED', '"99999999999999999999" is not a win id; ids are numbers like 12.', 'Usage: endorse <id>'],
  ['edit abc text x', 'COMMAND.MALFORMED', '"abc" is not a win id; ids are numbers like 12.', EDIT_USAGE],
  // edit fields
  ['edit 12', 'COMMAND.MALFORMED', 'edit 12 needs what to change: text, category, saved, private or team.', EDIT_USAGE],
  ['edit 12 colour red', 'COMMAND.MALFORMED', '"colour" is not something edit can change.', EDIT_USAGE],
  ['edit 12 text   ', 'COMMAND.MALFORMED', 'edit 12 text needs the new text.', EDIT_USAGE],
  ['edit 12 category bugfix', 'COMMAND.MALFORMED', '"bugfix" is not a category.', 'Did you mean: edit 12 category bug-fix'],
  ['edit 12 category vibes', 'COMMAND.MALFORMED', '"vibes" is not a category.', 'Categories: shipped-feature, bug-fix, automation, docs, analysis, review, learning, other.'],
  ['edit 12 saved forever', 'COMMAND.MALFORMED', '"forever" is not an amount of time.', 'Write it like 2h, 30 min or half a day.'],
  ['edit 12 saved', 'COMMAND.MALFORMED', 'saved needs an amount of time, e.g. saved 90 min.', EDIT_USAGE],
  ['edit 12 visibility public', 'COMMAND.MALFORMED', 'visibility is either private or team.', EDIT_USAGE],
  ['edit 12 private team', 'COMMAND.MALFORMED', 'The visibility is changed twice.', EDIT_USAGE],
  // bad values, passed through from values.ts
  ['away until 2026-13-01', 'VALUE.DATE', '"2026-13-01" is not a date.', 'Use YYYY-MM-DD, e.g. 2026-12-01.'],
  ['away until next friday', 'VALUE.DATE', '"next friday" is not a date.', 'Use YYYY-MM-DD, e.g. 2026-12-01.'],
  ['away tomorrow', 'VALUE.DATE', '"tomorrow" is not a date.', 'Use YYYY-MM-DD, e.g. 2026-12-01.'],
  ['team holiday add Payments 2026-02-30', 'VALUE.DATE', '"2026-02-30" is not a date.', 'Use YYYY-MM-DD, e.g. 2026-12-01.'],
  ['checkin someday 15:00', 'VALUE.DAY', '"someday" is not a day of the week.', 'Use a day name such as thu or thursday.'],
  ['checkin thu 3pm', 'VALUE.TIME', '"3pm" is not a time of day.', 'Use 24-hour HH:MM, e.g. 15:00.'],
  ['checkin thu 24:00', 'VALUE.TIME', '"24:00" is not a time of day.', 'Use 24-hour HH:MM, e.g. 15:00.'],
  ['nudges maybe', 'VALUE.ON_OFF', 'nudges is on or off, not "maybe".', 'Use on or off.'],
  ['audit 0', 'VALUE.RANGE', 'The number of audit entries must be between 1 and 500, not 0.', 'Use a number from 1 to 500.'],
  ['audit 501', 'VALUE.RANGE', 'The number of audit entries must be between 1 and 500, not 501.', 'Use a number from 1 to 500.'],
  ['audit lots', 'VALUE.NUMBER', 'The number of audit entries must be a whole number, not "lots".', 'Use a number from 1 to 500.'],
];

describe('parseCommand: failures', () => {
  it.each(failures)('%j → %s', (line, code, message, hint) => {
    expect(parseCommand(line)).toEqual({ ok: false, error: { code, message, hint } });
  });
});
