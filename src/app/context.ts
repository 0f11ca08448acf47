/** What every use case gets: the ports, the caller as a person, settings and the time. */
import type { Standing } from '../core/permissions.js';
import { resolveSettings, type WorkspaceSettings } from '../core/settings.js';
import type { Person } from '../core/types.js';
import type { ChatPlatform, Clock, CsvReader, Store, UsageSource } from './ports/index.js';
import type { DigestComposer } from './deliveries/outgoing.js';
import { resolveCaller } from './people.js';
import type { Caller } from './types.js';

/** Minimal structured logger; pino satisfies it. */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface AppDeps {
  store: Store;
  clock: Clock;
  log: Logger;
  /** Where check-ins and digests go; without one, nothing scheduled is sent. */
  platform?: ChatPlatform;
  /** Digest composers; the digest module's by default (tests may pass their own). */
  digests?: DigestComposer;
  /** Provider usage sources configured for `ingest run` and scheduled pulls; none when absent. */
  sources?: readonly UsageSource[];
  /** Reads usage CSVs for `import`; without it, imports say they are not available. */
  csv?: CsvReader;
}

export interface Ctx {
  deps: AppDeps;
  store: Store;
  caller: Caller;
  person: Person;
  settings: WorkspaceSettings;
  now: Date;
  standing(): Promise<Standing>;
  adminNames(): Promise<string[]>;
}

export async function buildContext(deps: AppDeps, caller: Caller): Promise<Ctx> {
  const settings = resolveSettings(await deps.store.getSettings('workspace'));
  const person = await resolveCaller(deps.store, caller, settings.timeZone);
  return {
    deps,
    store: deps.store,
    caller,
    person,
    settings,
    now: deps.clock.now(),
    standing: async () => ({ person, isLead: (await deps.store.teamsOf(person.id)).some((m) => m.isLead) }),
    adminNames: async () => (await deps.store.listAdmins()).map((p) => p.displayName),
  };
}
