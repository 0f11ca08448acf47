/** After the last failed attempt: audit it and tell every admin by DM. */
import { note } from '../../core/replies/basic.js';
import type { DueItem, OrgSnapshot } from '../../core/schedule/due-items.js';
import type { Logger } from '../context.js';
import { dmTo, type OutgoingDeps } from './outgoing.js';

function describe(org: OrgSnapshot, item: DueItem): string {
  if (item.kind === 'digest') return `the ${org.teams.find((t) => t.id === item.teamId)?.name ?? item.target} digest`;
  const who = org.people.find((p) => p.id === item.personId)?.displayName ?? item.target;
  return item.kind === 'rollup' ? `the organisation roll-up for ${who}` : `${who}'s ${item.kind}`;
}

/** Audits the give-up and DMs each admin; a failing admin DM is logged, never thrown. */
export async function tellAdminsDeliveryFailed(
  deps: OutgoingDeps & { log: Logger }, org: OrgSnapshot, item: DueItem, attempts: number, reason: string, fix: string | null = null,
): Promise<void> {
  const what = describe(org, item);
  await deps.store.appendAudit({ actorId: null, action: 'delivery.failed', target: item.target, detail: `${item.kind} ${item.period}: gave up after ${attempts} attempts: ${reason}` });
  const again = item.kind === 'digest' ? ` To try again: digest send ${org.teams.find((t) => t.id === item.teamId)?.name ?? ''}` : '';
  const hint = fix === null ? again : ` ${fix}${again.replace(' To try again:', ' Then:')}`;
  await dmAdmins(deps, org, `shiplog could not deliver ${what} for ${item.period} after ${attempts} attempts (last error: ${reason}). It will not retry on its own.${hint}`);
}

/** DMs `text` to each admin in the snapshot; a failing admin DM is logged, never thrown. */
export async function dmAdmins(deps: Pick<OutgoingDeps, 'outbox'> & { log: Logger }, org: OrgSnapshot, text: string): Promise<void> {
  const message = note(text);
  for (const admin of org.people.filter((p) => p.isAdmin)) {
    try {
      await deps.outbox.send(dmTo(admin), message);
    } catch (error) {
      deps.log.error({ admin: admin.id, err: error instanceof Error ? error.message : String(error) }, 'could not tell an admin about a failed delivery');
    }
  }
}
