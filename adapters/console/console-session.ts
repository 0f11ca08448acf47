import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { commandOf } from '../../src/index.js';
import type { Action, Caller, FileAttachment, Form, FormOutcome, Message, ShiplogApp } from '../../src/index.js';
import { consoleHelpLines, consoleHelpTopic } from './console-help.js';
import { fillForm } from './form-fill.js';
import type { FormFill, FormStep } from './form-fill.js';
import { toPlainText } from './to-plain-text.js';
import { describeTick, parseTick, type Tick } from './tick-command.js';

/** Whether the session goes on after a line. */
export type LineResult = 'continue' | 'quit';

/** Options for {@link createConsoleSession}. */
export interface ConsoleSessionOptions {
  /** The person typing at the start, as they would write their name. */
  userName: string;
  /** Writes one reply (possibly several lines) for the person to read. */
  say: (text: string) => void;
  /** Records a bug with its reference; the default writes the stack to stderr. */
  logError?: (ref: string, error: unknown) => void;
  /** Sets the app's clock for `tick <when> [zone]`; without it, `tick` is not offered. */
  tick?: Tick;
  /** Where files that come with a reply (`export me`) are written; default `data/exports`. */
  filesDir?: string;
}

/** A terminal conversation with shiplog, independent of streams. */
export interface ConsoleSession {
  /** Handles one typed line; resolves to `'quit'` once the person ends the session. */
  handleLine(line: string): Promise<LineResult>;
  /** The prompt of the form field being asked (`Text: `), or null at the command prompt. */
  fieldPrompt(): string | null;
  /** The display name of the person currently typing. */
  currentName(): string;
  /**
   * A message shiplog sent on its own (a check-in, a reminder): its buttons become
   * pressable, and a DM opens a conversation in which the recipient's free text is a reply.
   */
  offerButtons(buttons: Action[], dmTo?: string): void;
}

const MAX_NAME = 40;

/**
 * Turns typed lines into app calls: `as <name>` switches person, `press <n>` presses a
 * button of the latest reply that had buttons, a reply with a form is filled in field by
 * field (a line that is a command closes the form and runs), `quit`/`exit` end, anything
 * else is a shiplog command; or, for someone shiplog has just sent a DM (a check-in), a
 * message in that DM, so that a free-text answer is logged as a win as it is in Slack.
 */
export function createConsoleSession(app: ShiplogApp, options: ConsoleSessionOptions): ConsoleSession {
  const filesDir = options.filesDir ?? path.resolve('data', 'exports');
  return new Session(app, options.say, options.logError ?? writeStack, consoleCaller(options.userName), options.tick ?? null, filesDir);
}

class Session implements ConsoleSession {
  /** The buttons of the latest reply that had any; `press 1` is `buttons[0]`. */
  private buttons: Action[] = [];
  private fill: FormFill | null = null;
  /** People (console user ids) with a DM from shiplog they have not answered yet. */
  private readonly openDms = new Set<string>();

  constructor(
    private readonly app: ShiplogApp,
    private readonly say: (text: string) => void,
    private readonly logError: (ref: string, error: unknown) => void,
    private caller: Caller,
    private readonly setClock: Tick | null,
    private readonly filesDir: string,
  ) {}

  async handleLine(line: string): Promise<LineResult> {
    try {
      return await this.route(line.trim());
    } catch (error) {
      // NOTE: the console's one error policy: a bug in the app never ends the session.
      this.fill = null;
      const ref = randomBytes(4).toString('hex');
      this.logError(ref, error);
      this.say(`Something went wrong (ref ${ref}); the error was logged.`);
      return 'continue';
    }
  }

  fieldPrompt(): string | null {
    return this.fill === null ? null : this.fill.prompt();
  }

  offerButtons(buttons: Action[], dmTo?: string): void {
    this.buttons = buttons;
    if (dmTo !== undefined) this.openDms.add(dmTo);
  }

  currentName(): string {
    return this.caller.displayName;
  }

