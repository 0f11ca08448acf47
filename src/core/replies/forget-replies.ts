/** What `forget` says before and after. Pure. */
import type { Message } from '../message.js';
import { text } from '../message.js';
import type { Person } from '../types.js';

const WHAT = 'wins and setbacks, endorsements, check-in answers, identity mappings, usage records and conversation references';

/** Asks first: `person` null means the caller themselves. */
export function forgetConfirmation(person: Person | null): Message {
  const whose = person === null ? 'your' : `${person.displayName}'s`;
  const typed = person === null ? 'forget me confirm' : `forget @${person.displayName} confirm`;
  const line = `This deletes ${whose} personal data in shiplog for good: ${WHAT}, and the profile. Audit entries stay, with a pseudonym instead of the name. Digests already sent are not changed.`;
  return {
    summary: line,
    blocks: [
      { type: 'text', spans: [text(line)] },
      { type: 'actions', actions: [person === null ? { id: 'forget-me', label: 'Delete my data', value: '', style: 'danger' } : { id: 'forget-person', label: `Delete ${person.displayName}'s data`, value: String(person.id), style: 'danger' }] },
      { type: 'small', spans: [text(`Or type: ${typed}. ${person === null ? 'Want a copy first? Type: export me' : ''}`.trim())] },
    ],
    private: true,
  };
}

/** Done: how many rows went, per kind. */
export function forgotten(name: string | null, counts: Record<string, number>): Message {
  const n = (t: string): number => counts[t] ?? 0;
  const line = `${name === null ? 'Your' : `${name}'s`} data is deleted: ${n('wins')} wins and setbacks, ${n('usage_records')} usage records, ${n('endorsements')} endorsements, ${n('checkin_answers')} check-in answers, ${n('identity_mappings')} identity mappings. ${n('audit_log')} audit entries now name a pseudonym.`;
  return { summary: line, blocks: [{ type: 'text', spans: [text(line)] }], private: true };
}
