import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTION_PATTERN, buttonPressed } from './actions.js';
import { shiplogCommand } from './commands.js';
import type { ListenerDeps } from './deps.js';
import { directMessage, homeOpened } from './events.js';
import { LOG_AS_WIN_CALLBACK, logAsWin } from './shortcuts.js';
import { formSubmitted } from './views.js';

/** The slash command, as declared in manifest.yml. */
export const SLASH_COMMAND = '/shiplog';

/** Registers every Slack surface shiplog answers on. */
export function registerListeners(bolt: App, deps: ListenerDeps): void {
  bolt.command(SLASH_COMMAND, shiplogCommand(deps));
  bolt.action<BlockAction<ButtonAction>>({ type: 'block_actions', action_id: ACTION_PATTERN }, buttonPressed(deps));
  bolt.view({ type: 'view_submission', callback_id: /.+/ }, formSubmitted(deps));
  bolt.shortcut({ type: 'message_action', callback_id: LOG_AS_WIN_CALLBACK }, logAsWin(deps));
  bolt.event('message', directMessage(deps));
  bolt.event('app_home_opened', homeOpened(deps));
}
