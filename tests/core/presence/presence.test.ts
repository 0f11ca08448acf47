import { describe, expect, it } from 'vitest';
import { statusMeansAway, type PlatformStatus } from '../../../src/core/presence.js';

const NOW = new Date('2026-11-26T14:00:00Z');
const seconds = (iso: string): number => Date.parse(iso) / 1000;

const cases: [string, Partial<PlatformStatus>, boolean][] = [
  ['Slack\'s "Vacationing"', { emoji: ':palm_tree:', text: 'Vacationing' }, true],
  ['a palm tree alone', { emoji: ':palm_tree:' }, true],
  ['a beach umbrella, back on a date', { emoji: ':beach_with_umbrella:', text: 'Back 2 Dec' }, true],
  ['back from holiday', { emoji: ':wave:', text: 'Just back from holiday' }, false],
  ['a beach umbrella without text', { emoji: ':beach_with_umbrella:' }, true],
  ['Slack\'s "Out sick"', { emoji: ':face_with_thermometer:', text: 'Out sick' }, true],
  ['an airplane with text', { emoji: ':airplane:', text: 'Lisbon till Monday' }, true],
  ['a bare airplane', { emoji: ':airplane:' }, false],
  ['OOO in the text', { text: 'OOO until Dec 1' }, true],
  ['ooo in lower case', { emoji: ':sunny:', text: 'ooo' }, true],
  ['PTO', { text: 'PTO this week' }, true],
  ['out of office', { text: 'Out of the office' }, true],
  ['on leave', { text: 'On leave' }, true],
  ['parental leave', { text: 'Parental leave until March' }, true],
  ['a public holiday', { text: 'Public holiday' }, true],
  ['vacation in any case', { emoji: ':sunglasses:', text: 'VACATION' }, true],
  ['back from vacation', { text: 'Back from vacation, catching up' }, false],
  ['in a meeting', { emoji: ':spiral_calendar_pad:', text: 'In a meeting' }, false],
  ['commuting', { emoji: ':bus:', text: 'Commuting' }, false],
  ['working remotely', { emoji: ':house_with_garden:', text: 'Working remotely' }, false],
  ['a word that only contains ooo', { text: 'Cooool refactor day' }, false],
  ['a word that only contains pto', { text: 'Crypto review' }, false],
  ['no status', {}, false],
  ['vacation that has not ended', { emoji: ':palm_tree:', text: 'Vacation', expiration: seconds('2026-11-30T00:00:00Z') }, true],
  ['vacation that ended', { emoji: ':palm_tree:', text: 'Vacation', expiration: seconds('2026-11-25T00:00:00Z') }, false],
  ['vacation ending exactly now', { emoji: ':palm_tree:', text: 'Vacation', expiration: seconds('2026-11-26T14:00:00Z') }, false],
  ['vacation with expiration 0 (no end)', { emoji: ':palm_tree:', text: 'Vacation', expiration: 0 }, true],
];

describe('statusMeansAway', () => {
  it.each(cases)('%s', (_name, status, away) => {
    expect(statusMeansAway({ text: '', emoji: '', expiration: null, ...status }, NOW)).toBe(away);
  });
});
