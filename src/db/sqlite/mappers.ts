/** Rows to core types. Row shapes stay in src/db; everything above sees only these. */
import type { AuditEntry, Membership, Person, Team, Win } from '../../core/types.js';
import type { Delivery, RejectedRow } from '../../app/ports/index.js';
import type {
  auditLog,
  deliveries,
  memberships,
  people,
  rejectedImportRows,
  teams,
  wins,
} from './schema/index.js';

type PersonRow = typeof people.$inferSelect;
type TeamRow = typeof teams.$inferSelect;
type MembershipRow = typeof memberships.$inferSelect;
/** A win row with its endorsement count alongside. */
export type WinRow = typeof wins.$inferSelect & { endorsements: number };
type AuditRow = typeof auditLog.$inferSelect;
type DeliveryRow = typeof deliveries.$inferSelect;
type RejectedRowRow = typeof rejectedImportRows.$inferSelect;

export const toPerson = (r: PersonRow): Person => ({
  id: r.id,
  platform: r.platform,
  platformUserId: r.platformUserId,
  displayName: r.displayName,
  email: r.email,
  timeZone: r.timeZone,
  isAdmin: r.isAdmin,
  nudges: r.nudges,
  awayUntil: r.awayUntil,
  checkinDay: r.checkinDay,
  checkinTime: r.checkinTime,
  createdAt: r.createdAt,
});

export const toTeam = (r: TeamRow): Team => ({
  id: r.id,
  name: r.name,
  channel: r.channel,
  timeZone: r.timeZone,
  digestDay: r.digestDay,
  digestTime: r.digestTime,
  checkinDay: r.checkinDay,
  checkinTime: r.checkinTime,
  createdAt: r.createdAt,
});

export const toMembership = (r: MembershipRow): Membership => ({
  teamId: r.teamId,
  personId: r.personId,
  isLead: r.isLead,
});

export const toWin = (r: WinRow): Win => ({
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

export const toAuditEntry = (r: AuditRow): AuditEntry => ({
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

export const toDelivery = (r: DeliveryRow): Delivery => ({
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

export const toRejectedRow = (r: RejectedRowRow): RejectedRow => ({
  importId: r.importId,
  source: r.source,
  location: r.location,
  reason: r.reason,
  raw: r.raw,
});
