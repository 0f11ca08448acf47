/** What `forget` says before and after. Pure. */
import type { Message } from '../message.js';
import { text } from '../message.js';
import { plural } from '../digest/format.js';
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
  const kinds = `${plural(n('wins'), 'win or setback', 'wins and setbacks')}, ${plural(n('usage_records'), 'usage record')}, ${plural(n('endorsements'), 'endorsement')}, ${plural(n('checkin_answers'), 'check-in answer')}, ${plural(n('identity_mappings'), 'identity mapping')}`;
  const audits = `${plural(n('audit_log'), 'audit entry', 'audit entries')} now ${n('audit_log') === 1 ? 'names' : 'name'} a pseudonym`;
  const line = `${name === null ? 'Your' : `${name}'s`} data is deleted: ${kinds}. ${audits}.`;
  return { summary: line, blocks: [{ type: 'text', spans: [text(line)] }], private: true };
}
