/**
 * The map of personal data: every table shiplog stores, and for each one which columns
 * hold a person's id or identifiers, what `export me` gives back, what `forget` does and
 * what retention purges. Export, forget and retention all walk this one list, so a table
 * cannot be forgotten by one of them; a test fails when a table has no entry. Pure.
 */
import type { ExportRowKind } from './visibility.js';

/** What forgetting a person does to a table's rows about them. */
export type ForgetRule =
  /** Their rows are deleted. */
  | 'delete'
  /** Rows stay, with every reference to the person replaced by a pseudonym (the audit log). */
  | 'pseudonymise'
  /** Rows stay; the reference to the person is cleared (e.g. who started an import run). */
  | 'detach'
  /** The table holds nothing about a person. */
  | 'none';

/** A table whose rows are owned through another table (endorsements received, via the win). */
export interface OwnedVia {
  column: string;
  table: string;
  key: string;
  owner: string;
  /** Columns left out of the export: they identify someone else (who endorsed). */
  omit: readonly string[];
}

/** One table in the map. Names are SQL names, the same in every dialect. */
export interface PersonalTable {
  table: string;
  /** Columns holding a person's id (`people.id`). */
  personIds: readonly string[];
  /** Text columns that may carry a person's name, email or platform id. */
  identifiers: readonly string[];
  /** A column whose value is `person:<id>` for rows about one person (deliveries). */
  personTarget?: string;
  /** Rows whose `column` equals the person's email belong to them too (unmatched usage, rejected rows). */
  byEmail?: readonly string[];
  /** Rows addressing the person's own chat: `platform` is theirs and `key` is `person:<their platform id>`. */
  personAddress?: { platform: string; key: string };
  ownedVia?: OwnedVia;
  forget: ForgetRule;
  /** What the rows are in `export me`; null when they are not exported. */
  exportAs: ExportRowKind | null;
  /** Rows older than `retention-days` are purged, by this column (a day or an ISO time). */
  retention: string | null;
  /** Why this table is handled the way it is. */
  note: string;
}

const table = (t: PersonalTable): PersonalTable => t;

/** Every table, in the order forget walks them (children before `people`). */
export const PERSONAL_DATA: readonly PersonalTable[] = [
  table({ table: 'wins', personIds: ['author_id'], identifiers: [], forget: 'delete', exportAs: 'win', retention: null, note: 'Wins and setbacks; kept until their author deletes them (retention never purges them).' }),
  table({
    table: 'endorsements', personIds: ['person_id'], identifiers: [], forget: 'delete', exportAs: 'endorsement', retention: null,
    ownedVia: { column: 'win_id', table: 'wins', key: 'id', owner: 'author_id', omit: ['person_id'] },
    note: 'Given: the person_id is theirs. Received: exported without who gave them.',
  }),
  table({
    table: 'artifact_checks', personIds: [], identifiers: [], forget: 'delete', exportAs: null, retention: null,
    ownedVia: { column: 'win_id', table: 'wins', key: 'id', owner: 'author_id', omit: [] },
    note: 'Whether each artifact of their wins was confirmed, with a one-line reason; goes with the win. Not exported: the win is.',
  }),
  table({ table: 'artifact_facts', personIds: [], identifiers: ['people'], forget: 'delete', exportAs: null, retention: null, note: 'A cache of what providers said about linked work, with the logins and emails they name; rows quoting their email go.' }),
  table({ table: 'checkin_answers', personIds: ['person_id'], identifiers: [], forget: 'delete', exportAs: 'checkin-answer', retention: 'at', note: 'Nothing this week / Snooze answers.' }),
  table({ table: 'identity_mappings', personIds: ['person_id'], identifiers: ['identity'], forget: 'delete', exportAs: 'identity', retention: null, note: 'Which provider identities are theirs.' }),
  table({ table: 'usage_records', personIds: ['person_id'], identifiers: ['identity'], byEmail: ['identity'], forget: 'delete', exportAs: 'usage', retention: 'day', note: 'Per-day usage; unmatched records under their email are theirs too.' }),
  table({ table: 'rejected_import_rows', personIds: [], identifiers: ['raw'], forget: 'delete', exportAs: null, retention: 'created_at', note: 'Rejected input lines may quote an email; forget deletes those quoting theirs. Not exported: a raw line can name others.' }),
  table({ table: 'memberships', personIds: ['person_id'], identifiers: [], forget: 'delete', exportAs: 'membership', retention: null, note: 'Teams they belong to or lead.' }),
  table({ table: 'deliveries', personIds: [], identifiers: [], personTarget: 'target', forget: 'delete', exportAs: null, retention: null, note: 'Their check-ins and reminders (target person:<id>) go. Team digests already sent are kept as sent: they are not rewritten.' }),
  table({ table: 'import_runs', personIds: ['actor_id'], identifiers: [], forget: 'detach', exportAs: null, retention: null, note: 'A run stays; who started it is cleared.' }),
  table({ table: 'audit_log', personIds: ['actor_id', 'subject_id'], identifiers: ['target', 'detail'], forget: 'pseudonymise', exportAs: 'audit', retention: null, note: 'Entries stay for accountability, about a pseudonym instead of the person.' }),
  table({
    table: 'conversation_references', personIds: [], identifiers: ['key', 'reference'], personAddress: { platform: 'platform', key: 'key' }, forget: 'delete', exportAs: null, retention: null,
    note: 'Where Teams can reach a chat (service URL, conversation, tenant, bot). A person\'s 1:1 address is keyed by their platform id and goes with them; shared addresses (a channel, the service) are stored without the sender. Not exported: it is the platform\'s address, not something they said.',
  }),
  table({ table: 'people', personIds: ['id'], identifiers: ['platform_user_id', 'display_name', 'email'], forget: 'delete', exportAs: 'profile', retention: null, note: 'The profile itself, last.' }),
  table({ table: 'teams', personIds: [], identifiers: [], forget: 'none', exportAs: null, retention: null, note: 'Team names and channels: nobody\'s personal data.' }),
  table({ table: 'team_holidays', personIds: [], identifiers: [], forget: 'none', exportAs: null, retention: null, note: 'Team days off.' }),
  table({ table: 'settings', personIds: [], identifiers: [], forget: 'none', exportAs: null, retention: null, note: 'Workspace and team settings.' }),
  table({ table: 'seen_requests', personIds: [], identifiers: [], forget: 'none', exportAs: null, retention: null, note: 'Request signatures and event ids held ten minutes against replays: no person in them.' }),
];

/** The entry of a table, or undefined when the map does not know it. */
export const personalTable = (name: string): PersonalTable | undefined => PERSONAL_DATA.find((t) => t.table === name);

/** Tables retention purges, with the column that dates each row. */
export const RETAINED_TABLES = PERSONAL_DATA.filter((t): t is PersonalTable & { retention: string } => t.retention !== null);

/** A stable-looking pseudonym for a forgotten person; `token` is random, made by the caller. */
export const pseudonymFor = (token: string): string => `forgotten-${token}`;
