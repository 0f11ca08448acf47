/** Which team holidays make sense to add. Pure: today is passed in. */
import type { IsoDate } from './types.js';

/**
 * A holiday is a day to come: one already past would change nothing, and is most likely a
 * slip of the year. Null when `day` is today or later; otherwise the next time that month
 * and day come round, to suggest instead (29 February: the next leap year's).
 */
export function pastHolidayInstead(day: IsoDate, today: IsoDate): IsoDate | null {
  if (day >= today) return null;
  const monthDay = day.slice(5);
  for (let year = Number(today.slice(0, 4)); ; year++) {
    const candidate = `${year}-${monthDay}`;
    const valid = new Date(`${candidate}T00:00:00Z`).toISOString().slice(0, 10) === candidate;
    if (valid && candidate >= today) return candidate;
  }
}
