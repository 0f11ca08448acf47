/** What every use case gets: the ports, the caller as a person, settings and the time. */
import type { Standing } from '../core/permissions.js';
import { resolveSettings, type WorkspaceSettings } from '../core/settings.js';
import type { Person, Platform } from '../core/types.js';
import type { ChatPlatform, Clock, CsvReader, Store, Telemetry, UsageSource, Verifier } from './ports/index.js';
import type { Background } from './verify/background.js';
import type { DigestComposer } from './deliveries/outgoing.js';
import { howAdminsAreChosen } from '../core/people/first-admin.js';
import { adminSources, resolveCaller, type AdminPolicy } from './people.js';
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
  /**
   * Every configured chat platform, one per platform (Slack and Teams can run together);
   * check-ins and digests go through the recipient's own. Without any, nothing scheduled is sent.
   */
  platforms?: readonly ChatPlatform[];
  /**
   * Platform ids, directory ids (Teams: Entra object ids) or emails of shiplog admins
   * (`SHIPLOG_ADMINS`). When given, nobody becomes admin just by being first.
   */
  admins?: readonly string[];
  /** Platforms whose first person in a workspace without admins becomes admin; all by default. */
  firstAdminPlatforms?: readonly Platform[];
  /** Digest composers; the digest module's by default (tests may pass their own). */
  digests?: DigestComposer;
  /** Provider usage sources configured for `ingest run` and scheduled pulls; none when absent. */
  sources?: readonly UsageSource[];
  /** Reads usage CSVs for `import`; without it, imports say they are not available. */
  csv?: CsvReader;
  /** Hosts besides the public ones whose artifact links count (GitHub Enterprise, self-hosted GitLab, Jira Server). */
  artifactHosts?: { github: readonly string[]; gitlab: readonly string[]; jira: readonly string[] };
  /** Configured artifact providers; none means every artifact stays linked, unchecked. */
  verifiers?: readonly Verifier[];
  /** `host:pid` of this process, stored with the import runs it starts (see `abandonDeadRuns`). */
  runOwner?: string;
  /** Counts for `GET /metrics`; nothing is counted without it. */
  telemetry?: Telemetry;
  /** Where checks run after replies; `createApp` supplies one. */
  background?: Background;
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
  /** How this workspace gets its admins, worded for the caller: said to non-admins while there is none. */
  howAdminsAreChosen(): string;
  /** True when this request introduced the caller, not as admin, to a workspace with no admin. */
  newcomerWithoutAdmins: boolean;
}

export async function buildContext(deps: AppDeps, caller: Caller): Promise<Ctx> {
  const settings = resolveSettings(await deps.store.getSettings('workspace'));
  const policy: AdminPolicy = { admins: deps.admins ?? [], ...(deps.firstAdminPlatforms && { firstAdminPlatforms: deps.firstAdminPlatforms }) };
  const { person, created } = await resolveCaller(deps.store, caller, settings.timeZone, policy);
  // Only on first contact: a look-up per request would cost every command a query.
  const newcomerWithoutAdmins = created && !person.isAdmin && (await deps.store.listAdmins()).length === 0;
  return {
    deps,
    store: deps.store,
    caller,
    person,
    settings,
    now: deps.clock.now(),
    standing: async () => ({ person, isLead: (await deps.store.teamsOf(person.id)).some((m) => m.isLead) }),
    adminNames: async () => (await deps.store.listAdmins()).map((p) => p.displayName),
    howAdminsAreChosen: () => howAdminsAreChosen(adminSources(policy, caller)),
    newcomerWithoutAdmins,
  };
}
