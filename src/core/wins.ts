/** Rules about wins and setbacks: drafting, verification, endorsement. Pure. (Who sees them: visibility.ts.) */
import { fail, ok, type Result } from './result.js';
import { uncheckedEvidence } from './evidence/index.js';
import type { Category, IsoWeek, Visibility, Win, WinEvidence, WinKind, WinSource } from './types.js';
import { parseWinText, type Recognition, type WinFacts } from './win-text/index.js';

/** PRODUCT.md: a win's text is at most 2,000 characters. */
export const MAX_WIN_TEXT = 2000;

/** A win ready to store, before it has an id. */
export type WinDraft = Omit<Win, 'id' | 'endorsements' | 'evidence' | 'createdAt' | 'updatedAt'>;

export interface DraftInput {
  authorId: number;
  kind: WinKind;
  text: string;
  source: WinSource;
  week: IsoWeek;
  visibility?: Visibility;
  /** Explicit values from a form override what the text suggests. */
  category?: Category;
  minutes?: number | null;
  /** Configured hosts and known issue keys; public hosts only when absent. */
  recognition?: Recognition;
}

/** Validates the text and fills every field the text implies. */
export function draftWin(input: DraftInput): Result<{ draft: WinDraft; facts: WinFacts }> {
  const text = checkWinText(input.text, input.kind);
  if (!text.ok) return text;
  const facts = parseWinText(text.value, input.recognition);
  return ok({
    facts,
    draft: {
      authorId: input.authorId,
      kind: input.kind,
      text: text.value,
      // A setback is not a category of shipped work; it keeps the suggestion for context.
      category: input.category ?? facts.category,
      links: facts.links,
      artifacts: facts.artifacts,
      minutes: input.minutes !== undefined ? input.minutes : facts.minutes,
      tools: facts.tools,
      visibility: input.visibility ?? 'team',
      week: input.week,
      source: input.source,
    },
  });
}

export function checkWinText(raw: string, kind: WinKind = 'win'): Result<string> {
  const text = raw.trim();
  const what = kind === 'win' ? 'win' : 'setback';
  if (text.length === 0) {
    return fail('WIN.EMPTY', `The ${what} needs a description.`, kind === 'win'
      ? 'Try: log Fixed the flaky checkout test with Copilot, saved 2h'
      : 'Try: setback Copilot suggested a wrong API, lost 1h');
  }
  if (text.length > MAX_WIN_TEXT) {
    return fail('WIN.TOO_LONG', `A ${what} is at most ${MAX_WIN_TEXT.toLocaleString('en')} characters; this one has ${text.length.toLocaleString('en')}.`, 'Shorten it, or put the details behind a link.');
  }
  return ok(text);
}

/** A win's evidence: as checked when the app attached it, else judged by what it names. */
export const evidenceOf = (win: Pick<Win, 'artifacts' | 'endorsements' | 'evidence'>): WinEvidence =>
  win.evidence ?? uncheckedEvidence(win);

/** Verified: confirmed, or linked/endorsed where no provider could check it (see `decideEvidence`). */
export const isVerified = (win: Pick<Win, 'artifacts' | 'endorsements' | 'evidence'>): boolean => evidenceOf(win).verified;

/** The one light hint before saving a win with nothing concrete in it; never a refusal. */
export const concreteHint = (kind: WinKind, facts: WinFacts): string | null =>
  kind === 'win' && !facts.hasConcreteResult ? 'Add the link or who it helped? (edit it any time)' : null;

/** Endorsing: someone else's visible win, within this week's budget. */
export function checkEndorsement(endorserId: number, win: Win, givenThisWeek: number, budget: number): Result<void> {
  if (win.authorId === endorserId) {
    return fail('ENDORSE.OWN', 'You cannot endorse your own win.', 'Endorse a teammate\'s win that helped you.');
  }
  if (win.kind !== 'win') {
    return fail('ENDORSE.SETBACK', `#${win.id} is a setback, not a win.`);
  }
  if (givenThisWeek >= budget) {
    return fail('ENDORSE.BUDGET', `You have used all ${budget} endorsements for this week.`, 'Your budget renews on Monday; it keeps +1s meaningful.');
  }
  return ok(undefined);
}
