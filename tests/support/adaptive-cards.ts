/** Parses a card with the `adaptivecards` package, as a Teams client would, and reports every problem. */
import { createRequire } from 'node:module';

// NOTE: the package's ESM build cannot be imported in Node (extensionless imports); its UMD bundle can, without a DOM.
const require = createRequire(import.meta.url);
const AC = require('adaptivecards/dist/adaptivecards.js') as {
  AdaptiveCard: new () => {
    parse(json: unknown, context: unknown): void;
    validateProperties(): { validationEvents: { message: string }[] };
  };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): { message: string } };
};

/** Problems the package finds in a card: unknown elements or properties, invalid values. Empty when clean. */
export function cardProblems(json: unknown): string[] {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  for (const e of card.validateProperties().validationEvents) problems.push(e.message);
  return problems;
}

/** Size of a card as sent, in bytes. */
export const cardBytes = (json: unknown): number => Buffer.byteLength(JSON.stringify(json), 'utf8');
