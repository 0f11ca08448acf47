/** How team names compare: one key per name in any letter case or Unicode form. */

/** The key that makes team names unique in any letter case; stores index it. */
export const teamNameKey = (name: string): string => name.normalize('NFC').trim().toLowerCase();

/** The name as shown and stored: what the person typed, without surrounding spaces. */
export const teamDisplayName = (name: string): string => name.trim();
