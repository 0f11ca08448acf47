import { ActivityTypes, TeamsInfo, TurnContext, type Activity } from 'botbuilder';
import type { ActionId, Caller, ConversationReferenceStore, IntroducedPerson, Message, ShiplogApp } from '../../src/index.js';
import { personalActivities } from './activities.js';
import { activityProblem } from './activity-shape.js';
import { CARD_CONTENT_TYPE, DATA_MARK } from './card-json.js';
import { fileInfoActivity, uploadFile, type FileConsentAnswer, type FileOffers } from './file-offers.js';
import { fromTeamsText } from './from-teams-text.js';
import { channelKey, personKey, rootConversation, SERVICE_KEY } from './reference-keys.js';
import type { TeamsChat } from './teams-chat.js';
import type { TeamsLog } from './teams-log.js';
import { toAdaptiveCard } from './to-adaptive-card.js';

/** What a turn needs. */
export interface TurnDeps {
  app: ShiplogApp;
  chat: TeamsChat;
  references: ConversationReferenceStore;
  offers: FileOffers;
  profiles: ProfileLookup;
  log: TeamsLog;
  now: () => Date;
}

/** A Teams user's profile from the roster (`TeamsInfo.getMember`); null when it cannot be read. */
export type ProfileLookup = (context: TurnContext, userId: string) => Promise<IntroducedPerson | null>;

/** Every button the message model knows; `satisfies` makes a new ActionId break the build here. */
const KNOWN = { 'log-win': true, 'nothing-this-week': true, snooze: true, 'edit-win': true, 'undo-win': true, 'endorse-win': true, 'set-nudges': true, 'send-digest': true, 'forget-me': true, 'forget-person': true } as const satisfies Record<ActionId, true>;
const isActionId = (id: unknown): id is ActionId => typeof id === 'string' && Object.hasOwn(KNOWN, id);

const SENT_PRIVATELY = 'I sent you the answer in our 1:1 chat.';
const USER_MENTION = /<@([^\s|<>]+)\|[^<>]*>/g;

const isPersonal = (activity: Activity): boolean => activity.conversation.conversationType === 'personal';

/**
 * Roster profiles, cached for ten minutes so each message does not cost a call. A failed
 * look-up is not cached: the request goes ahead with what the activity said.
 */
export function createProfileLookup(ttlMs = 10 * 60_000): ProfileLookup {
  const cache = new Map<string, { at: number; profile: IntroducedPerson }>();
  return async (context, userId) => {
    const hit = cache.get(userId);
    if (hit && Date.now() - hit.at < ttlMs) return hit.profile;
    try {
      const member = await TeamsInfo.getMember(context, userId);
      const profile: IntroducedPerson = { platformUserId: userId, displayName: member.name || userId, email: member.email ?? member.userPrincipalName ?? null };
      if (cache.size > 5000) cache.clear();
      cache.set(userId, { at: Date.now(), profile });
      return profile;
    } catch {
      // NOTE: a roster read can fail (permissions, a chat the bot left); nobody loses their answer over it.
      return null;
    }
  };
}

/** Stores where this conversation (and, in a 1:1 chat, this person) can be reached later. */
async function remember(deps: TurnDeps, activity: Activity): Promise<void> {
  if (!activity.serviceUrl || !activity.conversation?.id) return;
  if (activity.type === 'installationUpdate' && String(activity.action ?? '').startsWith('remove')) return;
  // Without the message id, a later send starts a new message instead of replying to this one.
  const { activityId: _reply, ...reference } = TurnContext.getConversationReference(activity);
  const at = deps.now();
  const conversationId = rootConversation(activity.conversation.id);
  const stored = { ...reference, conversation: { ...reference.conversation, id: conversationId } };
  // Shared addresses keep nothing of who spoke last: only a person's own 1:1 address names
  // them (forget deletes it). The service address needs only where and as whom to start chats.
  const { user: _sender, ...shared } = stored;
  const service = { ...shared, conversation: { tenantId: stored.conversation.tenantId } };
  await deps.references.saveConversationReference('teams', SERVICE_KEY, JSON.stringify(service), at);
  if (isPersonal(activity) && activity.from?.id) await deps.references.saveConversationReference('teams', personKey(activity.from.id), JSON.stringify(stored), at);
  else await deps.references.saveConversationReference('teams', channelKey(conversationId), JSON.stringify(shared), at);
}

async function callerOf(deps: TurnDeps, context: TurnContext, text: string): Promise<Caller> {
  const { from, localTimezone } = context.activity;
  const profile = await deps.profiles(context, from.id);
  const introduced: IntroducedPerson[] = [];
  for (const [, id] of text.matchAll(USER_MENTION)) {
    const person = id === undefined ? null : await deps.profiles(context, id);
    if (person) introduced.push(person);
  }
  return {
    platform: 'teams',
    platformUserId: from.id,
    displayName: profile?.displayName || from.name || 'Teams user',
    email: profile?.email ?? null,
    timeZone: localTimezone ?? null,
    directoryId: from.aadObjectId ?? null,
    ...(introduced.length > 0 && { introduced }),
  };
}

/** Sends a reply: in the conversation, or (a private answer asked for in a channel) in the person's 1:1 chat. */
async function reply(deps: TurnDeps, context: TurnContext, message: Message): Promise<void> {
  if (message.private && !isPersonal(context.activity)) {
    await deps.chat.sendToUser(context.activity.from.id, message);
    await context.sendActivity({ type: ActivityTypes.Message, text: SENT_PRIVATELY, replyToId: context.activity.id });
    return;
  }
  for (const activity of personalActivities(message, context.activity.from.id, deps.offers)) await context.sendActivity(activity);
}

