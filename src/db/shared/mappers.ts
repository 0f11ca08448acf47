/**
 * Rows to core types, for every dialect: both schemas give rows these field names and
 * value types (timestamps as ISO-8601 text), so one mapper serves both. Row types never
 * leave src/db; everything above sees only what these return.
 */
import type { Delivery, NewWin, RejectedRow } from '../../app/ports/index.js';
import type { AuditEntry, Membership, Person, Team, Win } from '../../core/types.js';

export const toPerson = (r: Person): Person => ({
  id: r.id,
  platform: r.platform,
  platformUserId: r.platformUserId,
  displayName: r.displayName,
  email: r.email,
  timeZone: r.timeZone,
  timeZoneSource: r.timeZoneSource,
  isAdmin: r.isAdmin,
  nudges: r.nudges,
  awayUntil: r.awayUntil,
  checkinDay: r.checkinDay,
  checkinTime: r.checkinTime,
  createdAt: r.createdAt,
});

export const toTeam = (r: Team): Team => ({
  id: r.id,
  name: r.name,
  channel: r.channel,
  channelPlatform: r.channelPlatform,
  timeZone: r.timeZone,
  digestDay: r.digestDay,
  digestTime: r.digestTime,
  checkinDay: r.checkinDay,
  checkinTime: r.checkinTime,
  createdAt: r.createdAt,
});

export const toMembership = (r: Membership): Membership => ({
  teamId: r.teamId,
  personId: r.personId,
  isLead: r.isLead,
});

/** A win row with its endorsement count alongside. */
export const toWin = (r: Win): Win => ({
  id: r.id,
  authorId: r.authorId,
  kind: r.kind,
  text: r.text,
  category: r.category,
  links: r.links,
  artifacts: r.artifacts,
  minutes: r.minutes,
  tools: r.tools,
  visibility: r.visibility,
  week: r.week,
  source: r.source,
  endorsements: r.endorsements,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

export const toAuditEntry = (r: AuditEntry): AuditEntry => ({
  id: r.id,
  at: r.at,
  actorId: r.actorId,
  action: r.action,
  target: r.target,
  detail: r.detail,
  subjectId: r.subjectId,
  actorPseudonym: r.actorPseudonym,
  subjectPseudonym: r.subjectPseudonym,
});

export const toDelivery = (r: Delivery): Delivery => ({
  kind: r.kind,
  target: r.target,
  period: r.period,
  status: r.status,
  attempts: r.attempts,
  claimedAt: r.claimedAt,
  sentAt: r.sentAt,
  lastError: r.lastError,
  payload: r.payload,
});

export const toRejectedRow = (r: RejectedRow): RejectedRow => ({
  importId: r.importId,
  source: r.source,
  location: r.location,
  reason: r.reason,
  raw: r.raw,
});

/** A new win as the row both dialects insert (a missing dedupe key stored as null). */
export const winRow = (input: NewWin, now: string) => ({
  authorId: input.authorId,
  kind: input.kind,
  text: input.text,
  category: input.category,
  links: input.links,
  artifacts: input.artifacts,
  minutes: input.minutes,
  tools: input.tools,
  visibility: input.visibility,
  week: input.week,
  source: input.source,
  dedupeKey: input.dedupeKey ?? null,
  createdAt: now,
  updatedAt: now,
});
