import { assertNever, sparkline } from '../../src/index.js';
import type { Action, Block, Form, FormField, Message, Span } from '../../src/index.js';
import { DATA_MARK, SUBMIT_VERB, type AdaptiveCard, type CardAction, type CardData, type CardElement, type MentionEntity, type TextBlock } from './card-json.js';

/**
 * Teams refuses bot messages over about 28 KB (the figure every version of its docs allows);
 * a card is kept a little under it so the activity around it fits too.
 */
export const CARD_BYTES = 27 * 1024;
const TEXT_CHARS = 4000;
const LIST_ITEMS_PER_BLOCK = 20;
const FACTS_PER_SET = 30;
const FACT_CHARS = 600;

/** One rendered element with the mentions its text carries. */
interface Piece {
  element: CardElement;
  mentions: MentionEntity[];
}

const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

export function trimTo(value: string, max: number): string {
  const chars = [...value];
  return chars.length <= max ? value : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** Teams user ids look like `29:…`; only those can be mentioned (a Slack id would be refused). */
const isTeamsUserId = (id: string | undefined): id is string => id !== undefined && /^(29|8):/.test(id);

/**
 * Teams drops anything that looks like an HTML tag from card text (`<team>` in a usage line
 * would vanish), so angle brackets are sent as entities, which it shows as written.
 */
const escapeText = (value: string): string => value.replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Markdown emphasis must hug the words: `**Logged: **` is not bold, `**Logged:** ` is. */
function styled(value: string, style: 'bold' | 'italic' | 'code' | undefined): string {
  const mark = style === 'bold' ? '**' : style === 'italic' ? '_' : '';
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(value);
  if (mark === '' || !m || m[2] === '') return value;
  return `${m[1]}${mark}${m[2]}${mark}${m[3]}`;
}

/** Spans as Teams card markdown, with `<at>` mentions for Teams people. */
function spansToMarkdown(spans: Span[], mentions: MentionEntity[]): string {
  return spans
    .map((span) => {
      switch (span.type) {
        case 'text':
          return styled(escapeText(span.text), span.style);
        case 'mention': {
          if (!isTeamsUserId(span.platformUserId)) return `@${span.name}`;
          const text = `<at>${span.name}</at>`;
          if (!mentions.some((m) => m.text === text)) mentions.push({ type: 'mention', text, mentioned: { id: span.platformUserId, name: span.name } });
          return text;
        }
        case 'link':
          return `[${span.label.replace(/[[\]]/g, '')}](${span.url})`;
        default:
          return assertNever(span);
      }
    })
    .join('');
}

const textBlock = (text: string, extra: Partial<TextBlock> = {}): TextBlock => ({ type: 'TextBlock', text: trimTo(text, TEXT_CHARS), wrap: true, ...extra });
/** A text block of plain words (titles, notes): escaped like span text. */
const plainBlock = (text: string, extra: Partial<TextBlock> = {}): TextBlock => textBlock(escapeText(text), extra);

function spansPiece(spans: Span[], extra: Partial<TextBlock> = {}): Piece[] {
  const mentions: MentionEntity[] = [];
  const text = spansToMarkdown(spans, mentions);
  return text.trim() === '' ? [] : [{ element: textBlock(text, extra), mentions }];
}

function listPieces(items: Span[][], more: number | undefined): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < items.length; i += LIST_ITEMS_PER_BLOCK) {
    const mentions: MentionEntity[] = [];
    const lines = items.slice(i, i + LIST_ITEMS_PER_BLOCK).map((item) => `- ${trimTo(spansToMarkdown(item, mentions), 500)}`);
    out.push({ element: textBlock(lines.join('\n')), mentions });
  }
  if (more !== undefined && more > 0) out.push({ element: textBlock(`…and ${more} more`, { isSubtle: true, size: 'Small' }), mentions: [] });
  return out;
}

function factPieces(fields: { label: string; value: string }[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < fields.length; i += FACTS_PER_SET) {
    const facts = fields.slice(i, i + FACTS_PER_SET).map((f) => ({ title: trimTo(f.label, 100), value: trimTo(f.value, FACT_CHARS) }));
    out.push({ element: { type: 'FactSet', facts }, mentions: [] });
  }
  return out;
}

function executeAction(label: string, verb: string, data: CardData, style?: 'positive' | 'destructive'): CardAction {
  const title = trimTo(label || ' ', 60);
  return {
    type: 'Action.Execute',
    title,
    verb,
    data,
    ...(style && { style }),
    // NOTE: clients without Universal Actions show the fallback; the bot handles both shapes.
    fallback: { type: 'Action.Submit', title, data, ...(style && { style }) },
  };
}

function cardAction(action: Action): CardAction {
  const style = action.style === 'primary' ? 'positive' : action.style === 'danger' ? 'destructive' : undefined;
  return executeAction(action.label, action.id, { [DATA_MARK]: 'action', action: action.id, value: action.value }, style);
}

function inputPieces(field: FormField): Piece[] {
  const common = {
    id: field.id,
    label: trimTo(field.label, 200),
    ...(field.initial !== undefined && { value: field.initial }),
    ...(field.optional !== true && { isRequired: true, errorMessage: `${field.label} is required.` }),
  };
  const input: CardElement =
    field.kind === 'select'
      ? { type: 'Input.ChoiceSet', style: 'compact', choices: (field.options ?? []).map((o) => ({ title: o.label, value: o.value })), ...common }
      : { type: 'Input.Text', ...common, ...(field.kind === 'multiline' && { isMultiline: true }), ...(field.maxLength !== undefined && { maxLength: field.maxLength }) };
  const pieces: Piece[] = [{ element: input, mentions: [] }];
  // The error the bot found goes right under its field, as in a Slack modal.
  if (field.error !== undefined) pieces.push({ element: plainBlock(field.error, { color: 'Attention', size: 'Small', spacing: 'None', id: `${field.id}-error` }), mentions: [] });
  return pieces;
}