/** The inputs of a card submission as strings, without shiplog's own data fields. */
function inputsOf(value: Record<string, unknown>): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) if (key !== DATA_MARK && key !== 'form' && key !== 'action' && key !== 'value' && key !== 'msteams' && typeof v === 'string') inputs[key] = v;
  return inputs;
}

/** Runs a button press or form submission; null when the data is not shiplog's. */
async function runCardData(deps: TurnDeps, caller: Caller, value: Record<string, unknown>): Promise<Message | null> {
  if (value[DATA_MARK] === 'form' && typeof value.form === 'string') {
    const outcome = await deps.app.submitForm(caller, value.form, inputsOf(value));
    // An invalid submission comes back as the same form with each error under its field.
    if (!outcome.ok && outcome.form !== undefined) return { ...outcome.message, blocks: [...outcome.message.blocks, { type: 'form', form: outcome.form }] };
    return outcome.message;
  }
  if (value[DATA_MARK] === 'action' && isActionId(value.action)) return deps.app.handleAction(caller, value.action, typeof value.value === 'string' ? value.value : '');
  return null;
}

async function onMessage(deps: TurnDeps, context: TurnContext): Promise<void> {
  const activity = context.activity;
  const value = activity.value as Record<string, unknown> | undefined;
  // Action.Submit arrives as a message with no text and the card's data (plus inputs) as its value.
  if (!activity.text && value !== undefined && typeof value === 'object') {
    const message = await runCardData(deps, await callerOf(deps, context, ''), value);
    if (message !== null) await reply(deps, context, message);
    return;
  }
  const text = fromTeamsText(activity.text ?? '', activity.entities ?? [], activity.recipient.id);
  const caller = await callerOf(deps, context, text);
  const message = isPersonal(activity)
    ? await deps.app.handleDirectMessage(caller, text, { dedupeKey: `teams:${activity.conversation.id}:${activity.id ?? ''}` })
    : await deps.app.handleCommand(caller, text);
  await reply(deps, context, message);
}

/** The person allowed or declined a file offered with a consent card: upload it, or say it was not sent. */
async function onFileConsent(deps: TurnDeps, context: TurnContext): Promise<void> {
  const answer = (context.activity.value ?? {}) as FileConsentAnswer;
  const offer = typeof answer.context?.offer === 'string' ? answer.context.offer : '';
  const file = deps.offers.take(offer, context.activity.from.id);
  const say = (text: string) => context.sendActivity({ type: ActivityTypes.Message, text });
  const info = answer.uploadInfo;
  if (answer.action !== 'accept') await say('Not sent: you declined the file. Type `export me` to be offered it again.');
  else if (file === null) await say('That file is no longer waiting (an offer lasts 15 minutes and is used once). Type `export me` for a fresh one.');
  else if (!info?.uploadUrl || !info.contentUrl || !info.name) await say('Teams gave no place to upload the file to. Type `export me` to try again.');
  else {
    const uploaded = await uploadFile(info.uploadUrl, file);
    if (uploaded.ok) await context.sendActivity({ ...fileInfoActivity({ ...info, contentUrl: info.contentUrl, name: info.name }) });
    else await say(`Your OneDrive refused the upload (HTTP ${uploaded.status}). Type \`export me\` to try again.`);
  }
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200 } });
}

/** `Action.Execute`: answered in the invoke response, the card updated in place. */
async function onInvoke(deps: TurnDeps, context: TurnContext): Promise<void> {
  const activity = context.activity;
  const invoke = (status: number, body?: unknown) => context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status, body } });
  if (activity.name === 'fileConsent/invoke') return onFileConsent(deps, context);
  const action = (activity.value as { action?: { type?: string; data?: Record<string, unknown> } } | undefined)?.action;
  if (activity.name !== 'adaptiveCard/action' || action?.type !== 'Action.Execute') return void (await invoke(501, { statusCode: 501, type: 'application/vnd.microsoft.error', value: { code: 'NotImplemented', message: 'shiplog does not handle this invoke.' } }));
  const message = await runCardData(deps, await callerOf(deps, context, ''), action.data ?? {});
  if (message === null) return void (await invoke(400, { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'Not a shiplog card.' } }));
  if (message.private && !isPersonal(activity)) {
    await deps.chat.sendToUser(activity.from.id, message);
    return void (await invoke(200, { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: SENT_PRIVATELY }));
  }
  await invoke(200, { statusCode: 200, type: CARD_CONTENT_TYPE, value: toAdaptiveCard(message) });
}

/**
 * One Teams turn: remember where the conversation is, then translate, call the app and
 * render. Installation and membership events only store references; other activities are
 * acknowledged (Teams expects 200 for events it adds later).
 */
export async function handleTurn(deps: TurnDeps, context: TurnContext): Promise<void> {
  const problem = activityProblem(context.activity);
  if (problem !== null) {
    deps.log.warn({ problem, type: String(context.activity.type) }, 'teams activity malformed; not handled');
    if (context.activity.type === 'invoke') await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 400, body: { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: `Malformed activity (${problem.slice(0, 120)}).` } } } });
    return;
  }
  await remember(deps, context.activity);
  if (context.activity.type === 'message') return onMessage(deps, context);
  if (context.activity.type === 'invoke') return onInvoke(deps, context);
}
