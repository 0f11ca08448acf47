/** Answers to check-ins, so an answered check-in gets no reminder. */
import type { CheckinAnswer, IsoWeek } from '../../core/types.js';

export type { CheckinAnswer };

/** Records and reads check-in answers, one per person and ISO week. */
export interface CheckinAnswerStore {
  /** Records (or replaces) the person's answer for that ISO week. */
  recordCheckinAnswer(personId: number, week: IsoWeek, answer: CheckinAnswer, at: Date): Promise<void>;
  getCheckinAnswer(personId: number, week: IsoWeek): Promise<CheckinAnswer | null>;
}
