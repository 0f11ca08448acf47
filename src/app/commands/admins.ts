/** Granting and revoking shiplog admin rights. */
import type { Mention } from '../../core/commands.js';
import type { Message } from '../../core/message.js';
import { note } from '../../core/replies/basic.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { Ctx } from '../context.js';
import { resolveMention } from '../people.js';
import { audited } from './settings.js';

export async function changeAdmin(ctx: Ctx, mention: Mention, add: boolean): Promise<Result<Message>> {
  const found = await resolveMention(ctx.store, ctx.caller, mention, ctx.settings.timeZone);
  if (!found.ok) return found;
  const person = found.value;
  if (person.isAdmin === add) return ok(note(`${person.displayName} ${add ? 'is already' : 'is not'} an admin.`));
  if (!add && (await ctx.store.listAdmins()).length <= 1) {
    return fail('ADMINS.LAST', `${person.displayName} is the last admin; shiplog needs at least one.`, 'Add another admin first: admins add @person');
  }
  await ctx.store.updatePerson(person.id, { isAdmin: add });
  await audited(ctx, add ? 'admins.add' : 'admins.remove', '', '', person.id);
  return ok(note(add ? `${person.displayName} is now a shiplog admin.` : `${person.displayName} is no longer a shiplog admin.`));
}
