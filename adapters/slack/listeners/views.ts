import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { FormOutcome } from '../../../src/index.js';
import { decodeModalContext, publishHome, sendPrivately } from '../deliver.js';
import { valuesFromState } from '../to-view.js';
import type { ListenerDeps } from './deps.js';

type SubmitArgs = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/**
 * A submitted form. Field errors go back in the ack so Slack shows them inline on the
 * fields; a valid submission closes the modal at once, and the caller look-up, the write
 * and the confirmation follow it privately.
 */
export const formSubmitted =
  ({ app, lookup, afterAck }: ListenerDeps) =>
  async ({ ack, body, view, client, context: request }: SubmitArgs): Promise<void> => {
    const values = valuesFromState(view.state.values);
    const invalid = app.checkForm(view.callback_id, values);
    // NOTE: the answer to a view_submission must come in the ack itself, within 3 s: nothing
    // that waits on Slack or the database (users.info can be rate-limited) may come before it.
    if (invalid !== null) {
      await ack({ response_action: 'errors', errors: inlineErrors(invalid, view.blocks.map((block) => block.block_id ?? '')) });
      return;
    }
    await ack();
    if (!(await afterAck(request))) return;
    const context = decodeModalContext(view.private_metadata);
    const caller = await lookup(client, body.user.id, body.user.name);
    const outcome = await app.submitForm(caller, view.callback_id, values, context.source === undefined ? {} : { source: context.source });
    await sendPrivately(client, caller.platformUserId, context.channel, outcome.message);
    if (outcome.ok) await publishHome(client, app, caller);
  };

/** Errors keyed by input block; an error that names no field is shown on the first one. */
function inlineErrors(outcome: Extract<FormOutcome, { ok: false }>, blockIds: string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, error] of Object.entries(outcome.fieldErrors)) if (blockIds.includes(field)) errors[field] = error;
  const first = blockIds[0];
  if (Object.keys(errors).length === 0 && first !== undefined) errors[first] = outcome.message.summary;
  return errors;
}
