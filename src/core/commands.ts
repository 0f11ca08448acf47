import type { Category, IsoDate, Visibility, Weekday } from './types.js';

/**
 * Someone named in a command. The grammar does not know people; the app resolves
 * a mention against the store and the profiles the adapter looked up.
 */
export type Mention =
  /** A neutral `<@id>` or `<@id|name>`: a platform user id, as the adapter translated a mention. */
  | { kind: 'user-id'; id: string; label: string }
  /** `@ada` typed by hand: a display name, handle or email local part. */
  | { kind: 'handle'; handle: string };

/** A channel named in a command: a neutral `<#C123|general>` or a typed `#general`. */
export interface ChannelRef {
  id: string | null;
  name: string | null;
}

/** What `edit <id> …` may change; at least one field is present. */
export interface WinChanges {
  text?: string;
  category?: Category;
  minutes?: number;
  visibility?: Visibility;
}

/** Every command of PRODUCT.md, after parsing. Aliases are folded into one name. */
export type Command =
  | { name: 'help'; topic: string | null }
  | { name: 'log'; text: string }
  | { name: 'setback'; text: string }
  /** `page` 1 is the latest wins; `me 2` (or `me older`) the ones before. */
  | { name: 'me'; page: number }
  | { name: 'edit'; winId: number; changes: WinChanges }
  | { name: 'undo' }
  | { name: 'delete'; winId: number }
  | { name: 'endorse'; winId: number }
  | { name: 'away'; until: IsoDate }
  | { name: 'back' }
  | { name: 'nudges'; on: boolean }
  | { name: 'checkin'; day: Weekday; time: string }
  /** `auto`: the platform profile's zone, else the workspace's. */
  | { name: 'timezone'; zone: string }
  | { name: 'export-me' }
  | { name: 'forget-me'; confirmed: boolean }
  | { name: 'digest-preview'; team: string | null }
  | { name: 'digest-history'; team: string | null }
  | { name: 'digest-send'; team: string; again: boolean }
  | { name: 'settings' }
  | { name: 'set'; key: string; value: string }
  | { name: 'team-create'; team: string }
  | { name: 'team-delete'; team: string }
  | { name: 'team-list' }
  | { name: 'team-add'; team: string; people: Mention[] }
  | { name: 'team-remove'; team: string; people: Mention[] }
  /** `remove`: the person stays a member but no longer leads. */
  | { name: 'team-lead'; team: string; person: Mention; remove: boolean }
  /** A null channel clears it (`team channel <team> none`). */
  | { name: 'team-channel'; team: string; channel: ChannelRef | null }
  | { name: 'team-holiday'; action: 'add' | 'remove'; team: string; day: IsoDate }
  | { name: 'team-holiday'; action: 'list'; team: string; day: null }
  /** `value` is validated by the team setting's rule; `default` clears the override. */
  | { name: 'team-set'; team: string; key: string; value: string }
  | { name: 'import'; path: string | null }
  | { name: 'ingest-run'; source: string | null }
  | { name: 'map'; source: string; identity: string; person: Mention }
  | { name: 'unmapped' }
  | { name: 'verify-status' }
  | { name: 'unreachable' }
  | { name: 'audit'; limit: number }
  | { name: 'admins'; action: 'add' | 'remove'; person: Mention }
  | { name: 'export-wins'; team: string | null; from: IsoDate | null; to: IsoDate | null }
  | { name: 'forget-person'; person: Mention; confirmed: boolean };

export type CommandName = Command['name'];

/** Who may run a command. Leads are people who lead at least one team. */
export type Role = 'everyone' | 'lead' | 'admin';
