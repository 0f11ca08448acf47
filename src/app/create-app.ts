/** The app: the one object every adapter talks to. */
import { parseCommand } from '../core/grammar/parse-command.js';
import { excerpt } from '../core/grammar/sanitize.js';
import { text, type ActionId, type Message } from '../core/message.js';
import { errorMessage, note } from '../core/replies/basic.js';
import { fail, ok, type Failure, type Result } from '../core/result.js';
import { EDIT_FORM_PREFIX, LOG_FORM_ID, validateWinForm, winForm, winFormAgain } from '../core/forms.js';
import { ACTION_ROLES, actionLabel, formRole } from '../core/permissions.js';
import { authorize } from './authorize.js';
import { digestSend } from './commands/digest-send.js';
import { forgetById, forgetMe } from './commands/forget.js';
import { endorseWin, undoWin } from './commands/change-win.js';
import { logWin, ownWin } from './commands/log-win.js';
import { editWinFromForm } from './commands/edit-from-form.js';
import { nudges } from './commands/presence.js';
import type { WinSource } from '../core/types.js';
import { home } from './home.js';
import { buildContext, type AppDeps, type Ctx } from './context.js';
import { runCommand } from './run-command.js';
import { answerCheckin } from './commands/checkin-answer.js';
import { deliveryDeps } from './deliveries/engine.js';
import { runDue, runDueBetween } from './deliveries/run-due.js';
import { runIngestDue } from './deliveries/run-ingest-due.js';
import { runRetentionDue } from './deliveries/run-retention-due.js';
import type { CommandOptions, DueReport, FormOutcome, ShiplogApp } from './types.js';
import { BackgroundWork } from './verify/background.js';
import { runVerifyDue } from './verify/run-verify-due.js';

/** Platforms refuse requests older than 5 minutes; keys are kept twice that, for clock skew. */
const REPLAY_WINDOW_MS = 10 * 60 * 1000;

const reply = (result: Result<Message>): Message => (result.ok ? result.value : errorMessage(result.error));

/** The reply, with how admins are chosen for a newcomer to a workspace that has none (a refusal says it already). */
function answer(ctx: Ctx, result: Result<Message>): Message {
  const message = reply(result);
  if (!ctx.newcomerWithoutAdmins || message.errorCode === 'AUTH.FORBIDDEN') return message;
  return { ...message, blocks: [...message.blocks, { type: 'small', spans: [text(ctx.howAdminsAreChosen())] }] };
}

