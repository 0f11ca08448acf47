/**
 * What to do with a signed Slack body before any listener sees it: pass it on, acknowledge
 * it at once and do nothing (a button from an old message, a closed modal), or reject it
 * as malformed. Listeners then read only fields this has checked, so a hostile or damaged
 * body is answered at once and never reaches them as a TypeError.
 */
import { ACTION_PATTERN } from './listeners/actions.js';
import { SLASH_COMMAND } from './listeners/index.js';
import { LOG_AS_WIN_CALLBACK } from './listeners/shortcuts.js';

export type Verdict = { kind: 'pass' } | { kind: 'ack' } | { kind: 'reject'; reason: string };

const PASS: Verdict = { kind: 'pass' };
const ACK: Verdict = { kind: 'ack' };
const reject = (reason: string): Verdict => ({ kind: 'reject', reason });

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const userId = (body: Obj): unknown => (isObj(body.user) ? body.user.id : undefined);

/** Judges a parsed body (slash command fields, an interactivity payload or an Events API envelope). */
export function judgePayload(body: unknown): Verdict {
  if (!isObj(body)) return reject('the body is not a Slack payload');
  if ('command' in body) return judgeCommand(body);
  switch (body.type) {
    case 'url_verification':
      return isStr(body.challenge) ? PASS : reject('url_verification without a challenge');
    case 'event_callback':
      return isObj(body.event) && isStr(body.event.type) && isStr(body.event_id) ? PASS : reject('an event without an event object or event_id');
    case 'block_actions':
      return judgeActions(body);
    case 'view_submission':
      return judgeView(body);
    case 'message_action':
      if (!(isStr(userId(body)) && isStr(body.callback_id) && isStr(body.trigger_id) && isObj(body.message) && isObj(body.channel) && isStr(body.channel.id))) {
        return reject('a message shortcut without its user, callback_id, trigger_id, message or channel');
      }
      // Another shortcut of this app (one added in Slack, not here) has no listener: acknowledge it.
      return body.callback_id === LOG_AS_WIN_CALLBACK ? PASS : ACK;
    case undefined:
      return reject('the payload has no type');
    default:
      // view_closed, block_suggestion, global shortcuts…: shiplog answers none of them.
      return isStr(body.type) ? ACK : reject('the payload type is not a string');
  }
}

function judgeCommand(body: Obj): Verdict {
  const ok = isStr(body.command) && isStr(body.user_id) && isStr(body.trigger_id) && isStr(body.channel_id) && (body.text === undefined || isStr(body.text));
  if (!ok) return reject('a slash command without command, user_id, channel_id or trigger_id');
  return body.command === SLASH_COMMAND ? PASS : reject(`shiplog answers ${SLASH_COMMAND} only`);
}

function judgeActions(body: Obj): Verdict {
  if (!isStr(userId(body))) return reject('block_actions without a user');
  const first: unknown = Array.isArray(body.actions) ? body.actions[0] : undefined;
  // A button press shiplog does not know (an old message, another app's block): nothing to do.
  if (!isObj(first) || !isStr(first.action_id) || !ACTION_PATTERN.test(first.action_id)) return ACK;
  if (first.value !== undefined && !isStr(first.value)) return reject('an action value that is not a string');
  return isStr(body.trigger_id) ? PASS : reject('block_actions without a trigger_id');
}

function judgeView(body: Obj): Verdict {
  if (!isStr(userId(body))) return reject('a view submission without a user');
  const view = body.view;
  if (!isObj(view) || !isStr(view.callback_id)) return reject('a view submission without a view');
  // Every shiplog form has an id; a view without one is not shiplog's, and no listener takes it.
  if (view.callback_id === '') return ACK;
  if (!isObj(view.state) || !isObj(view.state.values)) return reject('a view submission without its state');
  if (!Object.values(view.state.values).every(isObj)) return reject('a view submission whose state is not inputs');
  if (!Array.isArray(view.blocks) || !view.blocks.every(isObj)) return reject('a view submission without blocks');
  return view.private_metadata === undefined || isStr(view.private_metadata) ? PASS : reject('private_metadata that is not a string');
}
