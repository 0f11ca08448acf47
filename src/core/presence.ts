/**
 * Whether a chat status says the person is away (vacation, out of office, on leave). Pure:
 * adapters fetch the status, this decides. Read by check-ins, reminders and nudges, which
 * must never reach someone who is away.
 */

/** A person's status as the platform shows it (Slack: `profile.status_*`). */
export interface PlatformStatus {
  text: string;
  /** Slack emoji code with colons, e.g. `:palm_tree:`; empty when none. */
  emoji: string;
  /** When the status ends, Unix seconds; 0 or null means it has no end. */
  expiration: number | null;
}

/** Emoji that mean away on their own: Slack's built-in "Vacationing" and "Out sick" and their kin. */
const AWAY_EMOJI = new Set([':palm_tree:', ':beach_with_umbrella:', ':desert_island:', ':face_with_thermometer:']);

/**
 * Emoji that mean away only with a text beside them: a bare :airplane: is as often a
 * commute or a leftover as a trip, while ":airplane: Lisbon till Monday" is an absence.
 */
const AWAY_WITH_TEXT_EMOJI = new Set([':airplane:', ':airplane_departure:', ':airplane_arriving:']);

/** Status words for an absence. `OOO` and `PTO` are matched as whole words, any case. */
const AWAY_TEXT = /\b(vacation(ing)?|holidays?|out of (the )?office|ooo|pto|on leave|parental leave|annual leave|sick leave|out sick|off sick)\b/i;

/** "Back from vacation" announces a return; "back 2 Dec" beside a palm tree is still an absence. */
const RETURNED_TEXT = /\bback from (a |my |the )?(vacation|holidays?|leave|pto|ooo|out of (the )?office)\b/i;

/** True when the status has an end that is not after `now`. */
export function statusExpired(status: PlatformStatus, now: Date): boolean {
  return status.expiration !== null && status.expiration > 0 && status.expiration * 1000 <= now.getTime();
}

/** Does this status, at `now`, mean the person is away? An expired status means nothing. */
export function statusMeansAway(status: PlatformStatus, now: Date): boolean {
  if (statusExpired(status, now)) return false;
  const text = status.text.trim();
  if (RETURNED_TEXT.test(text)) return false;
  const emoji = status.emoji.trim().toLowerCase();
  if (AWAY_EMOJI.has(emoji)) return true;
  if (AWAY_WITH_TEXT_EMOJI.has(emoji) && text !== '') return true;
  return AWAY_TEXT.test(text);
}
