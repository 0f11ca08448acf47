import { assertNever, sparkline } from '../../src/index.js';
import type { Action, Block, Form, Message, Span } from '../../src/index.js';

/** A message rendered for a terminal, with the buttons it offers in display order. */
export interface PlainTextReply {
  text: string;
  /** `buttons[0]` is shown as `[numberFrom]`, `buttons[1]` as `[numberFrom + 1]`, … */
  buttons: Action[];
}

/** Options for {@link toPlainText}. */
export interface PlainTextOptions {
  /** The number shown on the first button, so `press <n>` can name it. */
  numberFrom: number;
}

const DIVIDER = '─'.repeat(40);
const SMALL_MARK = '  ┊ ';
const ERROR_MARK = '✗ ';

/**
 * Renders a message as plain terminal text (no ANSI, so it reads the same piped).
 * Pure: the caller decides where the text goes and what `press <n>` means.
 */
export function toPlainText(message: Message, options: PlainTextOptions): PlainTextReply {
  const buttons: Action[] = [];
  const parts: string[] = [];
  for (const block of message.blocks) {
    const rendered = renderBlock(block, options.numberFrom + buttons.length, buttons);
    if (rendered === '') continue;
    // A header opens a section; a blank line before it keeps sections apart.
    if (block.type === 'header' && parts.length > 0) parts.push('');
    parts.push(rendered);
  }
  let text = parts.length > 0 ? parts.join('\n') : message.summary;
  if (message.errorCode !== undefined && text !== '') text = ERROR_MARK + text;
  return { text, buttons };
}

/** Renders one block; action blocks also append their buttons to `buttons`. */
function renderBlock(block: Block, firstNumber: number, buttons: Action[]): string {
  switch (block.type) {
    case 'header':
      return `== ${block.text} ==`;
    case 'text':
      return renderSpans(block.spans);
    case 'fields':
      return renderFields(block.fields);
    case 'list':
      return renderList(block.items, block.more);
    case 'trend':
      return [block.label, sparkline(block.values), block.note].filter((part) => part !== '').join('  ');
    case 'actions':
      buttons.push(...block.actions);
      return block.actions.map((action, i) => `[${firstNumber + i}] ${action.label}`).join('  ');
    case 'form':
      return renderForm(block.form);
    case 'small':
      return prefixLines(renderSpans(block.spans), SMALL_MARK, SMALL_MARK);
    case 'divider':
      return DIVIDER;
    default:
      return assertNever(block);
  }
}

/** Joins inline content: mentions as `@Name`, links as `label <url>`, styles as light markup. */
export function renderSpans(spans: Span[]): string {
  return spans.map(renderSpan).join('');
}

function renderSpan(span: Span): string {
  switch (span.type) {
    case 'text':
      return styled(span.text, span.style);
    case 'mention':
      return `@${span.name}`;
    case 'link':
      return span.label === '' || span.label === span.url ? span.url : `${span.label} <${span.url}>`;
    default:
      return assertNever(span);
  }
}

function styled(text: string, style: 'bold' | 'italic' | 'code' | undefined): string {
  if (style === undefined) return text;
  const mark = style === 'bold' ? '*' : style === 'italic' ? '_' : '`';
  // Keep surrounding spaces outside the marks: `*12 wins* this week`, not `*12 wins *this week`.
  const match = /^(\s*)(.*?)(\s*)$/s.exec(text);
  if (match === null || match[2] === '') return text;
  return `${match[1]}${mark}${match[2]}${mark}${match[3]}`;
}

function renderFields(fields: { label: string; value: string }[]): string {
  const width = Math.max(0, ...fields.map((field) => field.label.length + 1));
  const indent = ' '.repeat(width + 1);
  return fields
    .map((field) => prefixLines(field.value, `${field.label}:`.padEnd(width) + ' ', indent))
    .join('\n');
}

function renderList(items: Span[][], more: number | undefined): string {
  const lines = items.map((item) => prefixLines(renderSpans(item), '  • ', '    '));
  if (more !== undefined && more > 0) lines.push(`  …and ${more} more`);
  return lines.join('\n');
}

function renderForm(form: Form): string {
  const lines = [form.title];
  for (const field of form.fields) {
    const need = field.optional === true ? 'optional' : 'required';
    const initial = field.initial !== undefined && field.initial !== '' ? `: ${field.initial}` : '';
    lines.push(`  ${field.label} (${need})${initial}`);
    if (field.error !== undefined) lines.push(`    ${ERROR_MARK}${field.error}`);
  }
  return lines.join('\n');
}


/** Prefixes the first line with `first` and every following line with `rest`. */
function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? first : rest) + line)
    .join('\n');
}
