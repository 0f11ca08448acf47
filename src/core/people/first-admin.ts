/** Who administers shiplog from the first contact on. */

/**
 * A person starts as a shiplog admin when their platform says they administer the
 * workspace, or when nobody is an admin yet: the first person in a fresh workspace (or
 * after the last admin was removed) can set shiplog up. NOTE: the count must be read in
 * the same unit of work that creates the person, or two first people could both win.
 */
export const startsAsAdmin = (platformSaysAdmin: boolean, adminsSoFar: number): boolean => platformSaysAdmin || adminsSoFar === 0;
