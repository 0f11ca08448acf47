/**
 * The organisation roll-up for admins: teams are the unit, listed by name, never ranked.
 * Same privacy rules as a team digest. Pure.
 */
import type { Block, Message, Span } from '../message.js';
import { text } from '../message.js';
import type { IsoWeek } from '../types.js';
import { aboutTime, formatChange, formatTokens, formatUsd, plural } from './format.js';
import { change } from './trend.js';
import type { DigestModel } from './types.js';

/** Distinct counts across teams: a person in two teams, and their wins, count once. */
function orgHeadline(models: DigestModel[]): string {
  const wins = new Set(models.flatMap((m) => m.countedWinIds));
  const verified = new Set(models.flatMap((m) => m.verifiedWinIds));
  const minutes = new Map<number, number>();
  // A person's counted minutes are the same in every team they belong to.
  for (const m of models) for (const [person, min] of m.minutesByPerson) minutes.set(person, min);
  const people = new Set(models.flatMap((m) => m.peopleWithWins));
  const saved = [...minutes.values()].reduce((a, b) => a + b, 0);
  return `${plural(wins.size, 'win')} from ${plural(people.size, 'person', 'people')} across ${plural(models.length, 'team')} this week${saved > 0 ? `, ${aboutTime(saved)} saved` : ''}, ${verified.size} verified.`;
}

function teamLine(m: DigestModel): Span[] {
  const h = m.headline;
  const outcome = `${plural(h.wins, 'win')} from ${h.people} of ${plural(h.eligible, 'person', 'people')}, ${h.verified} verified${h.minutesSaved > 0 ? `, ${aboutTime(h.minutesSaved)} saved` : ''}`;
  const wins = formatChange(change(m.trend.wins.current, m.trend.wins.average));
  const u = m.usage;
  const usage = u.shown
    ? `${formatTokens(u.tokens)} tokens, ${formatUsd(u.costMicros)}${u.averageCostMicros !== null ? ` (cost ${formatChange(change(u.costMicros, u.averageCostMicros)) || '±0%'} on its 4-week avg)` : ''}`
    : 'usage hidden (too few people with data)';
  return [text(m.team.name, 'bold'), text(`: ${outcome}${wins ? ` (wins ${wins} on 4-week avg)` : ''}. ${usage}.`)];
}

/** The roll-up message for the week; `models` in any order (they are sorted by name). */
export function renderRollup(models: DigestModel[], week: IsoWeek, minGroupSize: number): Message {
  const sorted = [...models].sort((a, b) => a.team.name.localeCompare(b.team.name, 'en'));
  const headline = orgHeadline(sorted);
  const signalItems = sorted.flatMap((m) => m.signals.map((s) => [text(`${m.team.name}: `, 'bold'), text(s.question)]));
  const blocks: Block[] = [
    { type: 'header', text: `Organisation roll-up · week ${week}` },
    { type: 'text', spans: [text(headline, 'bold')] },
    { type: 'header', text: 'Teams' },
    sorted.length > 0 ? { type: 'list', items: sorted.map(teamLine) } : { type: 'text', spans: [text('No teams yet.')] },
    { type: 'header', text: 'Signals' },
    signalItems.length > 0 ? { type: 'list', items: signalItems } : { type: 'text', spans: [text('Nothing stands out this week.')] },
    { type: 'divider' },
    {
      type: 'small',
      spans: [text(`Teams are listed by name, never ranked; shiplog never ranks people. Usage shows only for teams with at least ${minGroupSize} people with usage data, and there is no organisation usage total, so a hidden team's figure cannot be worked out by subtraction. The figures are observational.`)],
    },
  ];
  return { summary: `Organisation roll-up, week ${week}: ${headline}`, blocks, private: false };
}
