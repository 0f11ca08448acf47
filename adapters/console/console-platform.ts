import type { Action, ChatPlatform, Destination, Message } from '../../src/index.js';
import { toPlainText } from './to-plain-text.js';

/** The console as a chat platform: what shiplog would send is printed where you can read it. */
export interface ConsolePlatform extends ChatPlatform {
  /**
   * Receives the buttons of each delivered message, so `press <n>` can use them, and for a
   * DM its recipient, whose next free text is a reply to it.
   */
  onButtons: ((buttons: Action[], dmTo?: string) => void) | null;
}

const heading = (to: Destination): string =>
  to.kind === 'channel' ? `→ #${to.channel.replace(/^#/, '')}:` : `→ DM to ${to.displayName ?? to.platformUserId}:`;

/**
 * Prints each check-in, reminder and digest as `→ DM to Sam:` or `→ #channel:` followed by
 * the rendered message. The console has no presence, so it never reports anyone away.
 */
export function consolePlatform(write: (text: string) => void): ConsolePlatform {
  const platform: ConsolePlatform = {
    platform: 'console',
    onButtons: null,
    send(to, message: Message) {
      const rendered = toPlainText(message, { numberFrom: 1 });
      write(`${heading(to)}\n${indent(rendered.text)}`);
      if (rendered.buttons.length > 0) platform.onButtons?.(rendered.buttons, to.kind === 'person' ? to.platformUserId : undefined);
      return Promise.resolve();
    },
  };
  return platform;
}

const indent = (text: string): string => text.split('\n').map((line) => (line === '' ? '' : `  ${line}`)).join('\n');
