/** A message model as the Teams activities that carry it. No botbuilder import: plain activity JSON. */
import type { Message } from '../../src/index.js';
import { CARD_CONTENT_TYPE, type AdaptiveCard } from './card-json.js';
import { toAdaptiveCards } from './to-adaptive-card.js';

/** A message activity as shiplog sends it (a subset of Bot Framework's `Activity`). */
export interface OutgoingActivity {
  type: 'message';
  /** Shown in notifications and the chat list. */
  summary: string;
  attachments: { contentType: typeof CARD_CONTENT_TYPE; content: AdaptiveCard }[];
}

/** One activity per card; a long message (a big digest) becomes several cards in order. */
export function messageActivities(message: Message): OutgoingActivity[] {
  return toAdaptiveCards(message).map((content) => ({ type: 'message', summary: message.summary.slice(0, 200), attachments: [{ contentType: CARD_CONTENT_TYPE, content }] }));
}
