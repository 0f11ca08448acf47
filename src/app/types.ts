import type { ActionId, Form, Message } from '../core/message.js';
import type { Platform, WinSource } from '../core/types.js';

/** Who is talking to shiplog, as the adapter knows them from the platform. */
export interface Caller {
  platform: Platform;
  platformUserId: string;
  displayName: string;
  email?: string | null;
  /** IANA zone from the platform profile, when it has one. */
  timeZone?: string | null;
  /** The platform says this person administers the workspace (Slack admin/owner). */
  isPlatformAdmin?: boolean;
  /**
   * The platform names its workspace admins (Slack admins and owners, unless
   * `SLACK_ADMINS_FROM_WORKSPACE=false`): then `isPlatformAdmin` (or `SHIPLOG_ADMINS`) makes
   * admins, never being first to write. Set on every request, also when the look-up failed.
   */
  platformNamesAdmins?: boolean;
  /** The person's directory id where the platform has one (Teams: the Entra/AAD object id), for `SHIPLOG_ADMINS`. */
  directoryId?: string | null;
  /**
   * Profiles of the people this request mentions, as the platform gave them (Slack
   * `users.info`, the Teams roster), so someone first met as a mention arrives with a
   * name and email their usage can be matched by.
   */
  introduced?: IntroducedPerson[];
}

/** A person the platform describes on someone else's request (a mention). */
export interface IntroducedPerson {
  platformUserId: string;
  displayName: string;
  email?: string | null;
  timeZone?: string | null;
}

export interface CommandOptions {
  /** Where a logged win came from; defaults to `command`. */
  source?: WinSource;
  /** Idempotency key for retried deliveries (Slack event id): the same key never logs twice. */
  dedupeKey?: string;
  /** A file sent with the command (a CSV attached to `import`), read as a stream. */
  attachment?: { name: string; content: AsyncIterable<Uint8Array | string> };
}

/** A form submission either succeeds with a reply or names the fields to fix. */
export type FormOutcome =
  | { ok: true; message: Message }
  /** `form`: the form again, with what was entered and each error under its field (Teams re-renders it). */
  | { ok: false; fieldErrors: Record<string, string>; message: Message; form?: Form };

/** What every adapter calls. Replies are message models for the adapter to render. */
export interface ShiplogApp {
  /** Registers the caller on first contact (the first person becomes admin); says whether they were new. */
  ensurePerson(caller: Caller): Promise<{ created: boolean }>;
  /** A typed command line (`log …`, `team add …`), without the `/shiplog` prefix. */
  handleCommand(caller: Caller, line: string, options?: CommandOptions): Promise<Message>;
  /** Free text in the bot's DM: a command when it reads as one, otherwise a win. */
  handleDirectMessage(caller: Caller, line: string, options?: CommandOptions): Promise<Message>;
  /** A button press on a message shiplog sent. */
  handleAction(caller: Caller, action: ActionId, value: string): Promise<Message>;
  /**
   * Checks a filled-in form's fields without touching anything, so an adapter can show field
   * errors in its acknowledgement and do the saving after it. Pure and fast.
   */
  checkForm(formId: string, values: Record<string, string>): Extract<FormOutcome, { ok: false }> | null;
  /**
   * Takes a request's identifying keys (signature, trigger id, event id) the first time any of
   * them is seen: false means a replay or a retry already taken, here or before a restart.
   */
  claimRequest(keys: readonly string[]): Promise<boolean>;
  /** A filled-in form (`log-win`, `edit-win:<id>`); `options.source` says where a logged win came from (default `form`). */
  submitForm(caller: Caller, formId: string, values: Record<string, string>, options?: CommandOptions): Promise<FormOutcome>;
  /** The caller's own home page (Slack App Home): recent wins, check-in preferences, actions. */
  homeView(caller: Caller): Promise<Message>;
  /**
   * Sends the check-ins, reminders and digests due now (the app clock), catching up on the
   * last 24 h. With `since`, first runs every due moment after `since`, in order, as a
   * clock that jumped forward would have seen them (the console's `tick`). With
   * `pullsInBackground` (the scheduler's tick) the due usage pulls and artifact re-checks start but are not awaited,
   * so a slow provider never holds back the next tick's check-ins and digests; at most one
   * round of pulls runs at a time.
   */
  runDue(options?: { since?: Date; pullsInBackground?: boolean }): Promise<DueReport>;
  /**
   * Resolves once work started after earlier replies (artifact checks and their follow-ups)
   * and the provider calls started in the background (see `runDue`) have finished.
   */
  idle(): Promise<void>;
}

/** What a run of due deliveries did, as `kind target period` keys. */
export interface DueReport {
  sent: string[];
  skipped: string[];
  failed: string[];
}
