import type { types } from '@slack/bolt';
import type { Form, FormField, Message } from '../../src/index.js';
import { LIMITS, trimTo } from './mrkdwn.js';
import { toBlockKit } from './to-block-kit.js';

type InputBlock = types.InputBlock;
type PlainTextOption = types.PlainTextOption;

/** Every input's single element carries this action id; the block id is the field id. */
export const INPUT_ACTION_ID = 'value';

const plainText = (text: string, max: number): types.PlainTextElement => ({ type: 'plain_text', text: trimTo(text || ' ', max), emoji: true });

/**
 * A form as a modal. `callback_id` is the form id, so the submission names its form;
 * `privateMetadata` carries where the answer should go (e.g. the channel it started in).
 */
export function toModal(form: Form, privateMetadata: string): types.ModalView {
  return {
    type: 'modal',
    callback_id: trimTo(form.id, LIMITS.actionId),
    title: plainText(form.title, LIMITS.viewTitle),
    submit: plainText(form.submitLabel, LIMITS.viewButton),
    close: plainText('Cancel', LIMITS.viewButton),
    private_metadata: privateMetadata.length <= LIMITS.privateMetadata ? privateMetadata : '',
    blocks: form.fields.slice(0, LIMITS.viewBlocks).map(inputBlock),
  };
}

function inputBlock(field: FormField): InputBlock {
  const block: InputBlock = {
    type: 'input',
    block_id: trimTo(field.id, LIMITS.actionId),
    label: plainText(field.label, LIMITS.inputLabel),
    optional: field.optional === true,
    element: field.kind === 'select' ? selectElement(field) : textElement(field),
  };
  if (field.error !== undefined) block.hint = plainText(`⚠️ ${field.error}`, LIMITS.inputLabel);
  return block;
}

function textElement(field: FormField): types.PlainTextInput {
  const maxLength = Math.min(field.maxLength ?? LIMITS.inputMaxLength, LIMITS.inputMaxLength);
  const element: types.PlainTextInput = {
    type: 'plain_text_input',
    action_id: INPUT_ACTION_ID,
    multiline: field.kind === 'multiline',
    max_length: maxLength,
  };
  if (field.initial !== undefined && field.initial !== '') element.initial_value = trimTo(field.initial, maxLength);
  return element;
}

function selectElement(field: FormField): types.StaticSelect {
  const options: PlainTextOption[] = (field.options ?? []).slice(0, LIMITS.selectOptions).map((option) => ({
    text: plainText(option.label, LIMITS.optionText),
    value: trimTo(option.value, LIMITS.optionValue),
  }));
  const element: types.StaticSelect = { type: 'static_select', action_id: INPUT_ACTION_ID, options };
  const initial = options.find((option) => option.value === field.initial);
  if (initial !== undefined) element.initial_option = initial;
  return element;
}

/** One input's state as Slack submits it (plain text input or static select). */
interface InputState {
  type: string;
  value?: string | null;
  selected_option?: { value: string } | null;
}

/** The submitted values by field id; inputs left empty are omitted, as the console does. */
export function valuesFromState(state: Record<string, Record<string, InputState>>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [blockId, inputs] of Object.entries(state)) {
    const input = inputs[INPUT_ACTION_ID];
    const value: unknown = input?.selected_option?.value ?? input?.value ?? '';
    // Only text counts: a damaged payload's number or object is treated as an empty input.
    if (typeof value === 'string' && value !== '') values[blockId] = value;
  }
  return values;
}

/** A message as the Home tab: the same rendering, with a view's larger block budget. */
export function toHomeView(message: Message): types.HomeView {
  return { type: 'home', blocks: toBlockKit(message, { maxBlocks: LIMITS.viewBlocks }).blocks };
}
