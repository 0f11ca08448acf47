/**
 * Who may see what: the one place that decides it. Every reply, personal view, digest,
 * export and error asks here before it shows a person's thing to someone. Pure.
 *
 * A viewer is described by how they stand to the person the thing belongs to, so the
 * same win reads differently to its author, a teammate, a lead, an admin or a channel.
 */
import type { Visibility } from './types.js';

/** How a viewer stands to the owner of a thing. `stranger` shares no team and has no role. */
export type Viewer = 'self' | 'teammate' | 'lead' | 'admin' | 'channel' | 'stranger';

/** The sections of a team digest (and of the organisation roll-up). */
export type DigestSection = 'headline' | 'highlights' | 'setbacks' | 'categories' | 'trend' | 'usage' | 'signals' | 'footer';

/** The kinds of row an export can carry (see the personal-data map). */
export type ExportRowKind = 'profile' | 'membership' | 'win' | 'endorsement' | 'usage' | 'identity' | 'checkin-answer' | 'audit' | 'conversation';

/** Something shown about a person, or about a group of people. */
export type Thing =
  | { kind: 'win'; visibility: Visibility }
  | { kind: 'setback'; visibility: Visibility }
  /** One person's token, request or cost figure (over any period). */
  | { kind: 'usage-figure' }
  /** A usage sum over a group: shown only when the group hides every individual. */
  | { kind: 'usage-aggregate'; people: number; minGroupSize: number }
  | { kind: 'digest-section'; section: DigestSection }
  | { kind: 'export-row'; row: ExportRowKind; visibility?: Visibility };

/** What the viewer knows of their relation to the owner. */
export interface Relation {
  /** Viewer and owner share at least one team. */
  sharesTeam: boolean;
  /** The viewer leads a team the owner is a member of. */
  leadsOwner: boolean;
  isAdmin: boolean;
}

/** The viewer as seen from the owner: self first, then lead, teammate, admin. */
export function viewerOf(viewerId: number, ownerId: number, relation: Relation): Viewer {
  if (viewerId === ownerId) return 'self';
  if (relation.leadsOwner) return 'lead';
  if (relation.sharesTeam) return 'teammate';
  return relation.isAdmin ? 'admin' : 'stranger';
}

/** Team-visible entries reach anyone with a reason to see the team's work; private ones only their author. */
function entryVisible(viewer: Viewer, visibility: Visibility): boolean {
  if (viewer === 'self') return true;
  return visibility === 'team' && viewer !== 'stranger';
}

/** May this viewer be shown this thing? */
export function maySee(viewer: Viewer, thing: Thing): boolean {
  switch (thing.kind) {
    case 'win':
    case 'setback':
      return entryVisible(viewer, thing.visibility);
    case 'usage-figure':
      // PRODUCT.md: a person's own token and cost numbers are shown only to that person.
      return viewer === 'self';
    case 'usage-aggregate':
      return thing.people >= thing.minGroupSize && (viewer === 'lead' || viewer === 'admin' || viewer === 'channel' || viewer === 'teammate');
    case 'digest-section':
      return viewer === 'lead' || viewer === 'admin' || viewer === 'channel';
    case 'export-row':
      if (viewer === 'self') return true;
      // An admin's `export wins` carries team-visible wins and nothing else: never usage.
      return viewer === 'admin' && thing.row === 'win' && thing.visibility === 'team';
  }
}

/** Entries (wins, setbacks) this viewer may see, in the order given. */
export function visibleEntries<T extends { kind: 'win' | 'setback'; visibility: Visibility }>(viewer: Viewer, entries: readonly T[]): T[] {
  return entries.filter((e) => maySee(viewer, { kind: e.kind, visibility: e.visibility }));
}

/** Whether a usage sum over `people` may be shown to a group audience (lead, admin, channel). */
export const mayShowAggregate = (people: number, minGroupSize: number): boolean =>
  maySee('channel', { kind: 'usage-aggregate', people, minGroupSize });
