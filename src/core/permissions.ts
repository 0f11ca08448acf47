/** Who may run what. Pure. */
import type { Role } from './commands.js';
import type { ActionId } from './message.js';
import { fail, ok, type Result } from './result.js';
import type { Person } from './types.js';

export interface Standing {
  person: Person;
  /** Leads at least one team. */
  isLead: boolean;
}

export function mayRun(role: Role, standing: Standing): boolean {
  switch (role) {
    case 'everyone':
      return true;
    case 'lead':
      return standing.isLead || standing.person.isAdmin;
    case 'admin':
      return standing.person.isAdmin;
  }
}

/** `withoutAdmins`: how the workspace gets an admin, said when it has none to ask. */
export function requireRole(role: Role, standing: Standing, what: string, adminNames: string[], withoutAdmins = 'Ask a shiplog admin.'): Result<void> {
  if (mayRun(role, standing)) return ok(undefined);
  const ask = adminNames.length > 0 ? `Ask an admin (${adminNames.slice(0, 3).join(', ')}).` : withoutAdmins;
  const who = role === 'admin' ? 'shiplog admins' : 'team leads and admins';
  return fail('AUTH.FORBIDDEN', `Only ${who} can ${what}.`, ask);
}

/**
 * Who may press each button. A button is only shown to people who may press it, but a
 * payload can be forged or outlive a role, so the app checks this on every press.
 */
export const ACTION_ROLES = {
  'log-win': 'everyone',
  'nothing-this-week': 'everyone',
  snooze: 'everyone',
  'edit-win': 'everyone',
  'undo-win': 'everyone',
  'endorse-win': 'everyone',
  'set-nudges': 'everyone',
  'send-digest': 'admin',
  'forget-me': 'everyone',
  'forget-person': 'admin',
} as const satisfies Record<ActionId, Role>;

/**
 * What a refused press is called in the reply: the button's own words, not its id. A press
 * carries only id and value, so a button whose label names someone is worded generally.
 */
export function actionLabel(action: keyof typeof ACTION_ROLES, value: string): string {
  if (action === 'send-digest') return `Send it to ${value.slice(0, 40)} now`;
  if (action === 'forget-person') return "Delete this person's data";
  return action;
}

/** Who may submit a form, by its id (`log-win`, `edit-win:<id>`); null for a form shiplog never sends. */
export function formRole(formId: string): Role | null {
  if (formId === 'log-win' || /^edit-win:\d{1,12}$/.test(formId)) return 'everyone';
  return null;
}
