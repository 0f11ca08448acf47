/**
 * The fields of an incoming activity that shiplog reads, checked once at the edge (after
 * botbuilder has authenticated the request): a message or invoke whose sender, conversation
 * or text is not what the Bot Framework schema says is answered as malformed instead of
 * failing deep inside a turn. Unknown fields pass through; Teams adds new ones.
 */
import { z } from 'zod';

const account = z.looseObject({ id: z.string().min(1), name: z.string().nullish(), aadObjectId: z.string().nullish() });
const text = z.string().nullish();
const entity = z.looseObject({ type: z.string().nullish(), text: z.string().nullish(), mentioned: z.looseObject({ id: z.string().nullish(), name: z.string().nullish(), type: z.string().nullish() }).nullish() });

/** What a message or invoke must carry for shiplog to act on it. */
const conversational = z.looseObject({
  type: z.string(),
  id: z.string().nullish(),
  name: z.string().nullish(),
  serviceUrl: z.string().min(1),
  from: account,
  recipient: account,
  conversation: z.looseObject({ id: z.string().min(1), conversationType: z.string().nullish(), tenantId: z.string().nullish() }),
  text,
  localTimezone: z.string().nullish(),
  entities: z.array(entity).nullish(),
  value: z.unknown().optional(),
});

/** Events only store where the conversation is; they need an address, not a sender. */
const event = z.looseObject({
  type: z.string(),
  action: z.string().nullish(),
  serviceUrl: z.string().nullish(),
  conversation: z.looseObject({ id: z.string().nullish(), conversationType: z.string().nullish(), tenantId: z.string().nullish() }).nullish(),
});

/** Why the activity cannot be handled (`from.id: …`), or null when its shape is fine. */
export function activityProblem(activity: unknown): string | null {
  const type = (activity as { type?: unknown } | null)?.type;
  const schema = type === 'message' || type === 'invoke' ? conversational : event;
  const parsed = schema.safeParse(activity);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  return `${issue.path.join('.') || 'activity'}: ${issue.message}`;
}
