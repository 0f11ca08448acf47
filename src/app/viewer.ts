/** The caller as a viewer of someone's things, for the core's visibility rules. */
import { viewerOf, type Viewer } from '../core/visibility.js';
import type { Ctx } from './context.js';

/** How the caller stands to `ownerId`: self, their lead, a teammate, an admin, or a stranger. */
export async function viewerFor(ctx: Ctx, ownerId: number): Promise<Viewer> {
  if (ownerId === ctx.person.id) return 'self';
  const mine = await ctx.store.teamsOf(ctx.person.id);
  const theirs = new Set((await ctx.store.teamsOf(ownerId)).map((m) => m.teamId));
  return viewerOf(ctx.person.id, ownerId, {
    sharesTeam: mine.some((m) => theirs.has(m.teamId)),
    leadsOwner: mine.some((m) => m.isLead && theirs.has(m.teamId)),
    isAdmin: ctx.person.isAdmin,
  });
}
