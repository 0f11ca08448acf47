/** The core's public face: the only module adapters import. */
export type { Caller, IntroducedPerson, CommandOptions, DueReport, FormOutcome, ShiplogApp } from './app/types.js';
export type { Action, ActionId, Block, BlockType, FileAttachment, Form, FormField, Message, Span } from './core/message.js';
export { plain } from './core/message.js';
export { assertNever } from './core/result.js';
export { commandOf } from './core/grammar/index.js';
export type { Platform } from './core/types.js';
export type { ChannelAccess, ChatPlatform, Destination } from './app/ports/index.js';
export { PlatformRefusal } from './app/ports/index.js';
export { UsageSourceError } from './app/ports/index.js';
export type { PlatformStatus } from './core/presence.js';
export { statusMeansAway } from './core/presence.js';
export { sparkline } from './core/sparkline.js';
export type { ConversationReferenceStore, StoredConversationReference } from './app/ports/index.js';
export { RecipientUnreachableError } from './app/ports/index.js';
export { busyReply } from './core/replies/busy-reply.js';
