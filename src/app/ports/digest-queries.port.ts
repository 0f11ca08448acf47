/** The digest's aggregate reads. */
import type { PersonWeekUsage } from '../../core/digest/types.js';
import type { IsoDate, Person } from '../../core/types.js';

/**
 * Aggregates the digest reads. They return per-person figures so the core can decide what
 * may be shown; only `src/core/digest` turns them into anything a lead or channel sees.
 */
export interface DigestQueryStore {
  /**
   * Each person's usage summed per ISO week (of the record's day) between two days,
   * inclusive. A person with no record in a week has no entry for it.
   */
  usageByPersonWeek(personIds: number[], from: IsoDate, to: IsoDate): Promise<PersonWeekUsage[]>;
  /** The people of a team (leads included), in one read, ordered by id. */
  listTeamMembers(teamId: number): Promise<Person[]>;
}
