import type { Platform } from '../../core/types.js';

/**
 * Where a platform can reach someone or somewhere when shiplog speaks first. Teams can only
 * message a person or a channel through a conversation reference it was given (service URL,
 * conversation id, tenant, bot id); adapters store one on installation and on every contact.
 * `key` is the address: `person:<platformUserId>` for a person's 1:1 chat (the app reads
 * these to name unreachable people), anything else is the adapter's own (`conversation:19:…`).
 * `reference` is the platform's reference as JSON, opaque to the app.
 */
export interface StoredConversationReference {
  platform: Platform;
  key: string;
  reference: string;
  updatedAt: string;
  /** Set when the platform refused a send for good (Teams 403 MessageWritesBlocked). */
  unreachableSince: string | null;
  unreachableReason: string | null;
}

/** Conversation references by (platform, key). */
export interface ConversationReferenceStore {
  /** Inserts or replaces the reference; a fresh contact makes an unreachable address reachable again. */
  saveConversationReference(platform: Platform, key: string, reference: string, at: Date): Promise<void>;
  getConversationReference(platform: Platform, key: string): Promise<StoredConversationReference | null>;
  /** Records that sends to this address are refused until the person gets in touch again. */
  markUnreachable(platform: Platform, key: string, reason: string, at: Date): Promise<void>;
  /** Unreachable addresses, oldest first. */
  listUnreachable(): Promise<StoredConversationReference[]>;
}

/**
 * Thrown by `ChatPlatform.send` when the platform refuses the recipient for good (Teams 403
 * MessageWritesBlocked: blocked or uninstalled). Not retried; the address is already marked.
 */
export class RecipientUnreachableError extends Error {
  override readonly name = 'RecipientUnreachableError';
  readonly code = 'DELIVERY.UNREACHABLE';
}
