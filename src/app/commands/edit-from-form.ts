import type { WinFormValues } from '../../core/forms.js';
import type { Message } from '../../core/message.js';
import type { Result } from '../../core/result.js';
import type { Ctx } from '../context.js';
import { editWin } from './change-win.js';

/** An edit form replaces every field it shows; an emptied time-saved field keeps the old value. */
export function editWinFromForm(ctx: Ctx, id: number, values: WinFormValues): Promise<Result<Message>> {
  return editWin(ctx, id, {
    text: values.text,
    visibility: values.visibility,
    ...(values.category && { category: values.category }),
    ...(values.minutes !== undefined && { minutes: values.minutes }),
  });
}
