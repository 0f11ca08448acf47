/** The one role gate for commands, buttons and forms alike, with refusals audited. */
import type { Role } from '../core/commands.js';
import { requireRole } from '../core/permissions.js';
import type { Result } from '../core/result.js';
import type { Ctx } from './context.js';

/** How a request arrived: a typed command, a button (Slack block action, Teams card action) or a form. */
export type Via = 'command' | 'button' | 'form';

/**
 * Refuses what the caller's role does not allow. A refusal changes nothing and is audited
 * (`auth.refused`, naming `what`): a button or form for an admin action can be forged, or
 * outlive a role. `said` is how the reply names it, when that differs (a button's label).
 */
export async function authorize(ctx: Ctx, role: Role, what: string, via: Via, said: string = what): Promise<Result<void>> {
  const allowed = requireRole(role, await ctx.standing(), said, await ctx.adminNames(), ctx.howAdminsAreChosen());
  if (!allowed.ok) await ctx.store.appendAudit({ actorId: ctx.person.id, action: 'auth.refused', target: what, detail: `${via}; needs ${role}` });
  return allowed;
}
