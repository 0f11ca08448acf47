/** Endorsements (+1s) on wins, counted per giver and ISO week against a budget. */
import type { IsoWeek } from '../../core/types.js';

/** What became of an endorsement: stored, already given by this person, or its win is gone. */
export type EndorsementOutcome = 'added' | 'duplicate' | 'no-win';

/** Records endorsements and counts what each person gave in a week. */
export interface EndorsementStore {
  /** Stores one endorsement per person and win; `week` is the giver's, for the budget. */
  addEndorsement(winId: number, personId: number, week: IsoWeek): Promise<EndorsementOutcome>;
  countEndorsementsGiven(personId: number, week: IsoWeek): Promise<number>;
}