function formPieces(form: Form): Piece[] {
  const submitAction = executeAction(form.submitLabel, SUBMIT_VERB, { [DATA_MARK]: 'form', form: form.id }, 'positive');
  return [
    { element: plainBlock(form.title, { size: 'Medium', weight: 'Bolder' }), mentions: [] },
    ...form.fields.flatMap(inputPieces),
    { element: { type: 'ActionSet', actions: [submitAction] }, mentions: [] },
  ];
}

function renderBlock(block: Block): Piece[] {
  switch (block.type) {
    case 'header':
      return [{ element: plainBlock(trimTo(block.text || ' ', 200), { size: 'Large', weight: 'Bolder' }), mentions: [] }];
    case 'text':
      return spansPiece(block.spans);
    case 'fields':
      return factPieces(block.fields);
    case 'list':
      return listPieces(block.items, block.more);
    case 'trend':
      return [{ element: textBlock(`${styled(escapeText(block.label), 'bold')}  ${sparkline(block.values)}  ${escapeText(block.note)}`.trim()), mentions: [] }];
    case 'actions':
      return block.actions.length === 0 ? [] : [{ element: { type: 'ActionSet', actions: block.actions.map(cardAction) }, mentions: [] }];
    case 'form':
      return formPieces(block.form);
    case 'small':
      return spansPiece(block.spans, { size: 'Small', isSubtle: true });
    case 'divider':
      return [];
    default:
      return assertNever(block);
  }
}

/** Every block as card elements; a divider becomes a separator line on what follows it. */
function pieces(message: Message): Piece[] {
  const out: Piece[] = [];
  let separate = false;
  for (const block of message.blocks) {
    if (block.type === 'divider') {
      separate = out.length > 0;
      continue;
    }
    const rendered = renderBlock(block);
    if (separate && rendered[0] !== undefined) rendered[0] = { ...rendered[0], element: { ...rendered[0].element, separator: true } };
    if (rendered.length > 0) separate = false;
    out.push(...rendered);
  }
  if (out.length === 0) out.push({ element: plainBlock(message.summary.trim() || '…'), mentions: [] });
  if (message.errorCode !== undefined && out[0]?.element.type === 'TextBlock') out[0] = { ...out[0], element: { ...out[0].element, color: 'Attention' } };
  return out;
}

function card(message: Message, body: Piece[]): AdaptiveCard {
  const entities = body.flatMap((p) => p.mentions).filter((m, i, all) => all.findIndex((x) => x.text === m.text) === i);
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    fallbackText: trimTo(message.summary, 500),
    body: body.map((p) => p.element),
    ...(entities.length > 0 && { msteams: { entities } }),
  };
}

/** Shortens an element that alone is too big for a card (only text can be). */
function fitAlone(message: Message, piece: Piece): Piece {
  if (bytes(card(message, [piece])) <= CARD_BYTES || piece.element.type !== 'TextBlock') return piece;
  let text = piece.element.text;
  while (text.length > 1 && bytes(card(message, [{ ...piece, element: { ...piece.element, text } }])) > CARD_BYTES) text = trimTo(text, Math.floor(text.length * 0.8));
  return { ...piece, element: { ...piece.element, text } };
}

/**
 * Renders a message as Adaptive Cards 1.5. Pure and total: content that does not fit one
 * card under {@link CARD_BYTES} continues on the next card, in order.
 */
export function toAdaptiveCards(message: Message): AdaptiveCard[] {
  const cards: Piece[][] = [[]];
  for (const raw of pieces(message)) {
    const piece = fitAlone(message, raw);
    const current = cards[cards.length - 1]!;
    if (current.length > 0 && bytes(card(message, [...current, piece])) > CARD_BYTES) cards.push([piece]);
    else current.push(piece);
  }
  return cards.map((body) => card(message, body));
}

/**
 * One card for places that take exactly one (an `Action.Execute` answer replaces the card
 * in place): what does not fit is named in a closing "…and N more", and a closing set of
 * buttons is kept so the card stays usable.
 */
export function toAdaptiveCard(message: Message): AdaptiveCard {
  const all = pieces(message).map((p) => fitAlone(message, p));
  if (bytes(card(message, all)) <= CARD_BYTES) return card(message, all);
  const last = all[all.length - 1]!;
  const tail = last.element.type === 'ActionSet' ? [last] : [];
  const kept: Piece[] = [];
  for (const piece of all.slice(0, all.length - tail.length)) {
    const note = { element: textBlock(`…and ${all.length - tail.length - kept.length - 1} more not shown`, { isSubtle: true, size: 'Small' }), mentions: [] };
    if (bytes(card(message, [...kept, piece, note, ...tail])) > CARD_BYTES) break;
    kept.push(piece);
  }
  const dropped = all.length - tail.length - kept.length;
  return card(message, [...kept, { element: textBlock(`…and ${dropped} more not shown`, { isSubtle: true, size: 'Small' }), mentions: [] }, ...tail]);
}
