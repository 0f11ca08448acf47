/** A message model as the Teams activities that carry it. No botbuilder import: plain activity JSON. */
import type { Message } from '../../src/index.js';
import { CARD_CONTENT_TYPE, type AdaptiveCard } from './card-json.js';
import type { FileOffers, FileOfferActivity } from './file-offers.js';
import { toAdaptiveCards } from './to-adaptive-card.js';

/** A message activity as shiplog sends it (a subset of Bot Framework's `Activity`). */
export type OutgoingActivity = CardActivity | FileOfferActivity;

/** A message activity with one Adaptive Card. */
export interface CardActivity {
  type: 'message';
  /** Shown in notifications and the chat list. */
  summary: string;
  attachments: { contentType: typeof CARD_CONTENT_TYPE; content: AdaptiveCard }[];
}

/** One activity per card; a long message (a big digest) becomes several cards in order. */
export function messageActivities(message: Message): CardActivity[] {
  return toAdaptiveCards(message).map((content) => ({ type: 'message', summary: message.summary.slice(0, 200), attachments: [{ contentType: CARD_CONTENT_TYPE, content }] }));
}

/** A message for one person in their 1:1 chat: its cards, then an offer of its files (an export). */
export function personalActivities(message: Message, userId: string, offers: FileOffers): OutgoingActivity[] {
  const files = offers.offer(userId, message.files);
  return files === null ? messageActivities(message) : [...messageActivities(message), files];
}
