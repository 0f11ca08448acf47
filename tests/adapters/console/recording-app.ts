import type { ActionId, Block, Caller, FormOutcome, Message, ShiplogApp } from '../../../src/index.js';

/** One call the console made into the app. */
export type AppCall =
  | { kind: 'command'; caller: Caller; line: string; options: unknown }
  | { kind: 'dm'; caller: Caller; line: string }
  | { kind: 'action'; caller: Caller; action: ActionId; value: string }
  | { kind: 'submit'; caller: Caller; formId: string; values: Record<string, string> };

/** How the scripted app answers; each defaults to a one-line echo. */
export interface Script {
  command?: (line: string, caller: Caller) => Message | Promise<Message>;
  dm?: (line: string, caller: Caller) => Message | Promise<Message>;
  action?: (action: ActionId, value: string) => Message | Promise<Message>;
  submit?: (formId: string, values: Record<string, string>) => FormOutcome | Promise<FormOutcome>;
}

/** A message of the given blocks. */
export const msg = (...blocks: Block[]): Message => ({ summary: 'summary', blocks, private: true });

/** A message of one line of text. */
export const say = (text: string): Message => msg({ type: 'text', spans: [{ type: 'text', text }] });

/**
 * A ShiplogApp double that records every call. The console is the unit under test here,
 * so the app's answers are scripted rather than produced by the real use cases.
 */
export function recordingApp(script: Script = {}): { app: ShiplogApp; calls: AppCall[] } {
  const calls: AppCall[] = [];
  const known = new Set<string>();
  const app: ShiplogApp = {
    ensurePerson: (caller) => {
      const created = !known.has(caller.platformUserId);
      known.add(caller.platformUserId);
      return Promise.resolve({ created });
    },
    handleCommand: async (caller, line, options) => {
      calls.push({ kind: 'command', caller, line, options });
      return script.command ? script.command(line, caller) : say(`echo ${line}`);
    },
    handleDirectMessage: async (caller, line) => {
      calls.push({ kind: 'dm', caller, line });
      return script.dm ? script.dm(line, caller) : say(`dm ${line}`);
    },
    homeView: () => Promise.reject(new Error('the console has no home page')),
    runDue: () => Promise.resolve({ sent: [], skipped: [], failed: [] }),
    idle: () => Promise.resolve(),
    handleAction: async (caller, action, value) => {
      calls.push({ kind: 'action', caller, action, value });
      return script.action ? script.action(action, value) : say(`pressed ${action} ${value}`);
    },
    checkForm: () => null,
    claimRequest: () => Promise.resolve(true),
    submitForm: async (caller, formId, values) => {
      calls.push({ kind: 'submit', caller, formId, values });
      return script.submit ? script.submit(formId, values) : { ok: true, message: say(`submitted ${formId}`) };
    },
  };
  return { app, calls };
}
