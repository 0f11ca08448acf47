/**
 * Property: over random organisations, no message for a lead, an admin or a channel
 * (team digest, preview, roll-up) carries any one person's token or cost figure, and a
 * team below min-group-size shows no usage aggregate at all. The second property runs
 * every command of the catalog and every button as leads and admins, and every scheduled
 * delivery: no message to anyone carries someone else's figure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/create-app.js';
import { composeOrgRollup, composeTeamDigest } from '../../src/app/digest/compose.js';
import { formatTokens, formatUsd } from '../../src/core/digest/format.js';
import type { Message } from '../../src/core/message.js';
import type { UsageRecord } from '../../src/core/types.js';
import { openStore } from '../../src/db/open-store.js';
import type { Store } from '../../src/app/ports/index.js';
import { textOf } from '../support/message-text.js';
import { COMMANDS } from '../../src/core/command-catalog.js';
import { ACTION_ROLES } from '../../src/core/permissions.js';
import type { ActionId } from '../../src/core/message.js';
import { recordingPlatform } from '../support/recording-platform.js';

const NOW = new Date('2026-11-25T10:00:00Z');
/** Days from Monday 2026-10-19 (W43) to Sunday 2026-11-29 (W48). */
const DAY0 = Date.UTC(2026, 9, 19);
const dayAt = (i: number): string => new Date(DAY0 + i * 86_400_000).toISOString().slice(0, 10);
const isoWeekOfDay = (i: number): string => `2026-W${43 + Math.floor(i / 7)}`;
const WEEKS = ['2026-W41', '2026-W42', '2026-W43', '2026-W44', '2026-W45', '2026-W46', '2026-W47', '2026-W48'];
const TEXTS = ['Fixed the flaky test', 'Shipped the retry', 'Automated the report', 'Documented the API', 'Reviewed a PR faster', 'Renamed tmp1'];

const usageArb = fc.record({ day: fc.integer({ min: 0, max: 41 }), tool: fc.constantFrom('claude', 'cursor', 'copilot'), input: fc.integer({ min: 10_001, max: 5_000_000 }), output: fc.integer({ min: 0, max: 1_000_000 }), cost: fc.integer({ min: 1_000_001, max: 50_000_000 }) });
const winArb = fc.record({ week: fc.constantFrom(...WEEKS), text: fc.constantFrom(...TEXTS), minutes: fc.option(fc.integer({ min: 5, max: 1500 })), kind: fc.constantFrom<('win' | 'setback')[]>('win', 'win', 'win', 'setback'), pr: fc.boolean() });
const personArb = fc.record({ unmatched: fc.boolean(), teams: fc.uniqueArray(fc.integer({ min: 0, max: 2 }), { maxLength: 3 }), leads: fc.boolean(), usage: fc.array(usageArb, { maxLength: 8 }), wins: fc.array(winArb, { maxLength: 4 }) });
const orgArb = fc.record({ people: fc.array(personArb, { minLength: 1, maxLength: 12 }), teams: fc.integer({ min: 1, max: 3 }), minGroupSize: fc.integer({ min: 3, max: 6 }) });
type Org = typeof orgArb extends fc.Arbitrary<infer T> ? T : never;

interface Seeded { store: Store; teamIds: number[]; members: Map<number, number[]>; leads: Map<number, string>; figures: Set<string>; figuresOf: Map<number, Set<string>>; usageDays: Map<number, number[]> }

async function seed(org: Org): Promise<Seeded> {
  const store = await openStore(':memory:', { clock: { now: () => NOW } });
  await store.setSetting('workspace', 'min-group-size', String(org.minGroupSize));
  const teamIds: number[] = [];
  for (let t = 0; t < org.teams; t++) { const r = await store.createTeam({ name: `Team ${t}`, nameKey: `team ${t}` }); if (r) teamIds.push(r.id); }
  const s: Seeded = { store, teamIds, members: new Map(teamIds.map((id) => [id, []])), leads: new Map(), figures: new Set(), figuresOf: new Map(), usageDays: new Map() };
  for (const [i, p] of org.people.entries()) {
    const person = await store.createPerson({ platform: 'console', platformUserId: `p${i}`, displayName: `P${i}`, email: null, timeZone: 'UTC', isAdmin: i === 0 });
    for (const t of p.teams.filter((x) => x < teamIds.length)) {
      const teamId = teamIds[t]!;
      await store.upsertMembership(teamId, person.id, p.leads);
      s.members.get(teamId)!.push(person.id);
      if (p.leads) s.leads.set(teamId, `p${i}`);
    }
    // An unmatched identity's usage is still one person's: nobody may see its figures.
    await seedUsage(s, person.id, p.usage, p.unmatched);
    for (const w of p.wins) {
      await store.insertWin({ authorId: person.id, kind: w.kind, text: w.text, category: 'other', links: [], artifacts: w.pr ? [{ kind: 'pull-request', provider: 'github', label: 'a/b#1', url: 'https://github.com/a/b/pull/1' }] : [], minutes: w.minutes, tools: [], visibility: 'team', week: w.week, source: 'command' });
    }
  }
  return s;
}

