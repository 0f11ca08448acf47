/**
 * The interfaces the app needs from the world. Adapters and `src/db` implement them;
 * `src/app` depends only on these. Every method is async so a networked database
 * (PostgreSQL) can implement the same contract.
 */
import type { Result } from './core/result.js';
import type { Message } from './core/message.js';
import type { WinDraft } from './core/wins.js';
import type { UnmappedLine } from './core/usage/unmapped-reply.js';
import type { PersonWeekUsage } from './core/digest/types.js';
import type {
  AuditEntry,
  IsoDate,
  IsoWeek,
  Membership,
  Person,
  Platform,
  Team,
  UsageRecord,
  Weekday,
  Win,
} from './core/types.js';

/** Time comes from here; tests pass a fixed or advancing clock. */
export interface Clock {
  now(): Date;
}

/** A person as the platform introduces them; `isAdmin` when the platform says they administer the workspace. */
export type NewPerson = Pick<Person, 'platform' | 'platformUserId' | 'displayName' | 'email' | 'timeZone' | 'isAdmin'>;

export type PersonPatch = Partial<
  Pick<Person, 'displayName' | 'email' | 'timeZone' | 'isAdmin' | 'nudges' | 'awayUntil' | 'checkinDay' | 'checkinTime'>
>;

export interface PeopleStore {
  getPerson(id: number): Promise<Person | null>;
  findPersonByPlatformId(platform: Platform, platformUserId: string): Promise<Person | null>;
  /** Case-insensitive match on display name, email, or email local part. */
  findPeopleByHandle(handle: string): Promise<Person[]>;
  findPersonByEmail(email: string): Promise<Person | null>;
  /**
   * Creates a person. When nobody is an admin yet, the new person becomes one
   * (the first person in a fresh workspace), decided atomically.
   */
  createPerson(input: NewPerson): Promise<Person>;
  updatePerson(id: number, patch: PersonPatch): Promise<Person>;
  listPeople(): Promise<Person[]>;
  listAdmins(): Promise<Person[]>;
}

export interface NewTeam {
  name: string;
}

export type TeamPatch = Partial<
  Pick<Team, 'channel' | 'timeZone' | 'digestDay' | 'digestTime' | 'checkinDay' | 'checkinTime'>
>;

export interface TeamStore {
  /** Fails with `TEAM.EXISTS` when the name (case-insensitive) is taken. */
  createTeam(input: NewTeam): Promise<Result<Team>>;
  /** Removes the team with its memberships and holidays. Wins stay with their authors. */
  deleteTeam(id: number): Promise<void>;
  getTeam(id: number): Promise<Team | null>;
  findTeamByName(name: string): Promise<Team | null>;
  listTeams(): Promise<Team[]>;
  updateTeam(id: number, patch: TeamPatch): Promise<Team>;
  /** Adds as member, or updates the lead flag when already a member. */
  upsertMembership(teamId: number, personId: number, isLead: boolean): Promise<void>;
  /** Returns false when the person was not a member. */
  removeMembership(teamId: number, personId: number): Promise<boolean>;
  listMemberships(teamId: number): Promise<Membership[]>;
  teamsOf(personId: number): Promise<Membership[]>;
  /** Returns false when the day was already a holiday. */
  addHoliday(teamId: number, day: IsoDate): Promise<boolean>;
  /** Returns false when the day was not a holiday. */
  removeHoliday(teamId: number, day: IsoDate): Promise<boolean>;
  listHolidays(teamId: number): Promise<IsoDate[]>;
}

export interface NewWin extends WinDraft {
  /** Idempotency key (e.g. a Slack event id); a second insert with it returns the first win. */
  dedupeKey?: string;
}

export type WinPatch = Partial<Pick<Win, 'text' | 'category' | 'minutes' | 'visibility' | 'links' | 'artifacts' | 'tools'>>;

export interface WinStore {
  insertWin(input: NewWin): Promise<Win>;
  getWin(id: number): Promise<Win | null>;
  updateWin(id: number, patch: WinPatch): Promise<Win>;
  /** Deletes the win and its endorsements. Returns false when there was none. */
  deleteWin(id: number): Promise<boolean>;
  /** The author's wins and setbacks, newest first. */
  listWinsByAuthor(authorId: number, limit: number): Promise<Win[]>;
  /** Wins and setbacks by these authors in these weeks (for digests). */
  listWinsInWeeks(authorIds: number[], weeks: IsoWeek[]): Promise<Win[]>;
  /** Fails with `ENDORSE.DUPLICATE` when this person already endorsed this win. */
  addEndorsement(winId: number, personId: number, week: IsoWeek): Promise<Result<void>>;
  countEndorsementsGiven(personId: number, week: IsoWeek): Promise<number>;
}

