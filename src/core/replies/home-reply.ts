/** The person's own home page (Slack App Home): recent wins, check-in preferences, actions. Pure. */
import type { Action, Block, Message, Span } from '../message.js';
import { text } from '../message.js';
import { formatMinutes } from '../time.js';
import type { Person, Weekday, Win } from '../types.js';
import { isVerified } from '../wins.js';
import { excerpt } from './basic.js';

/** The check-in that applies to a person: their own override, else the workspace default. */
export interface EffectiveCheckin {
  day: Weekday;
  time: string;
}

function winLine(win: Win): Span[] {
  const facts: string[] = [win.category];
  if (win.minutes !== null) facts.push(`${formatMinutes(win.minutes)} ${win.kind === 'win' ? 'saved' : 'lost'}`);
  if (win.kind === 'win' && isVerified(win)) facts.push('verified');
  if (win.kind === 'setback') facts.push('setback');
  if (win.visibility === 'private') facts.push('private');
  return [text(`#${win.id}`, 'bold'), text(` ${excerpt(win.text, 140)} `), text(`(${facts.join(' · ')})`, 'italic')];
}

function preferenceLines(person: Person, checkin: EffectiveCheckin, today: string): string {
  const lines = [
    `Nudges: ${person.nudges ? 'on' : 'off'}`,
    `Weekly check-in: ${checkin.day} at ${checkin.time} (${person.timeZone})`,
  ];
  if (person.awayUntil !== null && person.awayUntil >= today) lines.push(`Away through ${person.awayUntil}; type back when you return.`);
  return lines.join('\n');
}

/**
 * The home page a person sees of themselves. `today` is their local date, so an away
 * date that has passed is not shown.
 */
export function homeReply(person: Person, wins: Win[], checkin: EffectiveCheckin, today: string, shown: number): Message {
  const toggle: Action = person.nudges
    ? { id: 'set-nudges', label: 'Turn nudges off', value: 'off' }
    : { id: 'set-nudges', label: 'Turn nudges on', value: 'on' };
  const blocks: Block[] = [
    { type: 'header', text: 'shiplog: what AI helped you ship' },
    { type: 'actions', actions: [{ id: 'log-win', label: 'Log a win', value: '', style: 'primary' }, toggle] },
    { type: 'text', spans: [text('Your check-in preferences', 'bold')] },
    { type: 'text', spans: [text(preferenceLines(person, checkin, today))] },
    { type: 'divider' },
    { type: 'text', spans: [text('Your recent wins', 'bold')] },
  ];
  if (wins.length === 0) blocks.push({ type: 'text', spans: [text('Nothing logged yet. Press Log a win, or type /shiplog log <what AI helped you ship>.')] });
  else blocks.push({ type: 'list', items: wins.map(winLine) });
  blocks.push({ type: 'small', spans: [text(`Only you see this page. Showing up to ${shown} of your latest entries; shiplog never ranks people.`)] });
  const summary = `${wins.length} recent ${wins.length === 1 ? 'entry' : 'entries'}; nudges ${person.nudges ? 'on' : 'off'}.`;
  return { summary, blocks, private: true };
}
