import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/core/grammar/edit-distance.js';
import { cleanLine } from '../../../src/core/grammar/sanitize.js';
import { closestWord } from '../../../src/core/grammar/suggest.js';
import { tokenize, type TokenKind } from '../../../src/core/grammar/tokenize.js';

const shape = (line: string): [TokenKind, string][] => tokenize(line).map((t) => [t.kind, t.text]);

describe('tokenize', () => {
  it.each<[string, [TokenKind, string][]]>([
    ['team add  x', [['word', 'team'], ['word', 'add'], ['word', 'x']]],
    ['"Mobile   Apps" x', [['quoted', 'Mobile Apps'], ['word', 'x']]],
    ["'Bob's team' x", [['quoted', "Bob's team"], ['word', 'x']]],
    ['“Platform Ops” „Data” ‘Q&A’', [['quoted', 'Platform Ops'], ['quoted', 'Data'], ['quoted', 'Q&A']]],
    ['O\'Brien "x"y', [['word', "O'Brien"], ['unclosed', 'x"y']]],
    ['"never closed here', [['unclosed', 'never closed here']]],
    ['""', [['quoted', '']]],
    ['<@U1|Ada Lovelace> <#C2|general>', [['angle', '<@U1|Ada Lovelace>'], ['angle', '<#C2|general>']]],
    ['<@29:1a-B_c|Ada  Lovelace> <#19:x@thread.tacv2>', [['angle', '<@29:1a-B_c|Ada  Lovelace>'], ['angle', '<#19:x@thread.tacv2>']]],
    ['<at>Ada</at>', [['angle', '<at>'], ['word', 'Ada</at>']]],
    ['<5 and >3', [['word', '<5'], ['word', 'and'], ['word', '>3']]],
    ['a\u00a0b\tc\nd', [['word', 'a'], ['word', 'b'], ['word', 'c'], ['word', 'd']]],
  ])('%j', (line, expected) => {
    expect(shape(line)).toEqual(expected);
  });

  it('keeps offsets into the line', () => {
    expect(tokenize('  log "a b" c').map((t) => [t.start, t.end])).toEqual([[2, 5], [6, 11], [12, 13]]);
  });
});

describe('cleanLine', () => {
  it.each([
    ['  /shiplog  me  ', 'me'],
    ['/SHIPLOG', ''],
    ['/shiplogs me', '/shiplogs me'],
    ['log a\u0000b\u001bc\u007fd', 'log a b c d'],
    ['log a\r\nb\rc\td', 'log a\nb\nc\td'],
  ])('%j → %j', (raw, clean) => {
    expect(cleanLine(raw)).toBe(clean);
  });
});

describe('editDistance and closestWord', () => {
  it.each([
    ['lgo', 'log', 1],
    ['log', 'log', 0],
    ['', 'help', 4],
    ['seting', 'settings', 2],
    ['ca', 'abc', 3],
    ['🚀x', 'x🚀', 1],
  ])('distance(%j, %j) = %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it.each<[string, string | null]>([
    ['LGO', 'log'],
    ['tem', 'team'],
    ['x', null],
    ['shipd', 'shipped'],
    ['frobnicate', null],
    ['a'.repeat(40), null],
  ])('closestWord(%j) = %j', (word, expected) => {
    expect(closestWord(word, ['log', 'me', 'team', 'shipped', 'help', '?'])).toBe(expected);
  });
});