/** Settings live in scopes: `workspace`, or `team:<id>` for a team's overrides. */
export interface SettingsStore {
  getSettings(scope: string): Promise<Record<string, string>>;
  setSetting(scope: string, key: string, value: string): Promise<void>;
}

export interface NewAuditEntry {
  actorId: number | null;
  action: string;
  target: string;
  detail: string;
}

export interface AuditStore {
  appendAudit(entry: NewAuditEntry): Promise<AuditEntry>;
  /** Newest first. */
  listAudit(limit: number): Promise<AuditEntry[]>;
}

export interface UsageTotals {
  inputTokens: number;
  outputTokens: number;
  costMicros: number;
  requests: number;
}

export interface UsageStore {
  /** Upserts on (source, identity, day, tool, model); counts what was new and what changed. */
  upsertUsage(records: UsageRecord[]): Promise<{ inserted: number; updated: number }>;
  /** A person's own usage between two days (inclusive). */
  usageTotalsForPerson(personId: number, from: IsoDate, to: IsoDate): Promise<UsageTotals>;
}

export type DeliveryStatus = 'claimed' | 'sent' | 'failed' | 'skipped';

export interface Delivery {
  kind: string;
  target: string;
  period: string;
  status: DeliveryStatus;
  attempts: number;
  claimedAt: string;
  sentAt: string | null;
  lastError: string | null;
  /** What was sent, for history (e.g. a digest's message model as JSON). */
  payload: string | null;
}

export interface DeliveryStore {
  /**
   * Claims (kind, target, period). True when this caller now owns the delivery: it was
   * new, or an earlier claim is older than `staleBefore` and never completed.
   */
  claimDelivery(kind: string, target: string, period: string, now: Date, staleBefore: Date): Promise<boolean>;
  completeDelivery(kind: string, target: string, period: string, status: 'sent' | 'failed' | 'skipped', now: Date, detail: { payload?: string; error?: string }): Promise<void>;
  getDelivery(kind: string, target: string, period: string): Promise<Delivery | null>;
  listDeliveries(kind: string, target: string, limit: number): Promise<Delivery[]>;
}

export interface RejectedRow {
  importId: string;
  source: string;
  location: string;
  reason: string;
  raw: string;
}

/** A person's answer to a week's check-in buttons. */
export type CheckinAnswer = 'nothing' | 'snooze';

/** Answers to check-ins, so an answered check-in gets no reminder. */
export interface CheckinAnswerStore {
  /** Records (or replaces) the person's answer for that ISO week. */
  recordCheckinAnswer(personId: number, week: IsoWeek, answer: CheckinAnswer, at: Date): Promise<void>;
  getCheckinAnswer(personId: number, week: IsoWeek): Promise<CheckinAnswer | null>;
}

export interface ImportStore {
  addRejectedRows(rows: RejectedRow[]): Promise<void>;
  listRejectedRows(importId: string): Promise<RejectedRow[]>;
}

/** A provider identity no person is attached to, with how much usage it carries. */
export interface UnmappedIdentity extends UnmappedLine {
  inputTokens: number;
  outputTokens: number;
  requests: number;
  costMicros: number;
}

/** Admin mappings of provider identities to people (`map <source>:<identity> @person`). */
export interface IdentityMappingStore {
  /**
   * Maps (source, identity) to a person: later imports of that identity are theirs, and
   * usage already stored for it is re-attributed to them now.
   */
  mapIdentity(source: string, identity: string, personId: number): Promise<void>;
  /** The mappings of one source, identity -> person id. */
  listIdentityMappings(source: string): Promise<Map<string, number>>;
  /** Identities whose stored usage belongs to nobody, ordered by source then identity (never by volume). */
  listUnmappedIdentities(): Promise<UnmappedIdentity[]>;
}

/** One ingestion run (a CSV import or a provider pull) and how it ended. */
export interface ImportRun {
  id: number;
  source: string;
  scope: string;
  trigger: string;
  actorId: number | null;
  status: 'running' | 'complete' | 'failed';
  startedAt: string;
  finishedAt: string | null;
  read: number;
  inserted: number;
  updated: number;
  rejected: number;
  unmatched: number;
  error: string | null;
}