  private async route(line: string): Promise<LineResult> {
    if (/^(quit|exit)$/i.test(line)) return 'quit';
    if (this.fill !== null && !this.fill.isChoice(line) && isCommandLine(line, this.fill.asksFreeText())) {
      this.fill = null;
      this.say(`(Form closed: "${line.split(/\s+/)[0]}" is a command. Nothing was submitted.)`);
    }
    if (this.fill !== null) await this.onFormStep(this.fill, this.fill.answer(line));
    else if (line === '') return 'continue';
    else if (/^as(\s|$)/i.test(line)) await this.switchTo(line.slice(2).trim());
    else if (/^press(\s|$)/i.test(line)) await this.press(line.slice(5).trim());
    else if (this.setClock !== null && /^tick(\s|$)/i.test(line)) await this.tick(this.setClock, line.slice(4).trim());
    else if (/^help(\s|$)/i.test(line)) await this.help(line);
    else if (this.openDms.has(this.caller.platformUserId)) await this.inDm(line);
    else await this.reply(await this.app.handleCommand(this.caller, line, { source: 'console' }));
    // NOTE: the console waits for checks started by the line (a verified win's follow-up),
    // so a transcript reads in order and nothing is cut off at the end of piped input.
    await this.app.idle();
    return 'continue';
  }

  /** A line in the DM shiplog opened: commands run, anything else answers the check-in. */
  private async inDm(line: string): Promise<void> {
    const message = await this.app.handleDirectMessage(this.caller, line);
    // The DM is answered once shiplog logged the reply (its confirmation offers Undo).
    if (message.blocks.some((b) => b.type === 'actions' && b.actions.some((a) => a.id === 'undo-win'))) {
      this.openDms.delete(this.caller.platformUserId);
    }
    await this.reply(message);
  }

  /** shiplog's help, with the console's own commands under the overview. */
  private async help(line: string): Promise<void> {
    const topic = line.slice(4).trim();
    const own = topic === '' ? null : consoleHelpTopic(topic, this.setClock !== null);
    if (own !== null) return own.forEach((l) => this.say(l));
    await this.reply(await this.app.handleCommand(this.caller, line, { source: 'console' }));
    if (topic === '') this.say(consoleHelpLines(this.setClock !== null).join('\n'));
  }

  private async switchTo(name: string): Promise<void> {
    const problem = nameProblem(name);
    if (problem !== null) return this.say(problem);
    this.caller = consoleCaller(name);
    const { created } = await this.app.ensurePerson(this.caller);
    this.say(created ? `You are now ${name} (new to shiplog).` : `You are now ${name}.`);
  }

  private async tick(setClock: Tick, args: string): Promise<void> {
    const parsed = parseTick(args);
    if (!parsed.ok) return this.say(parsed.message);
    this.say(describeTick(parsed.shown, await setClock(parsed.at)));
  }

  private async press(arg: string): Promise<void> {
    if (!/^\d+$/.test(arg)) return this.say('Type press and a button number, e.g. press 1.');
    if (this.buttons.length === 0) return this.say('There are no buttons to press yet.');
    const action = this.buttons[Number(arg) - 1];
    if (action === undefined) {
      return this.say(`There is no button ${arg}; the last reply had ${buttonRange(this.buttons.length)}.`);
    }
    this.openDms.delete(this.caller.platformUserId);
    await this.reply(await this.app.handleAction(this.caller, action.id, action.value));
  }

  private async reply(message: Message): Promise<void> {
    const rendered = toPlainText(message, { numberFrom: 1 });
    if (rendered.text !== '') this.say(rendered.text);
    for (const file of message.files ?? []) this.say(`Wrote ${this.writeFile(file)}`);
    if (rendered.buttons.length > 0) this.buttons = rendered.buttons;
    const form = message.blocks.find((block) => block.type === 'form')?.form;
    if (form === undefined) return;
    this.say('(Answer each field; Enter skips an optional one; cancel, or any command, stops.)');
    await this.startFill(fillForm(form));
  }

