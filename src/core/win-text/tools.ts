/**
 * AI tools named in a win, as canonical names.
 *
 * Model names count as the product people use them through: GPT-4o, GPT-5, o1, o3-mini →
 * ChatGPT; CodeWhisperer (renamed) → Amazon Q; Codestral and Le Chat → Mistral. Words that
 * are also ordinary English or first names only count in a form that is clearly the tool:
 * "Cursor" capitalised or "with/using/in cursor" ("moved the cursor" is not a tool);
 * "Perplexity", "Grok" and "Mistral" capitalised; any of these four in lower case right after
 * another tool in a list ("with Claude and cursor", "Claude, cursor"); Cody, Devin, v0 and Bolt only with their
 * maker or domain ("Sourcegraph Cody", "Devin AI", "v0.dev", "bolt.new"). Lovable, Opus,
 * Sonnet, Haiku and Bard are skipped as too ambiguous.
 */

interface ToolPattern {
  name: string;
  pattern: RegExp;
  /** Counts only right after another tool in a list ("with Claude and cursor", "Claude, cursor"). */
  listed?: true;
}

const TOOL_PATTERNS: readonly ToolPattern[] = [
  { name: 'Claude Code', pattern: /\bclaude[\s-]?code\b/gi },
  { name: 'Claude', pattern: /\bclaude\b/gi },
  { name: 'Copilot', pattern: /\b(?:github\s+)?copilot\b/gi },
  { name: 'ChatGPT', pattern: /\bchat\s?gpt\b/gi },
  { name: 'ChatGPT', pattern: /\bgpt-?\d(?:\.\d)?o?(?:[\s-](?:mini|turbo|nano|pro))?\b/gi },
  { name: 'ChatGPT', pattern: /\bGPT\b/g },
  // Lower case only: "O(1)" and "O2" are not models.
  { name: 'ChatGPT', pattern: /\bo[134](?:-(?:mini|pro|preview))?\b/g },
  { name: 'Cursor', pattern: /\bCursor\b/g },
  { name: 'Cursor', pattern: /(?<=\b(?:with|using|via|in|through|used|tried)\s{1,3})cursor\b|\bcursor(?=\s{1,3}(?:ide|ai|agent|composer|editor)\b)/gi },
  { name: 'Cursor', pattern: /\bcursor\b/gi, listed: true },
  { name: 'Perplexity', pattern: /\bperplexity\b/gi, listed: true },
  { name: 'Mistral', pattern: /\bmistral\b/gi, listed: true },
  { name: 'Grok', pattern: /\bgrok\b/gi, listed: true },
  { name: 'Gemini', pattern: /\bgemini\b/gi },
  { name: 'Codex', pattern: /\bcodex\b/gi },
  { name: 'Windsurf', pattern: /\bwindsurf\b/gi },
  { name: 'Cody', pattern: /\bsourcegraph(?:'s)?\s{1,3}cody\b|\bcody(?=\s{1,3}(?:ai|chat|agent)\b)/gi },
  { name: 'Amazon Q', pattern: /\bamazon\s{1,3}q\b|\bcodewhisperer\b/gi },
  { name: 'Tabnine', pattern: /\btabnine\b/gi },
  { name: 'Devin', pattern: /\bdevin(?=\s{1,3}ai\b)|\bcognition(?:'s)?\s{1,3}devin\b/gi },
  { name: 'Aider', pattern: /\baider\b/gi },
  { name: 'Perplexity', pattern: /\bPerplexity\b/g },
  { name: 'Mistral', pattern: /\bMistral\b|\bLe Chat\b|\bcodestral\b/g },
  { name: 'v0', pattern: /\bv0\.dev\b|\bvercel(?:'s)?\s{1,3}v0\b/gi },
  { name: 'Bolt', pattern: /\bbolt\.new\b/gi },
  { name: 'Replit', pattern: /\breplit\b/gi },
  { name: 'DeepSeek', pattern: /\bdeep\s?seek\b/gi },
  { name: 'Grok', pattern: /\bGrok\b/g },
  { name: 'NotebookLM', pattern: /\bnotebook\s?lm\b/gi },
];

interface Hit {
  name: string;
  start: number;
  end: number;
  listed: boolean;
}

// What joins the names of a list: a comma, and, or, &, + or /.
const LIST_JOIN = /^\s*(?:,\s*(?:and|or|&)?|and|or|&|\+|\/)\s*$/i;

/**
 * The AI tools named in `text`, canonical and distinct, in order of first appearance.
 * Where two names overlap ("Claude Code" and "Claude") the longer one counts.
 */
export function findTools(text: string): string[] {
  const hits: Hit[] = TOOL_PATTERNS.flatMap(({ name, pattern, listed }) =>
    [...text.matchAll(pattern)].map((m) => ({ name, start: m.index, end: m.index + m[0].length, listed: listed === true })),
  );
  // A clear form before a listed one, so "Cursor" is not taken for a list item.
  hits.sort((a, b) => a.start - b.start || b.end - a.end || Number(a.listed) - Number(b.listed));
  const names = new Set<string>();
  let covered = 0;
  let lastEnd = -1;
  for (const hit of hits) {
    if (hit.start < covered) continue;
    if (hit.listed && (lastEnd < 0 || !LIST_JOIN.test(text.slice(lastEnd, hit.start)))) continue;
    names.add(hit.name);
    covered = hit.end;
    lastEnd = hit.end;
  }
  return [...names];
}
