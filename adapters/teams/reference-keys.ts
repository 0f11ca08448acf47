/** The addresses the Teams adapter stores conversation references under. */

/** A person's 1:1 chat with the bot, by their bot-specific id (`29:…`). */
export const personKey = (userId: string): string => `person:${userId}`;

/** A channel or group chat, by conversation id without a thread suffix (`;messageid=…`). */
export const channelKey = (conversationId: string): string => `conversation:${rootConversation(conversationId)}`;

/**
 * The latest reference seen from any conversation: its service URL, tenant and bot account
 * are what opening a new 1:1 chat needs.
 */
export const SERVICE_KEY = 'service';

/** A channel thread's id without its `;messageid=…` suffix: posting there starts a new thread. */
export const rootConversation = (conversationId: string): string => conversationId.split(';')[0] ?? conversationId;
