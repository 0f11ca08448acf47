/** The win form (log or edit): its fields and the validation of a submission. Pure. */
import type { Form } from './message.js';
import { CATEGORIES, type Category, type Visibility, type Win } from './types.js';
import { MAX_WIN_TEXT } from './wins.js';
import { parseDuration } from './win-text/duration.js';

export const LOG_FORM_ID = 'log-win';
export const EDIT_FORM_PREFIX = 'edit-win:';

/** The form for a new win (optionally prefilled, e.g. from a message shortcut) or an edit. */
export function winForm(existing?: Pick<Win, 'id' | 'text' | 'category' | 'minutes' | 'visibility'>, prefill?: string): Form {
  return {
    id: existing ? `${EDIT_FORM_PREFIX}${existing.id}` : LOG_FORM_ID,
    title: existing ? `Edit win #${existing.id}` : 'Log a win',
    submitLabel: existing ? 'Save' : 'Log it',
    fields: [
      { id: 'text', label: 'What did AI help you ship?', kind: 'multiline', maxLength: MAX_WIN_TEXT, ...(existing ? { initial: existing.text } : prefill ? { initial: prefill } : {}) },
      { id: 'category', label: 'Category', kind: 'select', optional: true, options: CATEGORIES.map((c) => ({ value: c, label: c })), ...(existing && { initial: existing.category }) },
      { id: 'saved', label: 'Time saved (e.g. 2h, 30 min, half a day)', kind: 'text', optional: true, ...(existing?.minutes != null && { initial: `${existing.minutes} min` }) },
      { id: 'visibility', label: 'Who can see it', kind: 'select', optional: true, options: [{ value: 'team', label: 'my team' }, { value: 'private', label: 'only me' }], initial: existing?.visibility ?? 'team' },
    ],
  };
}

export interface WinFormValues {
  text: string;
  category?: Category;
  /** Undefined when left empty: the text's own phrase (or nothing) applies. */
  minutes?: number;
  visibility: Visibility;
}

/** Checks a submission; errors are keyed by field id so platforms can show them inline. */
export function validateWinForm(values: Record<string, string>): { ok: true; value: WinFormValues } | { ok: false; fieldErrors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const text = (values.text ?? '').trim();
  if (text.length === 0) errors.text = 'Say what you shipped, in a sentence.';
  else if (text.length > MAX_WIN_TEXT) errors.text = `At most ${MAX_WIN_TEXT.toLocaleString('en')} characters (this has ${text.length.toLocaleString('en')}).`;
  const category = (values.category ?? '').trim();
  if (category && !(CATEGORIES as readonly string[]).includes(category)) errors.category = `Pick one of: ${CATEGORIES.join(', ')}.`;
  const saved = (values.saved ?? '').trim();
  const minutes = saved ? parseDuration(saved) : null;
  if (saved && minutes === null) errors.saved = 'Use a duration like 2h, 30 min or half a day.';
  const visibility = (values.visibility ?? '').trim() || 'team';
  if (visibility !== 'team' && visibility !== 'private') errors.visibility = 'Choose team or private.';
  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  return {
    ok: true,
    value: {
      text,
      visibility: visibility as Visibility,
      ...(category && { category: category as Category }),
      ...(minutes !== null && { minutes }),
    },
  };
}

/**
 * The win form again after a failed submission: what was entered kept, each error under
 * its field. Undefined for a form id this module does not know.
 */
export function winFormAgain(formId: string, values: Record<string, string>, errors: Record<string, string>): Form | undefined {
  const editId = formId.startsWith(EDIT_FORM_PREFIX) ? Number(formId.slice(EDIT_FORM_PREFIX.length)) : NaN;
  if (formId !== LOG_FORM_ID && !Number.isInteger(editId)) return undefined;
  const base = formId === LOG_FORM_ID ? winForm() : winForm({ id: editId, text: '', category: 'other', minutes: null, visibility: 'team' });
  return {
    ...base,
    fields: base.fields.map((field) => {
      const entered = values[field.id];
      const error = errors[field.id];
      return { ...field, ...(entered !== undefined && { initial: entered }), ...(error !== undefined && { error }) };
    }),
  };
}
