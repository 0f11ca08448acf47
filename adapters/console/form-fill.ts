import type { Form, FormField } from '../../src/index.js';

/** What happens after a line typed into a form. */
export type FormStep =
  /** Show `lines`, then prompt the current field again or the next one. */
  | { kind: 'ask'; lines: string[] }
  /** Every field has an answer: submit these values. */
  | { kind: 'submit'; values: Record<string, string>; lines?: string[] }
  /** The person gave up (or left a required field empty twice); nothing is submitted. */
  | { kind: 'cancel'; lines: string[] };

/** Filling in one form, one field a line. */
export interface FormFill {
  readonly form: Form;
  /** The prompt for the field being asked, e.g. `Text: ` or `Link (optional): `; '' when done. */
  prompt(): string;
  /** The opening step: introduce the first field, or submit at once when nothing is asked. */
  first(): FormStep;
  /** Takes one typed line as the answer to the current field. */
  answer(line: string): FormStep;
  /** True while the field being asked takes free text (not a choice). */
  asksFreeText(): boolean;
  /** True when the line is one of the choices of the field being asked. */
  isChoice(line: string): boolean;
  /** 0 for a first fill; 1 and up when re-asking fields the app refused. */
  readonly round: number;
}

/** Which fields to ask and what is already known, e.g. when re-asking after field errors. */
export interface FillOptions {
  /** Ask only these field ids (in form order); all fields when absent. */
  only?: string[];
  /** Answers kept from an earlier round; re-asked fields are dropped from them. */
  values?: Record<string, string>;
  /** Which round of asking this is (0 first). */
  round?: number;
}

const CANCELLED = 'Cancelled — nothing was submitted.';

/**
 * Walks a form field by field. Empty optional answers are left out of the values (as a
 * modal omits untouched inputs); an empty answer to a field with an initial value keeps it.
 * A field is asked again at most once: a second bad answer leaves an optional field empty
 * and cancels on a required one, so piped input is never swallowed by one field.
 */
export function fillForm(form: Form, options: FillOptions = {}): FormFill {
  return new FieldByField(form, options);
}

class FieldByField implements FormFill {
  private readonly queue: FormField[];
  private readonly values: Record<string, string>;
  private index = 0;
  private emptyTries = 0;
  private badTries = 0;
  readonly round: number;

  constructor(
    readonly form: Form,
    options: FillOptions,
  ) {
    this.round = options.round ?? 0;
    const only = options.only;
    this.queue = only === undefined ? form.fields : form.fields.filter((field) => only.includes(field.id));
    this.values = { ...options.values };
    for (const field of this.queue) delete this.values[field.id];
  }

  prompt(): string {
    const field = this.queue[this.index];
    if (field === undefined) return '';
    const optional = field.optional === true ? ' (optional)' : '';
    // A label that is a question reads better without a colon: `What did AI help you ship? `.
    return /[?:]$/.test(field.label) && optional === '' ? `${field.label} ` : `${field.label}${optional}: `;
  }

  asksFreeText(): boolean {
    const field = this.queue[this.index];
    return field !== undefined && field.kind !== 'select';
  }

  isChoice(line: string): boolean {
    const field = this.queue[this.index];
    return field !== undefined && field.kind === 'select' && parseAnswer(field, line.trim()).ok;
  }

  first(): FormStep {
    const field = this.queue[this.index];
    return field === undefined ? this.submit() : { kind: 'ask', lines: introduce(field) };
  }

  answer(line: string): FormStep {
    const field = this.queue[this.index];
    const typed = line.trim();
    if (field === undefined) return this.submit();
    if (typed.toLowerCase() === 'cancel') return { kind: 'cancel', lines: [CANCELLED] };
    if (typed === '') return this.answerEmpty(field);
    const parsed = parseAnswer(field, typed);
    if (!parsed.ok) return this.answerBad(field, parsed.problem);
    this.values[field.id] = parsed.value;
    return this.advance();
  }

  private answerEmpty(field: FormField): FormStep {
    if (field.initial !== undefined && field.initial !== '') {
      this.values[field.id] = field.initial;
      return this.advance();
    }
    if (field.optional === true) return this.advance();
    this.emptyTries += 1;
    if (this.emptyTries > 1) return { kind: 'cancel', lines: [`${field.label} is required. ${CANCELLED}`] };
    return { kind: 'ask', lines: [`${field.label} is required — type it, or cancel to stop.`] };
  }

  private answerBad(field: FormField, problem: string): FormStep {
    this.badTries += 1;
    if (this.badTries === 1) return { kind: 'ask', lines: [problem] };
    if (field.optional !== true) return { kind: 'cancel', lines: [`${problem} ${CANCELLED}`] };
    const kept = field.initial !== undefined && field.initial !== '';
    if (kept) this.values[field.id] = field.initial!;
    const next = this.advance();
    const skipped = `${problem} ${kept ? `Kept ${field.label} as it was.` : `Left ${field.label} empty.`}`;
    return next.kind === 'submit' ? { ...next, lines: [skipped] } : { ...next, lines: [skipped, ...next.lines] };
  }

  private advance(): FormStep {
    this.index += 1;
    this.emptyTries = 0;
    this.badTries = 0;
    return this.first();
  }

  private submit(): FormStep {
    return { kind: 'submit', values: { ...this.values } };
  }
}

/** Lines shown before a field's prompt. */
function introduce(field: FormField): string[] {
  const lines: string[] = [];
  if (field.error !== undefined) lines.push(`✗ ${field.label}: ${field.error}`);
  const options = field.kind === 'select' ? (field.options ?? []) : [];
  options.forEach((option, i) => {
    const isCurrent = option.value === field.initial ? ' (current)' : '';
    lines.push(`  ${i + 1}) ${option.label}${isCurrent}`);
  });
  if (options.length === 0 && field.initial !== undefined && field.initial !== '') {
    lines.push(`  now: ${field.initial} — press Enter to keep it`);
  }
  return lines;
}

type Parsed = { ok: true; value: string } | { ok: false; problem: string };

/** Checks one answer: selects take a number, a value or a label; text respects maxLength. */
function parseAnswer(field: FormField, typed: string): Parsed {
  const options = field.kind === 'select' ? (field.options ?? []) : [];
  if (options.length > 0) {
    const byNumber = /^\d+$/.test(typed) ? options[Number(typed) - 1] : undefined;
    const lower = typed.toLowerCase();
    const chosen =
      byNumber ??
      options.find((option) => option.value.toLowerCase() === lower || option.label.toLowerCase() === lower);
    if (chosen !== undefined) return { ok: true, value: chosen.value };
    const values = options.map((option) => option.value).join(', ');
    return { ok: false, problem: `Pick a number from 1 to ${options.length}, or one of: ${values}.` };
  }
  const length = [...typed].length;
  if (field.maxLength !== undefined && length > field.maxLength) {
    return { ok: false, problem: `${field.label} can be at most ${field.maxLength} characters (this is ${length}).` };
  }
  return { ok: true, value: typed };
}
