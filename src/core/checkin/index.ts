/** Check-in content rules: the message, the one nudge. */
export * from './checkin-message.js';
export * from './nudge.js';
