/** Endorsements (+1s) on wins, counted per giver and ISO week against a budget. */
import type { Result } from '../../core/result.js';
import type { IsoWeek } from '../../core/types.js';

/** Records endorsements and counts what each person gave in a week. */
export interface EndorsementStore {
  /** Fails with `ENDORSE.DUPLICATE` when this person already endorsed this win. */
  addEndorsement(winId: number, personId: number, week: IsoWeek): Promise<Result<void>>;
  countEndorsementsGiven(personId: number, week: IsoWeek): Promise<number>;
}
