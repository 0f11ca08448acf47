/** The domain types every layer shares. Plain data: no behaviour, no I/O. */

/** Chat surfaces shiplog talks through. */
export const PLATFORMS = ['slack', 'teams', 'console'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** A day of the week, lower-case three letters; ISO order (mon = 1). */
export type Weekday = (typeof WEEKDAYS)[number];

/** A calendar day as `YYYY-MM-DD`. */
export type IsoDate = string;
/** An ISO week as `YYYY-Www`, e.g. `2026-W48`. */
export type IsoWeek = string;

export const CATEGORIES = [
  'shipped-feature',
  'bug-fix',
  'automation',
  'docs',
  'analysis',
  'review',
  'learning',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const VISIBILITIES = ['team', 'private'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
/** A win is something AI helped ship; a setback is where AI cost time. */
export const WIN_KINDS = ['win', 'setback'] as const;
export type WinKind = (typeof WIN_KINDS)[number];
export const WIN_SOURCES = ['command', 'checkin-reply', 'form', 'message-shortcut', 'console'] as const;
export type WinSource = (typeof WIN_SOURCES)[number];

/** A person's answer to a week's check-in buttons. */
export const CHECKIN_ANSWERS = ['nothing', 'snooze'] as const;
export type CheckinAnswer = (typeof CHECKIN_ANSWERS)[number];

/** Where a delivery (digest, check-in, pull) stands: claimed, then completed one of three ways. */
export const DELIVERY_STATUSES = ['claimed', 'sent', 'failed', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** An ingestion run is recorded `running` first and finished `complete` or `failed`, or found `abandoned` when its process died. */
export const IMPORT_RUN_STATUSES = ['running', 'complete', 'failed', 'abandoned'] as const;
export type ImportRunStatus = (typeof IMPORT_RUN_STATUSES)[number];

/** Where an artifact lives, and so which verifier can check it. */
export type ArtifactProvider = 'github' | 'gitlab' | 'jira' | 'linear';

/** A recognised piece of work behind a link or key. */
export interface Artifact {
  kind: 'pull-request' | 'merge-request' | 'issue' | 'commit' | 'jira' | 'linear';
  /**
   * The provider that holds it. Wins stored before providers were recorded lack it;
   * read it through `artifactProvider` in `src/core/win-text`.
   */
  provider: ArtifactProvider;
  /** Short human label, e.g. `acme/shop#42`, `acme/shop@1a2b3c4` or `PAY-123`. */
  label: string;
  /** The URL (scheme added when the text had none); null for a bare Jira key or Linear identifier. */
  url: string | null;
}

/** A person shiplog knows, keyed by their chat platform identity. */
/** Where a person's time zone comes from; see {@link Person.timeZoneSource}. */
export const TIME_ZONE_SOURCES = ['workspace', 'platform', 'own'] as const;
export type TimeZoneSource = (typeof TIME_ZONE_SOURCES)[number];

export interface Person {
  id: number;
  platform: Platform;
  platformUserId: string;
  displayName: string;
  email: string | null;
  /** IANA zone, e.g. `Europe/Berlin`. */
  timeZone: string;
  /**
   * Where the zone comes from: the workspace `timezone` (followed when it changes), the
   * platform profile (refreshed on contact), or the person's own `timezone <zone>`.
   */
  timeZoneSource: TimeZoneSource;
  isAdmin: boolean;
  nudges: boolean;
  /** Away through this day (inclusive), in the person's zone; null when present. */
  awayUntil: IsoDate | null;
  /** Personal check-in override; null = team / workspace default. */
  checkinDay: Weekday | null;
  checkinTime: string | null;
  createdAt: string;
}

export interface Team {
  id: number;
  name: string;
  /** Platform channel id (Slack `C…`, Teams conversation id, console name). */
  channel: string | null;
  /** The platform `channel` is on; a team's digest goes to its channel there. */
  channelPlatform: Platform | null;
  /** Overrides of the workspace schedule for this team; null = inherit. */
  timeZone: string | null;
  digestDay: Weekday | null;
  digestTime: string | null;
  checkinDay: Weekday | null;
  checkinTime: string | null;
  createdAt: string;
}

export interface Membership {
  teamId: number;
  personId: number;
  isLead: boolean;
}

/**
 * How well a win is backed. `confirmed`: a provider says a linked artifact is done and the
 * author's; `linked`: it names an artifact; `endorsed`: teammates +1'd it; `none`.
 */
export type EvidenceLevel = 'confirmed' | 'linked' | 'endorsed' | 'none';

/** A win's evidence, decided in `src/core/evidence`. */
export interface WinEvidence {
  level: EvidenceLevel;
  /** Confirmed, or linked/endorsed where no provider could check it (PRODUCT.md). */
  verified: boolean;
  /** Every artifact it names was checked and refused: it counts as unverified and is never highlighted. */
  disputed: boolean;
  /** Why artifacts were refused, for the author only (e.g. "acme/shop#42 belongs to someone else…"). */
  reasons: string[];
}

/** A logged outcome (or setback). `minutes` is time saved for a win, time lost for a setback. */
export interface Win {
  id: number;
  authorId: number;
  kind: WinKind;
  text: string;
  category: Category;
  links: string[];
  artifacts: Artifact[];
  minutes: number | null;
  tools: string[];
  visibility: Visibility;
  /** ISO week in the author's time zone when it was logged. */
  week: IsoWeek;
  source: WinSource;
  endorsements: number;
  /**
   * What checking its artifacts concluded, attached by the app where it matters (digest,
   * `me`); absent means unchecked, judged by what it names and its endorsements.
   */
  evidence?: WinEvidence;
  createdAt: string;
  updatedAt: string;
}

/**
 * One audit entry. People are referenced by id and named when the log is read, so a
 * rename shows and forgetting someone leaves only a pseudonym.
 */
export interface AuditEntry {
  id: number;
  at: string;
  /** Who did it; null for shiplog itself (or a forgotten person: see `actorPseudonym`). */
  actorId: number | null;
  action: string;
  target: string;
  detail: string;
  /** The person the entry is about, if any. */
  subjectId: number | null;
  /** Set when the actor was forgotten: who they were is gone, that it was one person stays. */
  actorPseudonym: string | null;
  subjectPseudonym: string | null;
}

/** One day of one identity's use of one tool and model, as a provider reports it. */
export interface UsageRecord {
  source: string;
  identity: string;
  personId: number | null;
  day: IsoDate;
  tool: string;
  model: string;
  inputTokens: number;
  outputTokens: number;
  cachedTokens: number;
  requests: number;
  /** Cost in micro-dollars (1 USD = 1,000,000) so sums stay exact. */
  costMicros: number;
  /** Source-specific counts: sessions, linesAccepted, commits, pullRequests… */
  activity: Record<string, number>;
}