/** Stores the usage and records every figure of this one person that must never be shown. */
async function seedUsage(s: Seeded, personId: number, usage: Org['people'][number]['usage'], unmatched = false): Promise<void> {
  const records: UsageRecord[] = usage.map((u) => ({ source: 'csv', identity: `id${personId}`, personId: unmatched ? null : personId, day: dayAt(u.day), tool: u.tool, model: 'm', inputTokens: u.input, outputTokens: u.output, cachedTokens: 0, requests: 1, costMicros: u.cost, activity: {} }));
  await s.store.upsertUsage(records);
  const stored = new Map(records.map((r, i) => [`${r.day}|${r.tool}`, { ...r, day: usage[i]!.day }]));
  const byWeek = new Map<string, { tokens: number; cost: number }>();
  const total = { tokens: 0, cost: 0 };
  for (const r of stored.values()) {
    const week = byWeek.get(isoWeekOfDay(r.day)) ?? { tokens: 0, cost: 0 };
    for (const acc of [week, total]) { acc.tokens += r.inputTokens + r.outputTokens; acc.cost += r.costMicros; }
    byWeek.set(isoWeekOfDay(r.day), week);
    addFigure(s, personId, r.inputTokens + r.outputTokens, r.costMicros);
  }
  // The windows `me` shows its caller: this week (days 35..37) and the last 4 weeks (days 7..37).
  const windows = [35, 7].map((from) => [...stored.values()].filter((r) => r.day >= from && r.day <= 37));
  for (const rs of windows) if (rs.length > 0) addFigure(s, personId, sumOf(rs, tokensOf), sumOf(rs, (r) => r.costMicros));
  for (const w of [...byWeek.values(), total]) if (w.tokens > 0) addFigure(s, personId, w.tokens, w.cost);
  // Any sum of a person's own records is theirs to see, whatever window a reply chooses.
  ownSums(s, personId, [...stored.values()]);
  if (!unmatched) s.usageDays.set(personId, [...stored.values()].map((r) => r.day));
}

type Figures = Pick<UsageRecord, 'inputTokens' | 'outputTokens' | 'costMicros'>;
const tokensOf = (r: Figures): number => r.inputTokens + r.outputTokens;
const sumOf = (rs: Figures[], f: (r: Figures) => number): number => rs.reduce((n, r) => n + f(r), 0);

function ownSums(s: Seeded, personId: number, records: Figures[]): void {
  const own = s.figuresOf.get(personId) ?? new Set<string>();
  for (let mask = 1; mask < 1 << records.length; mask++) {
    const rs = records.filter((_, i) => mask & (1 << i));
    const tokens = sumOf(rs, tokensOf);
    const cost = sumOf(rs, (r) => r.costMicros);
    for (const f of [formatTokens(tokens), String(tokens), formatUsd(cost).slice(1), String(cost)]) own.add(f);
  }
  s.figuresOf.set(personId, own);
}

function addFigure(s: Seeded, personId: number, tokens: number, cost: number): void {
  const own = s.figuresOf.get(personId) ?? new Set<string>();
  for (const f of [formatTokens(tokens), String(tokens), formatUsd(cost).slice(1), String(cost)]) { s.figures.add(f); own.add(f); }
  s.figuresOf.set(personId, own);
}

const numbersIn = (m: Message): string[] => textOf(m).match(/\d[\d,]*(?:\.\d+)?/g) ?? [];

function expectNoPersonFigure(s: Seeded, m: Message, what: string): void {
  for (const n of numbersIn(m)) expect(s.figures.has(n), `${what} shows ${n}, one person's figure:\n${textOf(m)}`).toBe(false);
}

/** Members with usage on a day of the digest's week (W48: days 35..41). */
const covered = (s: Seeded, teamId: number): number =>
  s.members.get(teamId)!.filter((p) => (s.usageDays.get(p) ?? []).some((d) => d >= 35)).length;

async function check(org: Org): Promise<void> {
  const s = await seed(org);
  try {
    const app = createApp({ store: s.store, clock: { now: () => NOW }, log: { info() {}, warn() {}, error() {} } });
    for (const teamId of s.teamIds) {
      const digest = await composeTeamDigest(s.store, teamId, NOW);
      if (!digest.ok) throw new Error(digest.error.code);
      expectNoPersonFigure(s, digest.value, `team ${teamId} digest`);
      if (covered(s, teamId) < org.minGroupSize) {
        expect(textOf(digest.value)).toContain('Usage figures are hidden this week');
        expect(textOf(digest.value)).not.toMatch(/Tokens:|Cost:|Cost per verified win|\$/);
      } else {
        expect(textOf(digest.value)).toMatch(/Tokens: [\d,]+ this week/);
      }
      const lead = s.leads.get(teamId) ?? 'p0';
      const preview = await app.handleCommand({ platform: 'console', platformUserId: lead, displayName: lead.toUpperCase() }, `digest preview Team ${teamId - 1}`);
      expect(preview.errorCode).toBeUndefined();
      expectNoPersonFigure(s, preview, `team ${teamId} preview`);
    }
    const rollup = await composeOrgRollup(s.store, NOW);
    expectNoPersonFigure(s, rollup, 'roll-up');
    for (const teamId of s.teamIds) {
      if (covered(s, teamId) < org.minGroupSize) expect(textOf(rollup)).toMatch(new RegExp(`Team ${teamId - 1}: [^\\n]*usage hidden`));
    }
  } finally {
    await s.store.close();
  }
}

