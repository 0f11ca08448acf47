/** Who may run what. Pure. */
import type { Role } from './commands.js';
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

export function requireRole(role: Role, standing: Standing, what: string, adminNames: string[]): Result<void> {
  if (mayRun(role, standing)) return ok(undefined);
  const ask = adminNames.length > 0 ? `Ask an admin (${adminNames.slice(0, 3).join(', ')}).` : 'Ask a shiplog admin.';
  const who = role === 'admin' ? 'shiplog admins' : 'team leads and admins';
  return fail('AUTH.FORBIDDEN', `Only ${who} can ${what}.`, ask);
}