  /** A reply's file, written for the person at the terminal only (owner read/write). */
  private writeFile(file: FileAttachment): string {
    fs.mkdirSync(this.filesDir, { recursive: true, mode: 0o700 });
    const { name, ext } = path.parse(path.basename(file.name));
    // 'wx' never replaces a file already there: the next free name is taken instead.
    for (let n = 1; ; n += 1) {
      const target = path.join(this.filesDir, n === 1 ? `${name}${ext}` : `${name}-${n}${ext}`);
      try {
        fs.writeFileSync(target, file.content, { mode: 0o600, flag: 'wx' });
        return target;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  }

  private async startFill(fill: FormFill): Promise<void> {
    this.fill = fill;
    await this.onFormStep(fill, fill.first());
  }

  private async onFormStep(fill: FormFill, step: FormStep): Promise<void> {
    step.lines?.forEach((line) => this.say(line));
    if (step.kind !== 'submit') {
      if (step.kind === 'cancel') this.fill = null;
      return;
    }
    this.fill = null;
    const outcome = await this.app.submitForm(this.caller, fill.form.id, step.values);
    await this.onOutcome(fill.form, outcome, step.values, fill.round);
  }

  /**
   * On field errors, shows them and re-asks only those fields, keeping the other answers.
   * Asked once again and still refused, optional fields are left empty and the rest is
   * submitted; a required one cancels. Either way the form ends.
   */
  private async onOutcome(form: Form, outcome: FormOutcome, values: Record<string, string>, round: number): Promise<void> {
    if (outcome.ok) return this.reply(outcome.message);
    const labels = new Map(form.fields.map((field) => [field.id, field.label]));
    for (const [id, error] of Object.entries(outcome.fieldErrors)) this.say(`✗ ${labels.get(id) ?? id}: ${error}`);
    const refused = form.fields.filter((field) => field.id in outcome.fieldErrors);
    // NOTE: errors that name no field of the form cannot be re-asked; show the app's reply instead.
    if (refused.length === 0) return this.reply(outcome.message);
    if (round === 0) return this.startFill(fillForm(form, { only: refused.map((f) => f.id), values, round: 1 }));
    if (round > 1 || refused.some((field) => field.optional !== true)) return this.say('Cancelled — nothing was submitted.');
    // Refused answers fall back to what the field held before (an edit), else to nothing.
    const kept: Record<string, string> = Object.fromEntries(Object.entries(values).filter(([id]) => !(id in outcome.fieldErrors)));
    for (const field of refused) if (field.initial !== undefined && field.initial !== '') kept[field.id] = field.initial;
    this.say(`Left ${refused.map((f) => f.label).join(', ')} ${refused.every((f) => f.initial) ? 'as it was' : 'empty'}.`);
    const again = await this.app.submitForm(this.caller, form.id, kept);
    await this.onOutcome(form, again, kept, round + 1);
  }
}

/**
 * A line that runs rather than answers a form field: a console word or a whole shiplog
 * command; but in a free-text field a line that reads as a win ("shipped the export") is
 * the answer.
 */
function isCommandLine(line: string, freeText: boolean): boolean {
  if (/^(as|press|tick|help)(\s|$)/i.test(line)) return true;
  const command = commandOf(line);
  return command !== null && !(freeText && (command === 'log' || command === 'setback'));
}

/** The console knows people only by the name typed; the app creates them on first contact. */
function consoleCaller(name: string): Caller {
  return { platform: 'console', platformUserId: name.toLowerCase(), displayName: name };
}

/** Why a name cannot be used, or null when it can: 1–40 printable characters. */
export function nameProblem(name: string): string | null {
  const length = [...name].length;
  if (length === 0 || length > MAX_NAME || /\p{Cc}/u.test(name)) {
    return `A name is 1–${MAX_NAME} printable characters, e.g. as Sam.`;
  }
  return null;
}

function buttonRange(count: number): string {
  return count === 1 ? 'button 1' : `buttons 1–${count}`;
}

function writeStack(ref: string, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`[ref ${ref}] ${detail}\n`);
}