export type ImportRunOutcome = Pick<ImportRun, 'read' | 'inserted' | 'updated' | 'rejected' | 'unmatched' | 'error'> & {
  status: 'complete' | 'failed';
};

/** Runs are recorded as `running` first, so one that died half-way is never taken as complete. */
export interface ImportRunStore {
  startImportRun(input: { source: string; scope: string; trigger: string; actorId: number | null }): Promise<ImportRun>;
  finishImportRun(id: number, outcome: ImportRunOutcome): Promise<ImportRun>;
  /** Newest first. */
  listImportRuns(limit: number): Promise<ImportRun[]>;
}

/**
 * Aggregates the digest reads. They return per-person figures so the core can decide what
 * may be shown; only `src/core/digest` turns them into anything a lead or channel sees.
 */
export interface DigestQueryStore {
  /**
   * Each person's usage summed per ISO week (of the record's day) between two days,
   * inclusive. A person with no record in a week has no entry for it.
   */
  usageByPersonWeek(personIds: number[], from: IsoDate, to: IsoDate): Promise<PersonWeekUsage[]>;
  /** The people of a team (leads included), in one read, ordered by id. */
  listTeamMembers(teamId: number): Promise<Person[]>;
}

/** Everything the app persists. One implementation per database dialect. */
export interface Store
  extends PeopleStore,
    TeamStore,
    WinStore,
    SettingsStore,
    AuditStore,
    UsageStore,
    DeliveryStore,
    ImportStore,
    IdentityMappingStore,
    ImportRunStore,
    DigestQueryStore,
    CheckinAnswerStore {
  close(): Promise<void>;
}

/** Where a message goes when shiplog speaks first (check-ins, digests). */
export type Destination =
  /** `displayName` is for display only (the console's "DM to Sam"); platforms address by id. */
  | { kind: 'person'; personId: number; platformUserId: string; displayName?: string }
  | { kind: 'channel'; channel: string };

/** Outbound messaging, implemented by each chat adapter. */
export interface ChatPlatform {
  readonly platform: Platform;
  /** Throws when the platform does not accept the message; the caller retries later. */
  send(to: Destination, message: Message): Promise<void>;
  /**
   * True when the platform shows the person as away (Slack status "vacationing", a Teams
   * out-of-office). Optional: platforms that cannot tell leave it out.
   */
  isAway?(platformUserId: string): Promise<boolean>;
}

/** One page of a usage source, already normalised. `personId` is left null: the runner resolves people. */
export interface UsageBatch {
  records: UsageRecord[];
  /** Rows or items that could not be used, with where they were and why. */
  rejected: { location: string; reason: string; raw: string }[];
  /** Emails the source knows for its identities (e.g. OpenAI user id -> email), for matching people. */
  identityEmails?: Record<string, string>;
}

/** A date range, both ends inclusive, as UTC days. */
export interface DayRange {
  from: IsoDate;
  to: IsoDate;
}

/**
 * A provider of usage records (a CSV file, OpenAI, Anthropic, Copilot, Cursor). Follows the
 * source's pagination to the end. Throws `UsageSourceError` for failures that stop the pull
 * (bad key, provider down after retries), so nothing partial is taken as complete.
 */
export interface UsageSource {
  readonly name: string;
  pull(range: DayRange): AsyncIterable<UsageBatch>;
}

/** A usage CSV to read: a local file (console, CLI) or a byte stream (a chat attachment). */
export type CsvInput =
  | { kind: 'path'; path: string }
  | { kind: 'stream'; name: string; stream: AsyncIterable<Uint8Array | string> };

/** Opens a usage CSV (either dialect) as a source; problems surface when it is pulled. */
export type CsvReader = (input: CsvInput) => UsageSource;

/** A pull that cannot go on, said in one sentence for an admin. */
export class UsageSourceError extends Error {
  override readonly name = 'UsageSourceError';
  constructor(
    readonly code: 'SOURCE.AUTH' | 'SOURCE.UNAVAILABLE' | 'SOURCE.BAD_RESPONSE' | 'SOURCE.NOT_CONFIGURED' | 'SOURCE.BAD_INPUT',
    message: string,
  ) {
    super(message);
  }
}

export type { Weekday };
