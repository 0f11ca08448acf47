/** Who administers shiplog from the first contact on. */

/**
 * A person starts as a shiplog admin when their platform says they administer the
 * workspace, or when nobody is an admin yet: the first person in a fresh workspace (or
 * after the last admin was removed) can set shiplog up. NOTE: the count must be read in
 * the same unit of work that creates the person, or two first people could both win.
 */
export const startsAsAdmin = (platformSaysAdmin: boolean, adminsSoFar: number, firstMayBeAdmin = true): boolean =>
  platformSaysAdmin || (firstMayBeAdmin && adminsSoFar === 0);

/**
 * Whether the first-person rule may apply to someone. Not to a person met only as a
 * mention, nor when admins are configured (`SHIPLOG_ADMINS`), nor on a platform without a
 * workspace-admin flag (Teams) when one with it (Slack) is configured too: there an
 * arbitrary user who writes first must not become admin.
 */
export function firstMayBeAdmin(platform: string, configuredAdmins: number, firstAdminPlatforms: readonly string[] | undefined): boolean {
  return configuredAdmins === 0 && (firstAdminPlatforms?.includes(platform) ?? true);
}
