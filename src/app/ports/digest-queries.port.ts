/** The digest's aggregate reads. */
import type { PersonWeekUsage } from '../../core/digest/types.js';
import type { WeekSpan } from '../../core/iso-week.js';
import type { Person } from '../../core/types.js';

/**
 * Aggregates the digest reads. They return per-person figures so the core can decide what
 * may be shown; only `src/core/digest` turns them into anything a lead or channel sees.
 */
export interface DigestQueryStore {
  /**
   * Each person's usage summed per given week: a record counts for the week whose span
   * holds its day (spans come from `src/core/iso-week`, so the store does no calendar
   * maths). A person with no record in a week has no entry for it.
   */
  usageByPersonWeek(personIds: number[], weeks: WeekSpan[]): Promise<PersonWeekUsage[]>;
  /** The people of a team (leads included), in one read, ordered by id. */
  listTeamMembers(teamId: number): Promise<Person[]>;
}
