/** Workspace settings and the audit log (admin). */
import type { Message } from '../../core/message.js';
import { auditReply, settingsReply } from '../../core/replies/admin-replies.js';
import { note } from '../../core/replies/basic.js';
import { ok, type Result } from '../../core/result.js';
import { resolveSettings, SETTINGS, validateSetting } from '../../core/settings.js';
import type { Ctx } from '../context.js';
import type { PeopleStore } from '../ports/index.js';
import { scheduleWords } from './setting-words.js';

/** Every admin change goes through here so none escapes the audit log. */
export async function audited(ctx: Ctx, action: string, target: string, detail = '', subjectId: number | null = null): Promise<void> {
  await ctx.store.appendAudit({ actorId: ctx.person.id, action, target, detail, subjectId });
}

export async function showSettings(ctx: Ctx): Promise<Result<Message>> {
  return ok(settingsReply(await ctx.store.getSettings('workspace')));
}

export async function setSetting(ctx: Ctx, key: string, value: string): Promise<Result<Message>> {
  const valid = validateSetting(key, value);
  if (!valid.ok) return valid;
  const before = (await ctx.store.getSettings('workspace'))[valid.value.key] ?? SETTINGS[valid.value.key].default;
  // Saying the same again is not a change: nothing is written or audited.
  if (before === valid.value.value) return ok(note(`${valid.value.key} was already ${before}; nothing changed.`));
  const followers = await ctx.store.transaction(async (tx) => {
    await tx.setSetting('workspace', valid.value.key, valid.value.value);
    return valid.value.key === 'timezone' ? applyWorkspaceZone(tx, valid.value.value) : 0;
  });
  await audited(ctx, 'settings.set', valid.value.key, `${before} -> ${valid.value.value}`);
  const after: Ctx = { ...ctx, settings: resolveSettings(await ctx.store.getSettings('workspace')) };
  const person = (await ctx.store.getPerson(ctx.person.id)) ?? ctx.person;
  const words = await scheduleWords({ ...after, person }, valid.value.key, followers);
  return ok(note([`${valid.value.key} is now ${valid.value.value} (was ${before}).`, ...words].join(' ')));
}

/** The workspace zone is the zone of everyone who never chose one or got one from their platform. */
async function applyWorkspaceZone(store: PeopleStore, zone: string): Promise<number> {
  const followers = (await store.listPeople()).filter((p) => p.timeZoneSource === 'workspace' && p.timeZone !== zone);
  for (const p of followers) await store.updatePerson(p.id, { timeZone: zone });
  return followers.length;
}

export async function showAudit(ctx: Ctx, limit: number): Promise<Result<Message>> {
  const entries = await ctx.store.listAudit(limit);
  const names = new Map<number, string>();
  for (const id of new Set(entries.flatMap((e) => [e.actorId, e.subjectId]).filter((x): x is number => x !== null))) {
    const p = await ctx.store.getPerson(id);
    if (p) names.set(id, p.displayName);
  }
  return ok(auditReply(entries, names));
}
