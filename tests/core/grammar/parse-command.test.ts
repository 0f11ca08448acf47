import { describe, expect, it } from 'vitest';
import type { Command } from '../../../src/core/commands.js';
import { parseCommand } from '../../../src/core/grammar/index.js';

const ada = { kind: 'handle', handle: 'ada' } as const;
const grace = { kind: 'handle', handle: 'grace' } as const;

const valid: [string, Command][] = [
  // help and its aliases
  ['help', { name: 'help', topic: null }],
  ['HELP Team  Add', { name: 'help', topic: 'team add' }],
  ['? log', { name: 'help', topic: 'log' }],
  ['commands', { name: 'help', topic: null }],
  // free text: the rest of the line, verbatim
  ['log fixed the flaky checkout test with Copilot, saved 2h', { name: 'log', text: 'fixed the flaky checkout test with Copilot, saved 2h' }],
  ['win shipped "v2" of the API 🚀', { name: 'log', text: 'shipped "v2" of the API 🚀' }],
  ['shipped the churn analysis with Claude', { name: 'log', text: 'shipped the churn analysis with Claude' }],
  ['LOG   it\'s "done"   ', { name: 'log', text: 'it\'s "done"' }],
  ['log \'; DROP TABLE wins; --', { name: 'log', text: '\'; DROP TABLE wins; --' }],
  ['log added a --dry-run flag with Claude', { name: 'log', text: 'added a --dry-run flag with Claude' }],
  ['help digest send --again', { name: 'help', topic: 'digest send --again' }],
  ['log first line\n\tsecond line', { name: 'log', text: 'first line\n\tsecond line' }],
  ['log a\u0000b\u0007c', { name: 'log', text: 'a b c' }],
  ['log two\r\nlines', { name: 'log', text: 'two\nlines' }],
  ['log <@U123|ada> and I paired with Cursor', { name: 'log', text: '<@U123|ada> and I paired with Cursor' }],
  ['setback Copilot invented an API, lost 1h', { name: 'setback', text: 'Copilot invented an API, lost 1h' }],
  ['/shiplog log  refactored auth  ', { name: 'log', text: 'refactored auth' }],
  ['  /Shiplog   setback "unclosed quote', { name: 'setback', text: '"unclosed quote' }],
  // me, undo, back
  ['me', { name: 'me', page: 1 }],
  ['me 2', { name: 'me', page: 2 }],
  ['me older', { name: 'me', page: 2 }],
  ['ME', { name: 'me', page: 1 }],
  ['mine', { name: 'me', page: 1 }],
  ['undo', { name: 'undo' }],
  ['back', { name: 'back' }],
  // edit
  ['edit 12 text Fixed the login bug', { name: 'edit', winId: 12, changes: { text: 'Fixed the login bug' } }],
  ['edit 12 text it\'s "quoted" now', { name: 'edit', winId: 12, changes: { text: 'it\'s "quoted" now' } }],
  ['edit #12 category bug-fix', { name: 'edit', winId: 12, changes: { category: 'bug-fix' } }],
  ['edit 12 category Bug_Fix', { name: 'edit', winId: 12, changes: { category: 'bug-fix' } }],
  ['edit 12 saved 2h', { name: 'edit', winId: 12, changes: { minutes: 120 } }],
  ['edit 12 saved half a day private', { name: 'edit', winId: 12, changes: { minutes: 240, visibility: 'private' } }],
  ['edit 7 private', { name: 'edit', winId: 7, changes: { visibility: 'private' } }],
  ['edit 7 team', { name: 'edit', winId: 7, changes: { visibility: 'team' } }],
  ['Edit 7 Visibility Private', { name: 'edit', winId: 7, changes: { visibility: 'private' } }],
  ['edit 3 category docs text wrote the "runbook', { name: 'edit', winId: 3, changes: { category: 'docs', text: 'wrote the "runbook' } }],
  // delete, endorse
  ['delete 12', { name: 'delete', winId: 12 }],
  ['delete #7', { name: 'delete', winId: 7 }],
  ['del 3', { name: 'delete', winId: 3 }],
  ['endorse 42', { name: 'endorse', winId: 42 }],
  ['+1 42', { name: 'endorse', winId: 42 }],
  ['kudos #5', { name: 'endorse', winId: 5 }],
  // away, nudges, checkin
  ['away until 2026-12-01', { name: 'away', until: '2026-12-01' }],
  ['away 2026-12-01', { name: 'away', until: '2026-12-01' }],
  ['AWAY UNTIL 2028-02-29', { name: 'away', until: '2028-02-29' }],
  ['ooo until 2026-12-24', { name: 'away', until: '2026-12-24' }],
  ['nudges on', { name: 'nudges', on: true }],
  ['nudges OFF', { name: 'nudges', on: false }],
  ['checkin thu 15:00', { name: 'checkin', day: 'thu', time: '15:00' }],
  ['checkin Friday 9:30', { name: 'checkin', day: 'fri', time: '09:30' }],
  ['check-in mon 08:00', { name: 'checkin', day: 'mon', time: '08:00' }],
  // own data
  ['export me', { name: 'export-me' }],
  ['EXPORT Me', { name: 'export-me' }],
  ['forget me', { name: 'forget-me', confirmed: false }],
  ['forget me CONFIRM', { name: 'forget-me', confirmed: true }],
  // digests
  ['digest preview', { name: 'digest-preview', team: null }],
  ['digest preview Payments', { name: 'digest-preview', team: 'Payments' }],
  ['digest preview "Mobile Apps"', { name: 'digest-preview', team: 'Mobile Apps' }],
  ['digest history', { name: 'digest-history', team: null }],
  ['digest history “Mobile Apps”', { name: 'digest-history', team: 'Mobile Apps' }],
  ['digest send Payments', { name: 'digest-send', team: 'Payments', again: false }],
  ['digest send "Mobile Apps" --again', { name: 'digest-send', team: 'Mobile Apps', again: true }],
  ['digest send Payments —again', { name: 'digest-send', team: 'Payments', again: true }],
  // settings
  ['settings', { name: 'settings' }],
  ['set digest-day fri', { name: 'set', key: 'digest-day', value: 'fri' }],
  ['set timezone Europe/Berlin', { name: 'set', key: 'timezone', value: 'Europe/Berlin' }],
  ['set Work-Days mon  -  fri', { name: 'set', key: 'work-days', value: 'mon - fri' }],
  // teams
  ['team create "Mobile Apps"', { name: 'team-create', team: 'Mobile Apps' }],
  ["team create 'Data Science'", { name: 'team-create', team: 'Data Science' }],
  ['team create “Platform Ops”', { name: 'team-create', team: 'Platform Ops' }],
  ["team create 'Bob's Team'", { name: 'team-create', team: "Bob's Team" }],
  ['team create Mobile Apps', { name: 'team-create', team: 'Mobile Apps' }],
  ['team create 🚀 Rockets', { name: 'team-create', team: '🚀 Rockets' }],
  ['TEAM DELETE Payments', { name: 'team-delete', team: 'Payments' }],
  ['team list', { name: 'team-list' }],
  ['teams', { name: 'team-list' }],
  ['team\u0000list', { name: 'team-list' }],
  ['team add Payments @ada @grace', { name: 'team-add', team: 'Payments', people: [ada, grace] }],
  [
    'team add "Mobile Apps" <@U024BE7LH> <@U0G9QF9C6|grace> <@29:1aDa-x_Y|Ada Lovelace>',
    {
      name: 'team-add',
      team: 'Mobile Apps',
      people: [
        { kind: 'user-id', id: 'U024BE7LH', label: '' },
        { kind: 'user-id', id: 'U0G9QF9C6', label: 'grace' },
        { kind: 'user-id', id: '29:1aDa-x_Y', label: 'Ada Lovelace' },
      ],
    },
  ],
  ['team add Mobile Apps @ada', { name: 'team-add', team: 'Mobile Apps', people: [ada] }],
  ['team remove Payments @ada', { name: 'team-remove', team: 'Payments', people: [ada] }],
  ['team lead Payments <@U123|grace>', { name: 'team-lead', team: 'Payments', person: { kind: 'user-id', id: 'U123', label: 'grace' }, remove: false }],
  ['team lead "Mobile Apps" <@29:grace|Grace Hopper>', { name: 'team-lead', team: 'Mobile Apps', person: { kind: 'user-id', id: '29:grace', label: 'Grace Hopper' }, remove: false }],
  ['team lead remove Payments @ada', { name: 'team-lead', team: 'Payments', person: ada, remove: true }],
  ['team lead remove @ada', { name: 'team-lead', team: 'remove', person: ada, remove: false }],
  ['team holiday list Payments', { name: 'team-holiday', action: 'list', team: 'Payments', day: null }],
  ['team channel Payments none', { name: 'team-channel', team: 'Payments', channel: null }],
  ['timezone Asia/Kolkata', { name: 'timezone', zone: 'Asia/Kolkata' }],
  ['timezone AUTO', { name: 'timezone', zone: 'auto' }],
  ['team set "Mobile Apps" digest-time 17:30', { name: 'team-set', team: 'Mobile Apps', key: 'digest-time', value: '17:30' }],
  ['team channel Payments #payments-team', { name: 'team-channel', team: 'Payments', channel: { id: null, name: 'payments-team' } }],
  ['team channel Payments <#C123|payments>', { name: 'team-channel', team: 'Payments', channel: { id: 'C123', name: 'payments' } }],
  ['team channel "Mobile Apps" <#C123>', { name: 'team-channel', team: 'Mobile Apps', channel: { id: 'C123', name: null } }],
  ['team channel Payments <#19:abc@thread.tacv2|Payments Team>', { name: 'team-channel', team: 'Payments', channel: { id: '19:abc@thread.tacv2', name: 'Payments Team' } }],
  ['team holiday add Payments 2026-12-25', { name: 'team-holiday', action: 'add', team: 'Payments', day: '2026-12-25' }],
  ['team holiday REMOVE "Mobile Apps" 2026-12-26', { name: 'team-holiday', action: 'remove', team: 'Mobile Apps', day: '2026-12-26' }],
  // usage data
  ['import', { name: 'import', path: null }],
  ['import data/usage-2026-11.csv', { name: 'import', path: 'data/usage-2026-11.csv' }],
  ['import "my exports/usage.csv"', { name: 'import', path: 'my exports/usage.csv' }],
  ['ingest run', { name: 'ingest-run', source: null }],
  ['ingest run Copilot', { name: 'ingest-run', source: 'copilot' }],
  ['map copilot:octocat @ada', { name: 'map', source: 'copilot', identity: 'octocat', person: ada }],
  ['map OpenAI:Ada@Example.com <@U123|ada>', { name: 'map', source: 'openai', identity: 'Ada@Example.com', person: { kind: 'user-id', id: 'U123', label: 'ada' } }],
  ['map openai:<mailto:ada@example.com|ada@example.com> @ada', { name: 'map', source: 'openai', identity: 'ada@example.com', person: ada }],
  ['unmapped', { name: 'unmapped' }],
  // operations
  ['audit', { name: 'audit', limit: 20 }],
  ['audit 50', { name: 'audit', limit: 50 }],
  ['audit 500', { name: 'audit', limit: 500 }],
  ['admins add @grace', { name: 'admins', action: 'add', person: grace }],
  ['admins remove <@U123>', { name: 'admins', action: 'remove', person: { kind: 'user-id', id: 'U123', label: '' } }],
  ['admin add <@29:grace|Grace Hopper>', { name: 'admins', action: 'add', person: { kind: 'user-id', id: '29:grace', label: 'Grace Hopper' } }],
  ['/shiplog me', { name: 'me', page: 1 }],
  ['\t /SHIPLOG   team list \n', { name: 'team-list' }],
];

describe('parseCommand: valid lines', () => {
  it.each(valid)('%j', (line, expected) => {
    expect(parseCommand(line)).toEqual({ ok: true, value: expected });
  });
});
