import type { types } from '@slack/bolt';
import { assertNever, sparkline } from '../../src/index.js';
import type { Action, Block, Form, Message, Span } from '../../src/index.js';
import { LIMITS, charLength, escapeMrkdwn, splitText, spansToMrkdwn, trimTo } from './mrkdwn.js';

type KnownBlock = types.KnownBlock;
type Button = types.Button;

/** A message rendered for Slack: blocks plus the plain fallback shown in notifications. */
export interface BlockKitMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Options for {@link toBlockKit}. */
export interface BlockKitOptions {
  /** 50 for messages (the default), 100 for modals and the Home tab. */
  maxBlocks?: number;
}

/** Separates the action id from a per-message counter, since Slack wants unique action ids. */
export const ACTION_ID_SEPARATOR = '#';

/**
 * Renders a message as Block Kit. Pure and total: every Slack limit is met by splitting
 * or trimming, with a visible "…and N more" where content was left out.
 */
export function toBlockKit(message: Message, options: BlockKitOptions = {}): BlockKitMessage {
  const counter = { next: 0 };
  const rendered = message.blocks.flatMap((block) => renderBlock(block, counter));
  const prefix = message.errorCode === undefined ? '' : '⚠️ ';
  const text = trimTo(`${prefix}${message.summary}`, LIMITS.fallbackText);
  // An empty block list is not a valid payload everywhere (Home tab, some clients): say the summary.
  if (rendered.length === 0) rendered.push(...sections(escapeMrkdwn(text.trim() || '…')));
  return { text, blocks: fitBlockCount(rendered, options.maxBlocks ?? LIMITS.messageBlocks) };
}

function renderBlock(block: Block, counter: { next: number }): KnownBlock[] {
  switch (block.type) {
    case 'header':
      return [{ type: 'header', text: { type: 'plain_text', text: trimTo(block.text || ' ', LIMITS.headerText), emoji: true } }];
    case 'text':
      return sections(spansToMrkdwn(block.spans));
    case 'fields':
      return fieldSections(block.fields);
    case 'list':
      return listBlocks(block.items, block.more);
    case 'trend': {
      const line = `*${escapeMrkdwn(block.label)}*  ${sparkline(block.values)}  ${escapeMrkdwn(block.note)}`;
      return sections(line.trim());
    }
    case 'actions':
      return actionBlocks(block.actions, counter);
    case 'form':
      return formSummary(block.form);
    case 'small':
      return contextBlocks(spansToMrkdwn(block.spans));
    case 'divider':
      return [{ type: 'divider' }];
    default:
      return assertNever(block);
  }
}

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

function sections(mrkdwn: string): KnownBlock[] {
  if (mrkdwn.trim() === '') return [];
  return splitText(mrkdwn, LIMITS.sectionText).map(section);
}

function fieldSections(fields: { label: string; value: string }[]): KnownBlock[] {
  const out: KnownBlock[] = [];
  for (let i = 0; i < fields.length; i += LIMITS.fieldsPerSection) {
    const chunk = fields.slice(i, i + LIMITS.fieldsPerSection).map((field) => ({
      type: 'mrkdwn' as const,
      text: trimTo(`*${escapeMrkdwn(field.label)}*\n${escapeMrkdwn(field.value)}`, LIMITS.fieldText),
    }));
    out.push({ type: 'section', fields: chunk });
  }
  return out;
}

/** List items packed into as few sections as fit; an item longer than a section is trimmed. */
function listBlocks(items: Span[][], more: number | undefined): KnownBlock[] {
  const lines = items.map((item) => trimTo(`• ${spansToMrkdwn(item)}`, LIMITS.sectionText));
  const out: KnownBlock[] = [];
  let current = '';
  for (const line of lines) {
    if (current !== '' && charLength(current) + 1 + charLength(line) > LIMITS.sectionText) {
      out.push(section(current));
      current = '';
    }
    current = current === '' ? line : `${current}\n${line}`;
  }
  if (current !== '') out.push(section(current));
  if (more !== undefined && more > 0) out.push(moreNote(more));
  return out;
}

const moreNote = (count: number, what = ''): KnownBlock => ({
  type: 'context',
  elements: [{ type: 'mrkdwn', text: `…and ${count} more${what}` }],
});

function actionBlocks(actions: Action[], counter: { next: number }): KnownBlock[] {
  const out: KnownBlock[] = [];
  for (let i = 0; i < actions.length; i += LIMITS.actionsPerBlock) {
    const elements = actions.slice(i, i + LIMITS.actionsPerBlock).map((action) => button(action, counter.next++));
    out.push({ type: 'actions', elements });
  }
  return out;
}

function button(action: Action, n: number): Button {
  const element: Button = {
    type: 'button',
    action_id: `${action.id}${ACTION_ID_SEPARATOR}${n}`,
    text: { type: 'plain_text', text: trimTo(action.label || ' ', LIMITS.buttonText), emoji: true },
    value: trimTo(action.value, LIMITS.buttonValue),
  };
  if (action.style !== undefined) element.style = action.style;
  return element;
}

/** A form cannot live in a message; its title says what it is (Slack opens it as a modal). */
function formSummary(form: Form): KnownBlock[] {
  return sections(`*${escapeMrkdwn(form.title)}*`);
}

/** Small print as context blocks: up to 10 text elements of up to 3,000 characters each. */
function contextBlocks(mrkdwn: string): KnownBlock[] {
  if (mrkdwn.trim() === '') return [];
  const pieces = splitText(mrkdwn, LIMITS.sectionText);
  const out: KnownBlock[] = [];
  for (let i = 0; i < pieces.length; i += LIMITS.contextElements) {
    const elements = pieces.slice(i, i + LIMITS.contextElements).map((text) => ({ type: 'mrkdwn' as const, text }));
    out.push({ type: 'context', elements });
  }
  return out;
}

/**
 * Keeps at most `max` blocks. What is cut is named in a closing "…and N more" note; a
 * trailing actions block (Log a win, Edit/Undo) is kept so the message stays usable.
 */
function fitBlockCount(blocks: KnownBlock[], max: number): KnownBlock[] {
  if (blocks.length <= max) return blocks;
  const last = blocks[blocks.length - 1];
  const keepLast = last?.type === 'actions';
  const room = max - 1 - (keepLast ? 1 : 0);
  const kept = blocks.slice(0, room);
  const dropped = blocks.length - room - (keepLast ? 1 : 0);
  const out = [...kept, moreNote(dropped, dropped === 1 ? ' block not shown' : ' blocks not shown')];
  if (keepLast && last !== undefined) out.push(last);
  return out;
}

/** Reads the shiplog action id back from a rendered button's `action_id`. */
export function actionIdOf(actionId: string): string {
  const at = actionId.lastIndexOf(ACTION_ID_SEPARATOR);
  return at === -1 ? actionId : actionId.slice(0, at);
}
