/** Reads, forgets and purges personal data by walking the map in `core/personal-data.ts`. */
import type { IsoDate } from '../../core/types.js';

/** One table's rows about a person, as stored (SQL column names). */
export interface PersonalRows {
  table: string;
  rows: Record<string, unknown>[];
}

/** Who is being forgotten, with every identifier their rows may carry as text. */
export interface ForgetSubject {
  personId: number;
  email: string | null;
  /** Display name and platform id: replaced by the pseudonym in audit text. */
  identifiers: string[];
  pseudonym: string;
}

/** Counts of rows touched, per table. */
export type TableCounts = Record<string, number>;

/**
 * Export, forget and retention over every table the personal-data map lists. The store
 * walks the map; it decides nothing about who may see the rows.
 */
export interface PersonalDataStore {
  /** Every row the map says is the person's (wins, usage, audit entries about them, …), per table. */
  personalRows(personId: number, email: string | null): Promise<PersonalRows[]>;
  /** Deletes, detaches and pseudonymises as the map says, all in one transaction; the person row goes last. */
  forgetPerson(subject: ForgetSubject): Promise<TableCounts>;
  /** Deletes rows dated before `cutoff` from every table the map gives a retention column. */
  purgeBefore(cutoff: IsoDate): Promise<TableCounts>;
}