/** Numbers in a message that are a figure of someone other than `viewerId` (and not also one of the viewer's own). */
function othersFigures(s: Seeded, m: Message, viewerId: number | null): string[] {
  const own = viewerId === null ? new Set<string>() : s.figuresOf.get(viewerId) ?? new Set<string>();
  return numbersIn(m).filter((n) => s.figures.has(n) && !own.has(n));
}

/** Lines a lead or admin might type: every example of the catalog, and the reads that show data. */
const LINES = [
  'me', 'unmapped', 'audit 100', 'settings', 'team list', 'digest history Team 0', 'digest preview Team 1',
  ...COMMANDS.flatMap((c) => c.examples).filter((l) => !l.startsWith('forget')),
];
const ACTION_VALUES = ['1', '2', '2026-W48', 'Team 0', 'on'];

async function checkEveryPath(org: Org): Promise<void> {
  const s = await seed(org);
  try {
    let now = NOW;
    const clock = { now: () => now };
    const platform = recordingPlatform(clock);
    const app = createApp({ store: s.store, clock, log: { info() {}, warn() {}, error() {} }, platforms: [platform] });
    const viewers = [...new Set(['p0', ...s.leads.values()])];
    for (const viewer of viewers) {
      const caller = { platform: 'console' as const, platformUserId: viewer, displayName: viewer.toUpperCase() };
      const id = Number(viewer.slice(1)) + 1;
      for (const line of LINES) {
        const m = await app.handleCommand(caller, line);
        expect(othersFigures(s, m, id), `${viewer} ran "${line}":\n${textOf(m)}`).toEqual([]);
      }
      for (const action of Object.keys(ACTION_ROLES) as ActionId[]) {
        for (const value of ACTION_VALUES) {
          const m = await app.handleAction(caller, action, value);
          expect(othersFigures(s, m, id), `${viewer} pressed ${action}=${value}:\n${textOf(m)}`).toEqual([]);
        }
      }
    }
    // The week's check-ins, reminders, digests and roll-up, as the scheduler sends them.
    now = new Date('2026-11-29T20:00:00Z');
    await app.runDue({ since: NOW });
    expect(platform.sent.length).toBeGreaterThan(0);
    for (const sent of platform.sent) {
      const to = sent.to.kind === 'person' ? sent.to.personId : null;
      expect(othersFigures(s, sent.message, to), `sent to ${JSON.stringify(sent.to)}:\n${textOf(sent.message)}`).toEqual([]);
    }
  } finally {
    await s.store.close();
  }
}

describe('digest privacy over random organisations', () => {
  it('never shows one person\'s usage to a lead, admin or channel; small teams show no usage at all', async () => {
    await fc.assert(fc.asyncProperty(orgArb, check), { numRuns: 60 });
  });

  it('shows team usage once enough people have data (the property above is not vacuous)', async () => {
    const person: Org['people'][number] = { unmatched: false, teams: [0], leads: false, wins: [], usage: [{ day: 36, tool: 'claude', input: 100_000, output: 0, cost: 2_000_000 }] };
    const org: Org = { teams: 1, minGroupSize: 3, people: [{ ...person, leads: true }, person, person, person] };
    await check(org);
  });

  it('a person\'s own multi-week sum that equals someone else\'s weekly figure is still theirs to see', async () => {
    // Found by a clean CI run: p2's "last 4 weeks" (days 7 and 14) equals p1's week W48 (days 35 and 36).
    const use = (day: number) => ({ day, tool: 'claude' as const, input: 10_001, output: 0, cost: 1_000_001 });
    const person: Org['people'][number] = { unmatched: false, teams: [0], leads: false, wins: [], usage: [] };
    const org: Org = { teams: 1, minGroupSize: 3, people: [person, { ...person, usage: [use(35), use(36)] }, { ...person, leads: true, usage: [use(7), use(14), use(0)] }] };
    await checkEveryPath(org);
  });

  it('no command, button or scheduled message shows anyone a figure of someone else', async () => {
    await fc.assert(fc.asyncProperty(orgArb, checkEveryPath), { numRuns: 8 });
    // Each run drives ~60 commands and buttons for up to four viewers; a loaded machine needs the room.
  }, 180_000);
});
