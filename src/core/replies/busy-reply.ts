/** The answer when shiplog has too much in hand to take a command now. Pure. */
import type { Message } from '../message.js';
import { errorMessage } from './basic.js';

/** Said at once instead of running the command: nothing was done, so trying again is safe. */
export const busyReply = (): Message =>
  errorMessage({ code: 'SHIPLOG.BUSY', message: 'shiplog is too busy to take this right now, so it did nothing.', hint: 'Try again in a minute.' });
