/** What every contract test gets: a fresh store per test and a clock it controls. */
import { afterEach, beforeEach } from 'vitest';
import { teamNameKey } from '../../../src/core/team-name.js';
import type { Artifact } from '../../../src/core/types.js';
import type { Clock, NewPerson, NewTeam, NewWin, Store } from '../../../src/app/ports/index.js';

/** The store under test; every dialect offers the same. */
export type ContractStore = Store;

export interface StoreUnderTest {
  store: ContractStore;
  cleanup(): Promise<void>;
}

/** Opens an empty, migrated store that stamps times from `clock`. */
export type MakeStore = (clock: Clock) => Promise<StoreUnderTest>;

export interface TestClock extends Clock {
  set(iso: string): void;
  advance(ms: number): void;
}

export const START = '2026-11-25T10:00:00.000Z';

export function testClock(startIso = START): TestClock {
  let now = new Date(startIso);
  return {
    now: () => new Date(now),
    set: (iso) => {
      now = new Date(iso);
    },
    advance: (ms) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

/** Live view of the current test's store and clock. */
export interface StoreFixture {
  readonly store: ContractStore;
  readonly clock: TestClock;
}

/** Registers hooks that give each test its own store; read it inside tests only. */
export function useStore(makeStore: MakeStore): StoreFixture {
  let current: { under: StoreUnderTest; clock: TestClock } | null = null;
  beforeEach(async () => {
    const clock = testClock();
    current = { under: await makeStore(clock), clock };
  });
  afterEach(async () => {
    await current?.under.cleanup();
    current = null;
  });
  const live = () => {
    if (!current) throw new Error('The store exists only inside a test');
    return current;
  };
  return {
    get store() {
      return live().under.store;
    },
    get clock() {
      return live().clock;
    },
  };
}

let serial = 0;

export function newPerson(overrides: Partial<NewPerson> = {}): NewPerson {
  serial += 1;
  return {
    platform: 'slack',
    platformUserId: `U${serial}`,
    displayName: `Person ${serial}`,
    email: null,
    timeZone: 'Europe/Berlin',
    isAdmin: false,
    ...overrides,
  };
}

export const PR: Artifact = { kind: 'pull-request', provider: 'github', label: 'acme/shop#42', url: 'https://github.com/acme/shop/pull/42' };
export const JIRA: Artifact = { kind: 'jira', provider: 'jira', label: 'PAY-123', url: null };

export function newWin(authorId: number, overrides: Partial<NewWin> = {}): NewWin {
  return {
    authorId,
    kind: 'win',
    text: 'Shipped the checkout retry with Claude, saved 2h',
    category: 'shipped-feature',
    links: [PR.url ?? ''],
    artifacts: [PR, JIRA],
    minutes: 120,
    tools: ['Claude'],
    visibility: 'team',
    week: '2026-W48',
    source: 'command',
    ...overrides,
  };
}

/** A team as the app names it: the key comes from the core's folding rule. */
export const newTeam = (name: string): NewTeam => ({ name, nameKey: teamNameKey(name) });

/** A value the store had to return, failing loudly when it returned null. */
export function present<T>(value: T | null): T {
  if (value === null) throw new Error('Expected a value, got null');
  return value;
}

/** Unwraps a Result in a test, failing loudly with the error when it is not ok. */
export function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(`Expected ok, got ${result.error.code}`);
  return result.value;
}
