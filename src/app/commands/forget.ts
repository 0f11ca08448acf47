/** `forget me` and admin `forget @person`: delete a person's data after a confirmation. */
import type { Mention } from '../../core/commands.js';
import type { Message } from '../../core/message.js';
import { pseudonymFor } from '../../core/personal-data.js';
import { forgetConfirmation, forgotten } from '../../core/replies/forget-replies.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { Person } from '../../core/types.js';
import type { Ctx } from '../context.js';
import { resolveMention } from '../people.js';

/** `forget me [confirm]`: without confirm (or the button), only asks. */
export async function forgetMe(ctx: Ctx, confirmed: boolean): Promise<Result<Message>> {
  if (!confirmed) return ok(forgetConfirmation(null));
  return forgetPersonNow(ctx, ctx.person);
}

/** `forget @person [confirm]` (admin), e.g. for someone who left. */
export async function forgetSomeone(ctx: Ctx, mention: Mention, confirmed: boolean): Promise<Result<Message>> {
  const found = await resolveMention(ctx.store, ctx.caller, mention, ctx.settings.timeZone);
  if (!found.ok) return found;
  if (!confirmed) return ok(forgetConfirmation(found.value));
  return forgetPersonNow(ctx, found.value);
}

/** The admin's confirm button: the value is the person's id. */
export async function forgetById(ctx: Ctx, value: string): Promise<Result<Message>> {
  const person = /^\d{1,12}$/.test(value) ? await ctx.store.getPerson(Number(value)) : null;
  if (person === null) return fail('PERSON.NOT_FOUND', 'That person is not in shiplog (any more).');
  return forgetPersonNow(ctx, person);
}

async function forgetPersonNow(ctx: Ctx, person: Person): Promise<Result<Message>> {
  if (person.isAdmin && (await ctx.store.listAdmins()).length <= 1) {
    return fail('ADMINS.LAST', `${person.id === ctx.person.id ? 'You are' : `${person.displayName} is`} the last admin; shiplog needs one.`, 'Add another admin first: admins add @person');
  }
  // Random, so the pseudonym cannot be worked back to the person (a hash of their id could).
  const pseudonym = pseudonymFor(globalThis.crypto.randomUUID().slice(0, 8));
  const self = person.id === ctx.person.id;
  const counts = await ctx.store.transaction(async (tx) => {
    const done = await tx.forgetPerson({ personId: person.id, email: person.email, identifiers: [person.displayName, person.platformUserId], pseudonym });
    // Audited about the pseudonym: the entry says a person was forgotten, never who.
    await tx.appendAudit({ actorId: self ? null : ctx.person.id, actorPseudonym: self ? pseudonym : null, subjectPseudonym: pseudonym, action: 'data.forget', target: '', detail: countsLine(done) });
    return done;
  });
  ctx.deps.log.info({ pseudonym, counts }, 'person forgotten');
  return ok(forgotten(self ? null : person.displayName, counts));
}

const countsLine = (counts: Record<string, number>): string =>
  Object.entries(counts).filter(([, n]) => n > 0).map(([t, n]) => `${t} ${n}`).join(', ');