export function createApp(given: AppDeps): ShiplogApp {
  const deps: AppDeps = { ...given, background: given.background ?? new BackgroundWork(given.log) };
  // Provider calls (usage pulls, artifact re-checks) can hang; the scheduler runs them off its tick.
  let pulling: Promise<void> | null = null;
  const remoteInBackground = (now: Date): void => {
    if (pulling !== null) return;
    pulling = remoteDue(deps, now).then(
      (report) => { if (report.sent.length + report.failed.length > 0) deps.log.info({ ...report }, 'usage pulls and re-checks'); },
      (error: unknown) => deps.log.error({ err: error instanceof Error ? error.message : String(error) }, 'usage pulls failed'),
    ).finally(() => { pulling = null; });
  };
  return {
    async ensurePerson(caller) {
      const before = await deps.store.findPersonByPlatformId(caller.platform, caller.platformUserId);
      if (!before) await buildContext(deps, caller);
      return { created: before === null };
    },

    async handleCommand(caller, line, options) {
      const parsed = parseCommand(line);
      if (!parsed.ok) return errorMessage(parsed.error.code === 'COMMAND.UNKNOWN' ? withLogHint(parsed.error, line) : parsed.error);
      const ctx = await buildContext(deps, caller);
      return answer(ctx, await runCommand(ctx, parsed.value, options));
    },

    async handleDirectMessage(caller, line, options) {
      const parsed = parseCommand(line);
      const ctx = await buildContext(deps, caller);
      if (parsed.ok) return answer(ctx, offerLog(await runCommand(ctx, parsed.value, options), line));
      // In a DM, text that does not read as a command is an answer to "what did AI help you ship?".
      if (!readsAsWin(line, parsed.error.code)) return answer(ctx, offerLog({ ok: false, error: parsed.error }, line));
      return answer(ctx, await logWin(ctx, { kind: 'win', text: line, source: options?.source ?? 'checkin-reply', ...dedupe(options) }));
    },

    async handleAction(caller, action, value) {
      const ctx = await buildContext(deps, caller);
      return answer(ctx, await runAction(ctx, action, value));
    },

    claimRequest(keys) {
      return deps.store.claimRequestKeys(keys, new Date(deps.clock.now().getTime() + REPLAY_WINDOW_MS).toISOString());
    },

    checkForm(formId, values) {
      return invalidForm(formId, values);
    },

    async submitForm(caller, formId, values, options) {
      return submit(await buildContext(deps, caller), formId, values, options?.source ?? 'form');
    },

    async runDue(options) {
      const engine = deliveryDeps(deps);
      const now = deps.clock.now();
      const sent = engine === null ? { sent: [], skipped: [], failed: [] } : await (options?.since === undefined ? runDue(engine, now) : runDueBetween(engine, options.since, now));
      countDeliveries(deps, sent);
      // The purge sends nothing, so it is not in the report: the audit log has its counts.
      await runRetentionDue(deps, now);
      // Pulls come after the sends: a slow provider must not hold up a check-in or digest.
      if (options?.pullsInBackground === true) {
        remoteInBackground(now);
        return sent;
      }
      const remote = await remoteDue(deps, now);
      return { sent: [...sent.sent, ...remote.sent], skipped: [...sent.skipped, ...remote.skipped], failed: [...sent.failed, ...remote.failed] };
    },

    async idle() {
      await pulling;
      await deps.background?.idle();
    },

    async homeView(caller) {
      const ctx = await buildContext(deps, caller);
      return answer(ctx, await home(ctx));
    },
  };
}

async function remoteDue(deps: AppDeps, now: Date): Promise<DueReport> {
  const pulled = await runIngestDue({ ...deps, sources: deps.sources ?? [] }, now);
  const rechecked = await runVerifyDue({ ...deps, verifiers: deps.verifiers ?? [] }, now);
  const report = { sent: [...pulled.sent, ...rechecked.sent], skipped: rechecked.skipped, failed: [...pulled.failed, ...rechecked.failed] };
  countDeliveries(deps, report);
  return report;
}

/** Report keys are `kind target period`. */
function countDeliveries({ telemetry }: AppDeps, report: DueReport): void {
  if (telemetry === undefined) return;
  for (const state of ['sent', 'skipped', 'failed'] as const) {
    const byKind = new Map<string, number>();
    for (const key of report[state]) {
      const kind = key.split(' ')[0]!;
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    }
    for (const [kind, count] of byKind) telemetry.deliveries(kind, state, count);
  }
}

/** Command words that also open ordinary sentences ("back from leave, shipped…", "me and Ada fixed…"). */
const SENTENCE_OPENERS = new Set(['me', 'back', 'undo', 'away', 'help', 'nudges', 'settings', 'delete', 'edit', 'endorse']);

function readsAsWin(line: string, code: string): boolean {
  if (code === 'COMMAND.UNKNOWN') return true;
  const words = line.trim().split(/\s+/);
  return code === 'COMMAND.MALFORMED' && words.length >= 4 && SENTENCE_OPENERS.has(words[0]!.toLowerCase().replace(/[^a-z]/g, ''));
}

/**
 * A sentence that began with a command word ("Set up CI caching with Copilot") and failed as
 * a command may have been meant as a win: the answer says how to log it as one.
 */
function offerLog<T>(result: Result<T>, line: string): Result<T> {
  return result.ok ? result : { ok: false, error: withLogHint(result.error, line) };
}

function withLogHint(error: Failure, line: string): Failure {
  // A typo already answered with its correction ("Did you mean: log …") needs no second offer.
  if (line.trim().split(/\s+/).length < 3 || /\blog /.test(error.hint ?? '')) return error;
  const log = `To log it as a win instead: log ${excerpt(line.trim(), 200)}`;
  return { ...error, hint: error.hint === undefined ? log : `${error.hint} ${log}` };
}

