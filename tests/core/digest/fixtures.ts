/** Hand-built digest inputs: every number in the tests can be checked with a pencil. */
import type { DigestInput, DigestMember, PersonWeekUsage } from '../../../src/core/digest/types.js';
import type { Artifact, Win } from '../../../src/core/types.js';

export const PR: Artifact = { kind: 'pull-request', provider: 'github', label: 'acme/pay#7', url: 'https://github.com/acme/pay/pull/7' };
export const JIRA: Artifact = { kind: 'jira', provider: 'jira', label: 'PAY-9', url: null };

let nextId = 1;

export function win(authorId: number, overrides: Partial<Win> = {}): Win {
  const id = nextId++;
  return {
    id,
    authorId,
    kind: 'win',
    text: `Win number ${id}`,
    category: 'other',
    links: [],
    artifacts: [],
    minutes: null,
    tools: [],
    visibility: 'team',
    week: '2026-W48',
    source: 'command',
    endorsements: 0,
    createdAt: '2026-11-25T10:00:00.000Z',
    updatedAt: '2026-11-25T10:00:00.000Z',
    ...overrides,
  };
}

export const WEEKS = ['2026-W41', '2026-W42', '2026-W43', '2026-W44', '2026-W45', '2026-W46', '2026-W47', '2026-W48'];

export const NAMES = ['Ada', 'Bo', 'Cy', 'Di', 'Ed', 'Fay', 'Gus', 'Hal', 'Mal'];
/** Person ids 1..9 in NAMES order. */
export const id = (name: string): number => NAMES.indexOf(name) + 1;

export function members(away: string[] = []): DigestMember[] {
  return NAMES.map((name) => ({ personId: id(name), name, away: away.includes(name) }));
}

export const use = (name: string, week: string, tokens: number, costUsd: number): PersonWeekUsage => ({
  personId: id(name),
  week,
  inputTokens: tokens,
  outputTokens: 0,
  costMicros: Math.round(costUsd * 1_000_000),
  requests: tokens > 0 ? 1 : 0,
});

export function input(overrides: Partial<DigestInput>): DigestInput {
  return {
    team: { id: 1, name: 'Payments' },
    weeks: WEEKS,
    members: members(),
    wins: [],
    usage: [],
    holidayWeeks: [],
    minGroupSize: 5,
    ...overrides,
  };
}

/** The Payments week of the README: 8 counted wins from 7 of 8 people; Mal logs 40 templated wins claiming 200 h. */
export function paymentsWeek(): DigestInput {
  const wins: Win[] = [
    win(id('Ada'), { text: 'Shipped the checkout retry with Claude', category: 'shipped-feature', artifacts: [PR], endorsements: 2, minutes: 180 }),
    win(id('Bo'), { text: 'Fixed the flaky login test with Copilot', category: 'bug-fix', artifacts: [PR], minutes: 120 }),
    win(id('Bo'), { text: 'Automated the release notes', category: 'automation', endorsements: 1, minutes: 240 }),
    win(id('Cy'), { text: 'Analysed churn by plan with ChatGPT', category: 'analysis', minutes: 300 }),
    win(id('Di'), { text: 'Reviewed the refunds change faster', category: 'review', artifacts: [JIRA], minutes: 60 }),
    win(id('Ed'), { text: 'Documented the webhooks API', category: 'docs', minutes: 90, visibility: 'private' }),
    win(id('Fay'), { text: 'Prototyped the onboarding flow', category: 'shipped-feature' }),
    ...Array.from({ length: 40 }, (_, i) => win(id('Mal'), { text: `Renamed variable tmp${i + 1} in utils.ts with Copilot, saved 5h`, minutes: 300 })),
    win(id('Gus'), { kind: 'setback', text: 'Copilot suggested a deprecated charge API, lost 2h', minutes: 120 }),
    win(id('Cy'), { kind: 'setback', text: 'Private dead end', minutes: 60, visibility: 'private' }),
  ];
  for (const w of ['2026-W41', '2026-W42', '2026-W43', '2026-W44', '2026-W45', '2026-W46', '2026-W47']) {
    wins.push(win(id('Ada'), { week: w, text: `Earlier work on ${w}`, minutes: 30 }));
  }
  for (const w of ['2026-W44', '2026-W45', '2026-W46', '2026-W47']) wins.push(win(id('Bo'), { week: w, text: `Bo shipped ${w} thing` }));
  const usage: PersonWeekUsage[] = [
    ...['Ada', 'Bo', 'Cy', 'Di', 'Gus'].map((n) => use(n, '2026-W48', 100_000, 2)),
    use('Ed', '2026-W48', 0, 0),
    ...['2026-W44', '2026-W45', '2026-W46', '2026-W47'].flatMap((w) => ['Ada', 'Bo', 'Cy', 'Di', 'Gus'].map((n) => use(n, w, 40_000, 1))),
  ];
  return input({ members: members(['Hal']), wins, usage });
}
