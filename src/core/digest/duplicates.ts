/**
 * Near-duplicate and templated wins: one person logging the same thing many times in a
 * week (or "Renamed helper 1", "Renamed helper 2", …) counts once. Pure.
 */
import type { Win } from '../types.js';
import { DIGEST_RULES } from './rules.js';

/**
 * Text reduced to what says *what* was done: lower case, links dropped, every number
 * replaced by `#` (so templates with a counter match), punctuation removed.
 */
export function normaliseWinText(text: string): string {
  return text
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\d+([.,]\d+)*/g, '#')
    .replace(/[^\p{L}#]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Word-set overlap (Jaccard) of two normalised texts: 1 for the same words, 0 for none shared. */
export function textSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const wa = new Set(a.split(' ').filter(Boolean));
  const wb = new Set(b.split(' ').filter(Boolean));
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (wa.size + wb.size - shared);
}

/**
 * Folds each author's near-duplicate wins within one week into the first of them in
 * `ranked` order (pass wins best-first, so the strongest of a cluster is kept).
 * Returns the kept wins in the given order, and the folded ones.
 */
export function foldDuplicates(ranked: Win[]): { kept: Win[]; folded: number; duplicates: Win[] } {
  const keptByGroup = new Map<string, { win: Win; norm: string }[]>();
  const kept: Win[] = [];
  const duplicates: Win[] = [];
  for (const win of ranked) {
    const key = `${win.authorId}|${win.week}`;
    const norm = normaliseWinText(win.text);
    const group = keptByGroup.get(key) ?? [];
    if (group.some((k) => textSimilarity(k.norm, norm) >= DIGEST_RULES.duplicateSimilarity)) {
      duplicates.push(win);
      continue;
    }
    group.push({ win, norm });
    keptByGroup.set(key, group);
    kept.push(win);
  }
  return { kept, folded: duplicates.length, duplicates };
}
