/**
 * The parts of the Adaptive Cards 1.5 schema shiplog sends, as plain JSON types. The
 * `adaptivecards` package's object model needs a DOM to build cards; shiplog only needs to
 * write JSON, which tests then parse with that package.
 */

/** Marks card data so a submission is told apart from other `value`s a message may carry. */
export const DATA_MARK = 'shiplog';

/** A button press: `{ shiplog: 'action', action, value }`; a form: `{ shiplog: 'form', form }` plus the inputs. */
/** The `verb` of a form's submit button. */
export const SUBMIT_VERB = 'submit-form';

export type CardData = { [DATA_MARK]: 'action'; action: string; value: string } | { [DATA_MARK]: 'form'; form: string };

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap: true;
  size?: 'Small' | 'Medium' | 'Large';
  weight?: 'Bolder';
  isSubtle?: boolean;
  color?: 'Attention' | 'Good';
  fontType?: 'Monospace';
  separator?: boolean;
  spacing?: 'None' | 'Small';
  id?: string;
}

export interface FactSet {
  type: 'FactSet';
  facts: { title: string; value: string }[];
  separator?: boolean;
}

export interface InputText {
  type: 'Input.Text';
  id: string;
  label: string;
  isMultiline?: boolean;
  maxLength?: number;
  value?: string;
  isRequired?: boolean;
  errorMessage?: string;
  separator?: boolean;
}

export interface InputChoiceSet {
  type: 'Input.ChoiceSet';
  id: string;
  label: string;
  style: 'compact';
  choices: { title: string; value: string }[];
  value?: string;
  isRequired?: boolean;
  errorMessage?: string;
  separator?: boolean;
}

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: CardData;
  style?: 'positive' | 'destructive';
}

/** Universal Action; `fallback` is what clients without Universal Actions show instead. */
export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: CardData;
  style?: 'positive' | 'destructive';
  fallback: SubmitAction;
}

export type CardAction = ExecuteAction;

export interface ActionSet {
  type: 'ActionSet';
  actions: CardAction[];
  separator?: boolean;
}

export type CardElement = TextBlock | FactSet | InputText | InputChoiceSet | ActionSet;

/** A Teams mention inside a card: the text `<at>Name</at>` and who it is. */
export interface MentionEntity {
  type: 'mention';
  text: string;
  mentioned: { id: string; name: string };
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  /** Read aloud and shown in notifications. */
  fallbackText: string;
  body: CardElement[];
  /** Teams mentions in the card's text. */
  msteams?: { entities: MentionEntity[] };
}

/** The attachment content type Teams expects for a card, and for an invoke answer carrying one. */
export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
