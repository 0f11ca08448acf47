/**
 * The platform-neutral message model. The core says *what* to say; each adapter
 * renders it (Block Kit, Adaptive Cards, plain text) and owns its platform's limits.
 * The unions are closed: renderers switch over them with `assertNever`.
 */

/** A run of inline content. People are referred to by shiplog person id. */
export type Span =
  | { type: 'text'; text: string; style?: 'bold' | 'italic' | 'code' }
  /** `platformUserId` (e.g. Slack `U…`) lets a renderer produce a real mention; without it, `@name`. */
  | { type: 'mention'; personId: number; name: string; platformUserId?: string }
  | { type: 'link'; url: string; label: string };

/** Buttons the product knows. The value carries the subject (e.g. a win id). */
export type ActionId = 'log-win' | 'nothing-this-week' | 'snooze' | 'edit-win' | 'undo-win' | 'endorse-win' | 'set-nudges' | 'send-digest' | 'forget-me' | 'forget-person';

export interface Action {
  id: ActionId;
  label: string;
  value: string;
  style?: 'primary' | 'danger';
}

export interface FormField {
  id: string;
  label: string;
  kind: 'text' | 'multiline' | 'select';
  /** For `select`: the allowed values with labels. */
  options?: { value: string; label: string }[];
  initial?: string;
  optional?: boolean;
  /** Shown under the field when a submission failed validation. */
  error?: string;
  maxLength?: number;
}

/** A form to fill in: a modal in Slack, an Adaptive Card in Teams, prompts in the console. */
export interface Form {
  /** Identifies the form on submission, e.g. `log-win` or `edit-win:42`. */
  id: string;
  title: string;
  submitLabel: string;
  fields: FormField[];
}

export type Block =
  | { type: 'header'; text: string }
  | { type: 'text'; spans: Span[] }
  | { type: 'fields'; fields: { label: string; value: string }[] }
  | { type: 'list'; items: Span[][]; more?: number }
  /** A series shown as a sparkline, oldest first. */
  | { type: 'trend'; label: string; values: number[]; note: string }
  | { type: 'actions'; actions: Action[] }
  | { type: 'form'; form: Form }
  /** Small print: context, caveats, footers. */
  | { type: 'small'; spans: Span[] }
  | { type: 'divider' };

export type BlockType = Block['type'];

/**
 * A file that goes with a message (an export). Adapters deliver it privately to the person:
 * an upload to the Slack DM, a file written by the console. NOTE: the Teams adapter (not
 * landed when this was added) must send these as a file card or attachment in the 1:1 chat.
 */
export interface FileAttachment {
  name: string;
  mediaType: 'application/json' | 'text/csv';
  content: string;
}

/** One message. `summary` is the plain fallback (notifications, screen readers). */
export interface Message {
  summary: string;
  blocks: Block[];
  /** True for answers meant only for the person who asked (Slack ephemeral). */
  private: boolean;
  /** Set when the message reports a failure, so adapters and tests can tell. */
  errorCode?: string;
  /** Files for the person only; a message with files is always private. */
  files?: FileAttachment[];
}

export const text = (value: string, style?: 'bold' | 'italic' | 'code'): Span =>
  style === undefined ? { type: 'text', text: value } : { type: 'text', text: value, style };

export const link = (url: string, label = url): Span => ({ type: 'link', url, label });

export const mention = (personId: number, name: string, platformUserId?: string): Span =>
  platformUserId === undefined ? { type: 'mention', personId, name } : { type: 'mention', personId, name, platformUserId };

/** Flattens spans to plain text (for summaries and search). */
export const plain = (spans: Span[]): string =>
  spans.map((s) => (s.type === 'text' ? s.text : s.type === 'mention' ? `@${s.name}` : s.label)).join('');
