/** Who administers shiplog from the first contact on. */

/**
 * A person starts as a shiplog admin when their platform says they administer the
 * workspace, or when nobody is an admin yet: the first person in a fresh workspace (or
 * after the last admin was removed) can set shiplog up. NOTE: the count must be read in
 * the same unit of work that creates the person, or two first people could both win.
 */
export const startsAsAdmin = (platformSaysAdmin: boolean, adminsSoFar: number, firstMayBeAdmin = true): boolean =>
  platformSaysAdmin || (firstMayBeAdmin && adminsSoFar === 0);

/** What decides who may become admin by being first. */
export interface FirstAdminSources {
  platform: string;
  /** People listed in `SHIPLOG_ADMINS`. */
  configuredAdmins: number;
  /** Platforms whose first person may become admin; all when absent. */
  firstAdminPlatforms?: readonly string[] | undefined;
  /** The caller's platform names its workspace admins (Slack admins and owners). */
  platformNamesAdmins?: boolean | undefined;
}

/**
 * Whether the first-person rule may apply to someone. Not to a person met only as a
 * mention, nor when admins are configured (`SHIPLOG_ADMINS`), nor on a platform that names
 * its workspace admins (Slack: they are the admins, so whoever happens to write first is
 * not), nor on a platform without a workspace-admin flag (Teams) when one with it (Slack)
 * is configured too.
 */
export function firstMayBeAdmin(s: FirstAdminSources): boolean {
  return s.configuredAdmins === 0 && s.platformNamesAdmins !== true && (s.firstAdminPlatforms?.includes(s.platform) ?? true);
}

const PLATFORM_NAMES: Record<string, string> = { slack: 'Slack', teams: 'Microsoft Teams', console: 'the console' };

/**
 * How a workspace with no admin gets one, for someone who is not one: said on their first
 * contact and when they are refused an admin action. Worded for the caller's platform.
 */
export function howAdminsAreChosen(s: FirstAdminSources): string {
  const where = PLATFORM_NAMES[s.platform] ?? s.platform;
  const listed = 'anyone listed in SHIPLOG_ADMINS (set by whoever runs shiplog)';
  if (s.platformNamesAdmins === true) {
    return `shiplog has no admin yet. In ${where} its admins are the workspace's admins and owners, from their first message to shiplog, and ${listed}; being first to write does not make anyone admin.`;
  }
  if (s.configuredAdmins > 0) return `shiplog has no admin yet. Its admins are ${listed}, from their first message to shiplog.`;
  if (!firstMayBeAdmin(s)) {
    return `shiplog has no admin yet. In ${where}, being first to write does not make anyone admin: the first comes from Slack (a workspace admin or owner) or is ${listed}.`;
  }
  return `shiplog has no admin yet: the next person who writes to it for the first time in ${where} becomes its admin, as does ${listed}.`;
}
