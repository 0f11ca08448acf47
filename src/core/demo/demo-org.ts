/**
 * A realistic demo team, generated deterministically from a seed: people, eight weeks of
 * wins (with links, endorsements and setbacks) and usage from three tools. Pure.
 */
import { lastWeeks } from '../iso-week.js';
import { DateTime } from 'luxon';
import type { IsoDate, IsoWeek } from '../types.js';
import { DEMO_SETBACKS, DEMO_WINS } from './demo-texts.js';

export const DEMO_TEAM = 'Payments';
export const DEMO_LEAD = 'Priya';
/** The lead first: in an empty workspace the first person is also its admin. */
export const DEMO_PEOPLE = ['Priya', 'Ada', 'Bo', 'Chen', 'Dara', 'Eli', 'Farah', 'Gus'] as const;
/** People whose usage the demo has (6 of 8: coverage is never complete). */
const WITH_USAGE = new Set(['Priya', 'Ada', 'Bo', 'Chen', 'Dara', 'Farah']);
const TOOLS = [
  { tool: 'claude', source: 'anthropic', model: 'claude-sonnet-4', usdPerMillion: 6 },
  { tool: 'cursor', source: 'cursor', model: 'cursor-default', usdPerMillion: 4 },
  { tool: 'copilot', source: 'copilot', model: 'copilot-chat', usdPerMillion: 2 },
] as const;

export interface DemoWin {
  author: string;
  week: IsoWeek;
  kind: 'win' | 'setback';
  text: string;
  private: boolean;
  endorsers: string[];
}

export interface DemoUsage {
  person: string;
  source: string;
  tool: string;
  model: string;
  day: IsoDate;
  inputTokens: number;
  outputTokens: number;
  costMicros: number;
}

export interface DemoOrg {
  team: string;
  lead: string;
  people: readonly string[];
  wins: DemoWin[];
  usage: DemoUsage[];
}

/** A small seeded generator (mulberry32), so the same seed gives the same team. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

/** The demo team for the eight ISO weeks ending with the week of `now` in `zone`. */
export function demoOrg(now: Date, zone: string, seed = 42): DemoOrg {
  const rand = seededRandom(seed);
  const weeks = lastWeeks(now, zone, 8);
  return { team: DEMO_TEAM, lead: DEMO_LEAD, people: DEMO_PEOPLE, wins: weeks.flatMap((w, i) => weekWins(rand, w, i)), usage: weeks.flatMap((w, i) => weekUsage(rand, w, i)) };
}

function shuffled<T>(rand: () => number, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function weekWins(rand: () => number, week: IsoWeek, index: number): DemoWin[] {
  const out: DemoWin[] = [];
  const texts = shuffled(rand, DEMO_WINS);
  // Adoption grows, then levels off for the last weeks: wins flat while usage jumps.
  const chance = 0.35 + Math.min(index, 4) * 0.06;
  for (const author of DEMO_PEOPLE) {
    const count = rand() < chance ? 1 + Math.floor(rand() * 2) : 0;
    for (let k = 0; k < count; k++) {
      const text = (texts.pop() ?? pick(rand, DEMO_WINS)).replace('{n}', String(400 + Math.floor(rand() * 500)));
      const endorsers = DEMO_PEOPLE.filter((p) => p !== author && rand() < 0.12);
      out.push({ author, week, kind: 'win', text, private: rand() < 0.08, endorsers });
    }
    if (rand() < 0.1) out.push({ author, week, kind: 'setback', text: pick(rand, DEMO_SETBACKS), private: false, endorsers: [] });
  }
  return out;
}

function weekUsage(rand: () => number, week: IsoWeek, index: number): DemoUsage[] {
  const monday = DateTime.fromISO(`${week}-1`, { zone: 'utc' });
  const out: DemoUsage[] = [];
  // The latest week's usage jumps while wins do not: the digest's first signal.
  const level = index === 7 ? 2.6 : 1 + index * 0.05;
  for (const person of DEMO_PEOPLE.filter((p) => WITH_USAGE.has(p))) {
    const tools = TOOLS.filter((_, i) => (person.length + i) % 3 !== 0 || person === 'Priya');
    for (let d = 0; d < 5; d++) {
      for (const t of tools) {
        const input = Math.round((20_000 + rand() * 60_000) * level);
        const output = Math.round(input * (0.15 + rand() * 0.2));
        const costMicros = Math.round(((input + output) / 1_000_000) * t.usdPerMillion * 1_000_000);
        out.push({ person, source: t.source, tool: t.tool, model: t.model, day: monday.plus({ days: d }).toISODate() ?? '', inputTokens: input, outputTokens: output, costMicros });
      }
    }
  }
  return out;
}
