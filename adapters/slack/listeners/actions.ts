import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ActionId } from '../../../src/index.js';
import { openFormIfAny, publishHome, respondWith, sendToDm } from '../deliver.js';
import { ACTION_ID_SEPARATOR, actionIdOf } from '../to-block-kit.js';
import type { ListenerDeps } from './deps.js';

/** Every button the message model knows; `satisfies` makes a new ActionId break the build here. */
const KNOWN = {
  'log-win': true,
  'nothing-this-week': true,
  snooze: true,
  'edit-win': true,
  'undo-win': true,
  'endorse-win': true,
  'set-nudges': true,
  'send-digest': true,
  'forget-me': true,
  'forget-person': true,
} as const satisfies Record<ActionId, true>;

const isActionId = (id: string): id is ActionId => Object.hasOwn(KNOWN, id);

/** Matches the action ids the Block Kit renderer produces (`edit-win#3`). */
export const ACTION_PATTERN = new RegExp(`^(${Object.keys(KNOWN).join('|')})(${ACTION_ID_SEPARATOR}\\d+)?$`);

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/**
 * A button press: a reply with a form opens as a modal; otherwise the answer goes back
 * privately (to the message's response_url, or the DM when pressed on the Home tab),
 * and the Home tab is refreshed since the press may have changed what it shows.
 */
export const buttonPressed =
  ({ app, lookup, afterAck }: ListenerDeps) =>
  async ({ ack, action, body, client, context }: ButtonArgs): Promise<void> => {
    await ack();
    const id = actionIdOf(action.action_id);
    if (!isActionId(id) || !(await afterAck(context))) return;
    const caller = await lookup(client, body.user.id, body.user.name);
    const reply = await app.handleAction(caller, id, action.value ?? '');
    const channel = body.channel?.id;
    if (await openFormIfAny(client, body.trigger_id, reply, channel === undefined ? {} : { channel })) return;
    if (body.response_url !== undefined && body.view?.type !== 'home') await respondWith(body.response_url, reply);
    else await sendToDm(client, caller.platformUserId, reply);
    await publishHome(client, app, caller);
  };
