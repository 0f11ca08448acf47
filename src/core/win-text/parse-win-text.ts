/** Turns the free text of a logged win into the facts shiplog shows back and stores. */
import type { Artifact, Category } from '../types.js';
import { findArtifacts } from './artifacts.js';
import { PUBLIC_RECOGNITION, type Recognition } from './recognition.js';
import { suggestCategory } from './category.js';
import { findTimeSaved } from './time-saved.js';
import { findTools } from './tools.js';
import { statesOutcome } from './outcome.js';
import { extractUrls } from './urls.js';

/** What a win's text says, all of it a suggestion the author can edit. */
export interface WinFacts {
  /** Distinct http(s) links, in order, at most 20. */
  links: string[];
  /** Pull/merge requests, issues, commits, Jira and Linear issues, in order, one per label. */
  artifacts: Artifact[];
  /** Time saved in whole minutes, or null when none is stated. */
  minutes: number | null;
  /** Canonical AI tool names, in order of first mention. */
  tools: string[];
  /** Suggested category; 'other' when no keyword matches. */
  category: Category;
  /**
   * True when there is a link or artifact, a time-saved figure, or a stated outcome
   * ("for 12 customers", "cut build time", "helped Sam"). False only drives a hint.
   */
  hasConcreteResult: boolean;
}

/**
 * Longest text read. Wins are capped at 2,000 characters upstream; this bound only keeps
 * hostile input cheap.
 */
const MAX_SCAN = 20_000;

// Control characters become spaces so they separate words instead of gluing them.
const CONTROL = /(?![\t\n\r])\p{Cc}/gu;

/** Parses a win's free text. Never throws; linear in the text's length. */
export function parseWinText(text: string, known: Recognition = PUBLIC_RECOGNITION): WinFacts {
  const clean = text.slice(0, MAX_SCAN).replace(CONTROL, ' ');
  const links = extractUrls(clean);
  const artifacts = findArtifacts(clean, known);
  const minutes = findTimeSaved(clean);
  return {
    links,
    artifacts,
    minutes,
    tools: findTools(clean),
    category: suggestCategory(clean),
    hasConcreteResult: links.length > 0 || artifacts.length > 0 || minutes !== null || statesOutcome(clean),
  };
}
