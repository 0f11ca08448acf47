/**
 * Whether a win's words state a concrete result on their own. It only decides whether to
 * show a light hint ("add the link or who it helped?"), so it leans towards yes.
 *
 * A concrete result is any of:
 * - a measured change: a percentage or multiple ("30%", "10x"), or a count of things
 *   ("3 bugs", "12 customers"). "v2.1", "GPT-4", "PR 42", "in 2026" and lengths of time
 *   ("took 3 days") are not counts;
 * - an effect on people: "helped", "unblocked", "customers", "users", "teammates", or
 *   someone named ("for Sam", an @mention);
 * - an improvement verb: "cut", "reduced", "sped up", "faster", "halved", "eliminated"…
 */

const MEASURE = /(?<![\p{L}\p{N}_.-])\d{1,7}(?:[.,]\d{1,3})?\s{0,2}(?:%|x\b|×)/iu;
// A count: a number, then a plural word ("3 bugs", "12 customers"); not a year, not a
// length of time ("took 3 days" says nothing about the result).
const COUNT =
  /(?<![\p{L}\p{N}_.#-])(?!(?:19|20)\d\d\b)\d{1,7}\s{1,2}(?!(?:seconds|secs|minutes|mins|hours|hrs|days|weeks|months|years)\b)\p{L}{2,30}s\b/iu;
const PEOPLE = /\b(?:help(?:ed|ing|s)?|unblock(?:ed|ing|s)?|customers|clients|users|teammates|colleagues)\b/i;
// Someone named: "for Sam", a Slack mention `<@U024BE7LH>`, or "@sam.lee".
const PERSON = /\bfor\s{1,3}(?:the\s{1,3})?\p{Lu}\p{Ll}+|<@[A-Z0-9]{2,}>|(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_.-]{2,}/u;
const IMPROVEMENT =
  /\b(?:cut|cuts|reduced|reduces|sped\s+up|speeds?\s+up|faster|quicker|halved|doubled|tripled|eliminated|removed\s+the\s+need|no\s+longer|avoided|prevented)\b/i;

/** True when `text` names a measured change, an effect on people, or an improvement. */
export function statesOutcome(text: string): boolean {
  return MEASURE.test(text) || COUNT.test(text) || PEOPLE.test(text) || PERSON.test(text) || IMPROVEMENT.test(text);
}
