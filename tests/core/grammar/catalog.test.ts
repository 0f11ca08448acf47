import { describe, expect, it } from 'vitest';
import { COMMANDS, findSpec, findSpecByWords, phrasesOf, specsFor, specsForTopic } from '../../../src/core/command-catalog.js';
import type { CommandName, Role } from '../../../src/core/commands.js';
import { parseCommand } from '../../../src/core/grammar/index.js';

// A Record over CommandName: a new command breaks this file until it is listed here.
const EVERY_NAME: Record<CommandName, true> = {
  help: true, log: true, setback: true, me: true, edit: true, undo: true, delete: true, endorse: true, timezone: true, 'team-set': true,
  away: true, back: true, nudges: true, checkin: true, 'export-me': true, 'forget-me': true,
  'digest-preview': true, 'digest-history': true, 'digest-send': true, settings: true, set: true,
  'team-create': true, 'team-delete': true, 'team-list': true, 'team-add': true, 'team-remove': true,
  'team-lead': true, 'team-channel': true, 'team-holiday': true, import: true, 'ingest-run': true, unreachable: true,
  map: true, unmapped: true, 'verify-status': true, audit: true, admins: true, 'export-wins': true, 'forget-person': true,
};

const examples = COMMANDS.flatMap((s) => s.examples.map((line) => [line, s.name] as const));

describe('command catalog', () => {
  it('has exactly one entry per command', () => {
    expect(COMMANDS.map((s) => s.name).sort()).toEqual(Object.keys(EVERY_NAME).sort());
  });

  it.each(examples)('example %j parses to %s', (line, name) => {
    const parsed = parseCommand(line);
    expect(parsed.ok && parsed.value.name).toBe(name);
  });

  it('gives every command an example, a usage starting with its words and a one-line summary', () => {
    for (const s of COMMANDS) {
      expect(s.examples.length, s.name).toBeGreaterThan(0);
      expect(s.usage.startsWith(s.words.join(' ')), s.name).toBe(true);
      expect(s.summary, s.name).toMatch(/^[^\n]+\.$/);
    }
  });

  it('never lets two commands share a phrase', () => {
    const phrases = COMMANDS.flatMap((s) => phrasesOf(s).map((p) => p.join(' ')));
    expect(new Set(phrases).size).toBe(phrases.length);
  });

  it.each(COMMANDS.flatMap((s) => s.aliases.map((a) => [a, s.name] as const)))('alias %j names %s', (alias, name) => {
    expect(findSpecByWords(`  ${alias.toUpperCase()} `)?.name).toBe(name);
  });

  it.each<[string, Role[], number]>([
    ['everyone', ['everyone'], 15],
    ['leads', ['everyone', 'lead'], 17],
    ['admins', ['everyone', 'lead', 'admin'], COMMANDS.length],
  ])('lists only what %s may run', (_who, roles, count) => {
    const specs = specsFor((role) => roles.includes(role));
    expect(specs).toHaveLength(count);
    expect(specs.every((s) => roles.includes(s.role))).toBe(true);
  });

  it('marks lead and admin commands as PRODUCT.md says', () => {
    expect(findSpec('digest-preview').role).toBe('lead');
    expect(findSpec('digest-history').role).toBe('lead');
    expect(findSpec('digest-send').role).toBe('admin');
    expect(findSpec('team-add').role).toBe('admin');
    expect(findSpec('forget-me').role).toBe('everyone');
  });

  it.each<[string, CommandName[]]>([
    ['team add', ['team-add']],
    ['win', ['log']],
    ['digest', ['digest-preview', 'digest-history', 'digest-send']],
    ['export', ['export-me', 'export-wins']],
    ['nothing-like-this', []],
  ])('help topic %j covers %j', (topic, names) => {
    expect(specsForTopic(topic).map((s) => s.name)).toEqual(names);
  });
});
