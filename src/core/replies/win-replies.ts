/** What shiplog says about a single win: confirmations after log, edit, undo, endorse. */
import type { Block, Message } from '../message.js';
import { link, text } from '../message.js';
import { formatMinutes } from '../time.js';
import type { Artifact, Win } from '../types.js';
import { evidenceOf, isVerified } from '../wins.js';
import { excerpt } from './basic.js';

const ARTIFACT_NAMES: Record<Artifact['kind'], string> = {
  'pull-request': 'pull request',
  'merge-request': 'merge request',
  issue: 'issue',
  commit: 'commit',
  jira: 'Jira issue',
  linear: 'Linear issue',
};

/** "an issue", "a pull request": the article by the sound of the first letter. */
const withArticle = (noun: string): string => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

const artifactLine = (a: Artifact): string => `${a.label} (${ARTIFACT_NAMES[a.kind]})`;

function verifiedReason(win: Win): string {
  const e = evidenceOf(win);
  const first = win.artifacts[0];
  if (e.level === 'confirmed') return 'yes: confirmed, the work it links is done and yours';
  if (e.disputed) return `no: ${e.reasons.join('; ')}`;
  if (e.level === 'linked' && first) {
    return e.verified ? `yes: it links ${withArticle(ARTIFACT_NAMES[first.kind])}` : `checking ${first.label}; you will hear when it is confirmed`;
  }
  const plus = `${win.endorsements} endorsement${win.endorsements === 1 ? '' : 's'}`;
  if (e.level === 'endorsed') return e.verified ? `yes: ${plus}` : `not yet: ${plus}; link the work so it can be confirmed`;
  return 'not yet: add an artifact link, or a teammate can endorse it';
}

/** The parsed fields of a win, as a field list. */
export function winFields(win: Win): Block {
  const fields = [
    { label: 'Category', value: win.category },
    { label: win.kind === 'win' ? 'Time saved' : 'Time lost', value: win.minutes === null ? 'not given' : formatMinutes(win.minutes) },
    { label: 'Tools', value: win.tools.length > 0 ? win.tools.join(', ') : 'none named' },
    { label: 'Artifacts', value: win.artifacts.length > 0 ? win.artifacts.map(artifactLine).join(', ') : 'none' },
  ];
  if (win.kind === 'win') fields.push({ label: 'Verified', value: verifiedReason(win) });
  fields.push({ label: 'Visible to', value: win.visibility === 'team' ? 'your team' : 'only you' });
  return { type: 'fields', fields };
}

const editUndo = (win: Win): Block => ({
  type: 'actions',
  actions: [
    { id: 'edit-win', label: 'Edit', value: String(win.id) },
    { id: 'undo-win', label: 'Undo', value: String(win.id), style: 'danger' },
  ],
});

/** Confirmation after logging: what was understood, with Edit and Undo. */
export function winLogged(win: Win, hint: string | null): Message {
  const what = win.kind === 'win' ? 'win' : 'setback';
  const blocks: Block[] = [
    { type: 'text', spans: [text(`Logged ${what} #${win.id}: `, 'bold'), text(excerpt(win.text, 300))] },
    winFields(win),
  ];
  if (hint) blocks.push({ type: 'small', spans: [text(hint)] });
  blocks.push(editUndo(win));
  const verified = win.kind === 'win' && isVerified(win) ? ', verified' : '';
  return { summary: `Logged ${what} #${win.id} (${win.category}${verified}).`, blocks, private: true };
}

export function winEdited(win: Win): Message {
  return {
    summary: `Updated #${win.id}.`,
    blocks: [{ type: 'text', spans: [text(`Updated #${win.id}: `, 'bold'), text(excerpt(win.text, 300))] }, winFields(win), editUndo(win)],
    private: true,
  };
}

export function winRemoved(win: Win, how: 'undone' | 'deleted'): Message {
  const line = `${how === 'undone' ? 'Undid' : 'Deleted'} #${win.id}: ${excerpt(win.text, 80)}`;
  return { summary: line, blocks: [{ type: 'text', spans: [text(line)] }], private: true };
}

export function winEndorsed(win: Win, authorName: string, left: number): Message {
  const line = `+1 on #${win.id} by ${authorName}. You have ${left} endorsement${left === 1 ? '' : 's'} left this week.`;
  const spans = [text(line)];
  if (win.links[0]) spans.push(text(' '), link(win.links[0]));
  return { summary: line, blocks: [{ type: 'text', spans }], private: true };
}
