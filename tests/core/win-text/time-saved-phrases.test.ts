/**
 * Time saved as people actually write it, in English and with European number formats.
 * Every figure is the smallest honest reading: a day is a work day (8 h), a week five.
 */
import { describe, expect, it } from 'vitest';
import { findTimeSaved, parseDuration } from '../../../src/core/win-text/duration.js';

const H = 60;
const DAY = 8 * H;
const WEEK = 5 * DAY;

describe('findTimeSaved: how people write it', () => {
  it.each([
    // Decimal commas (European): never read the part after the comma as the whole.
    ['saved 1,5h', 1.5 * H],
    ['saved 2,5 hours on the release notes', 2.5 * H],
    ['saved me ~1,5 hrs', 1.5 * H],
    ['Zeit gespart: saved 0,5 day', 0.5 * DAY],
    ['saved 1,25h of copy-paste', 75],
    ['7,5 hours saved this sprint', 7.5 * H],
    ['saved 3,5 days of manual QA', 3.5 * DAY],
    ['saved about 1,5 h', 1.5 * H],
    ['saved 2,5h', 2.5 * H],
    ['saved 1,5 hours', 1.5 * H],
    ['saved 0,75 h', 45],
    // Non-breaking and narrow spaces, as French and German keyboards type them.
    ['saved 2\u00a0h', 2 * H],
    ['saved 1,5\u202fh', 1.5 * H],
    // Fractions, plain and mixed.
    ['saved 1 1/2 hours', 1.5 * H],
    ['saved 2 1/2 days', 2.5 * DAY],
    ['saved 1/2 day', 0.5 * DAY],
    ['saved 3/4 hour', 45],
    ['saved 1½ hours', 1.5 * H],
    ['saved ½ day', 0.5 * DAY],
    ['saved 1 ½ h', 1.5 * H],
    ['saved 1-1/2 hours', 1.5 * H],
    ['¾ hour saved', 45],
    // Comparisons: the old figure minus the new one, in work hours.
    ['took 2 days, would have taken 2 weeks', 2 * WEEK - 2 * DAY],
    ['would have taken 2 weeks, took 2 days', 2 * WEEK - 2 * DAY],
    ['took 20 minutes; would\'ve taken 3 hours by hand', 3 * H - 20],
    ['did it in 20 min, would have been 3 hours manually', 3 * H - 20],
    ['used to take 3 hours, now 20 min', 3 * H - 20],
    ['used to take 2h, now takes 15 min', 2 * H - 15],
    ['normally takes a day, took 2 hours with Claude', DAY - 2 * H],
    ['took 1,5 hours instead of 2 days', 2 * DAY - 1.5 * H],
    ['took 1 1/2 hours instead of a day', DAY - 1.5 * H],
    ['30 min vs 4 hours before', 4 * H - 30],
    ['took 2 days, would have taken 1 day', null],
    ['would have taken 2 days by hand', null],
    // Plus signs, "ish", and more qualifiers: the stated figure, never more.
    ['saved 2+ hours', 2 * H],
    ['saved 2h+', 2 * H],
    ['saved 2ish hours', 2 * H],
    ['saved upwards of 3 hours', 3 * H],
    ['saved a solid 3 hours', 3 * H],
    ['saved a good half day', 0.5 * DAY],
    ['saved an hour or two', H],
    ['saved 15-20 min', 15],
    ['saved 1h15', 75],
    ['saved 1:30 h', 90],
    ['saved 3 hours a week', 3 * H],
    ['saved half an hour', 30],
    ['saved 2 work days', 2 * DAY],
    ['saved a workday', DAY],
    ['saved 3 business days', 3 * DAY],
    ['saved 90min', 90],
    ['time saving: 45 min', 45],
    // Not time saved at all.
    ['fixed items 1,5 and 7', null],
    ['runs 24/7 now', null],
    ['version 1,5 released', null],
    ['standup at 10:30, took 5 minutes', null],
  ])('%j → %s minutes', (text, minutes) => {
    expect(findTimeSaved(text)).toBe(minutes === null ? null : Math.round(minutes));
  });
});

describe('parseDuration: European and fractional forms', () => {
  it.each([
    ['1,5h', 90],
    ['2,5 hours', 150],
    ['0,5 day', 240],
    ['1 1/2 hours', 90],
    ['1½h', 90],
    ['1:30h', 90],
  ])('%j → %i minutes', (input, minutes) => {
    expect(parseDuration(input)).toBe(minutes);
  });
});
