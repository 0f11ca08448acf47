/** Wins and setbacks, each read with its endorsement count. */
import type { IsoWeek, Win } from '../../core/types.js';
import type { WinDraft } from '../../core/wins.js';

export interface NewWin extends WinDraft {
  /** Idempotency key (e.g. a Slack event id); a second insert with it returns the first win. */
  dedupeKey?: string;
}

export type WinPatch = Partial<Pick<Win, 'text' | 'category' | 'minutes' | 'visibility' | 'links' | 'artifacts' | 'tools'>>;

/** Reads and writes wins. */
export interface WinStore {
  insertWin(input: NewWin): Promise<Win>;
  getWin(id: number): Promise<Win | null>;
  updateWin(id: number, patch: WinPatch): Promise<Win>;
  /** Deletes the win and its endorsements. Returns false when there was none. */
  deleteWin(id: number): Promise<boolean>;
  /** The author's wins and setbacks, newest first. */
  listWinsByAuthor(authorId: number, limit: number): Promise<Win[]>;
  /** Wins and setbacks by these authors in these weeks (for digests). */
  listWinsInWeeks(authorIds: number[], weeks: IsoWeek[]): Promise<Win[]>;
}