const dedupe = (o?: CommandOptions): { dedupeKey?: string } => (o?.dedupeKey === undefined ? {} : { dedupeKey: o.dedupeKey });

function winId(value: string): number | null {
  return /^\d{1,12}$/.test(value) ? Number(value) : null;
}

async function runAction(ctx: Ctx, action: ActionId, value: string): Promise<Result<Message>> {
  // The audit keeps the button's id; the person reads its label.
  const allowed = await authorize(ctx, ACTION_ROLES[action], `press "${action}"`, 'button', `press "${actionLabel(action, value)}"`);
  if (!allowed.ok) return allowed;
  const id = winId(value);
  switch (action) {
    case 'log-win':
      return ok(formMessage(winForm(undefined, value || undefined)));
    case 'edit-win': {
      if (id === null) return fail('ACTION.BAD_VALUE', 'That button does not name a win.');
      const win = await ownWin(ctx, id);
      return win.ok ? ok(formMessage(winForm(win.value))) : win;
    }
    case 'undo-win':
      return id === null ? fail('ACTION.BAD_VALUE', 'That button does not name a win.') : undoWin(ctx, id);
    case 'endorse-win':
      return id === null ? fail('ACTION.BAD_VALUE', 'That button does not name a win.') : endorseWin(ctx, id);
    case 'set-nudges':
      return value === 'on' || value === 'off' ? nudges(ctx, value === 'on') : fail('ACTION.BAD_VALUE', 'That button does not say on or off.');
    case 'nothing-this-week':
      return answerCheckin(ctx, 'nothing', value);
    case 'snooze':
      return answerCheckin(ctx, 'snooze', value);
    case 'send-digest':
      return digestSend(ctx, value, false);
    case 'forget-me':
      return forgetMe(ctx, true);
    case 'forget-person':
      return forgetById(ctx, value);
  }
}

function formMessage(form: ReturnType<typeof winForm>): Message {
  return { summary: form.title, blocks: [{ type: 'form', form }], private: true };
}

/** The field errors of a win form, as a form outcome; null when every field is usable. */
function invalidForm(formId: string, values: Record<string, string>): Extract<FormOutcome, { ok: false }> | null {
  const checked = validateWinForm(values);
  if (checked.ok) return null;
  const lines = Object.entries(checked.fieldErrors).map(([field, error]) => `${field}: ${error}`);
  const form = winFormAgain(formId, values, checked.fieldErrors);
  return { ok: false, fieldErrors: checked.fieldErrors, message: { ...note(`Please fix: ${lines.join(' ')}`), errorCode: 'FORM.INVALID' }, ...(form && { form }) };
}

async function submit(ctx: Ctx, formId: string, values: Record<string, string>, source: WinSource): Promise<FormOutcome> {
  const role = formRole(formId);
  if (role === null) return { ok: false, fieldErrors: {}, message: errorMessage({ code: 'FORM.UNKNOWN', message: 'That form is no longer valid; start again.' }) };
  const allowed = await authorize(ctx, role, `submit "${formId}"`, 'form');
  if (!allowed.ok) return { ok: false, fieldErrors: {}, message: errorMessage(allowed.error) };
  const checked = validateWinForm(values);
  if (!checked.ok) return invalidForm(formId, values)!;
  const { text, visibility, category, minutes } = checked.value;
  let result: Result<Message>;
  if (formId === LOG_FORM_ID) {
    result = await logWin(ctx, { kind: 'win', text, source, visibility, ...(category && { category }), ...(minutes !== undefined && { minutes }) });
  } else if (formId.startsWith(EDIT_FORM_PREFIX) && winId(formId.slice(EDIT_FORM_PREFIX.length)) !== null) {
    result = await editWinFromForm(ctx, Number(formId.slice(EDIT_FORM_PREFIX.length)), checked.value);
  } else {
    result = fail('FORM.UNKNOWN', 'That form is no longer valid; start again.');
  }
  return result.ok ? { ok: true, message: result.value } : { ok: false, fieldErrors: {}, message: errorMessage(result.error) };
}

