/**
 * A suggested category for a win, from keywords matched on word boundaries.
 *
 * When several categories match, the first in this order wins: review, learning, docs,
 * bug-fix, automation, analysis, shipped-feature; "other" when none does. The order runs
 * from the most specific intent to the most generic: "reviewed the PR that fixes the
 * bug" is a review, "fixed typos in the README" is docs, "shipped a fix for the crash" is
 * a bug fix, and "shipped"/"built" only decide when nothing more specific was said.
 */
import type { Category } from '../types.js';

const KEYWORDS: readonly (readonly [Category, RegExp])[] = [
  ['review', /\breview(?:ed|ing)\b|\b(?:code|pr|mr|pull[\s-]request|merge[\s-]request)[\s-]reviews?\b/i],
  [
    'learning',
    // "onboarding flow/screen…" is a product feature, not learning.
    /\b(?:learn(?:ed|t)|understood|explained|studied|ramped\s+up|got\s+up\s+to\s+speed)\b|\bonboard(?:ed|ing)\b(?!\s+(?:flow|screen|page|form|emails?|wizard|experience|funnel|ui|ux|step)s?\b)/i,
  ],
  ['docs', /\b(?:docs?|documentation|documented|readme|runbooks?|guides?|wiki|changelog|release\s+notes|adrs?|how-to)\b/i],
  ['bug-fix', /\b(?:fix(?:ed|es|ing)?|bug(?:s|fix)?|hotfix(?:ed)?|flaky|crash(?:es|ed|ing)?|regression|broken|outage|incident|debug(?:ged|ging)?)\b/i],
  ['automation', /\b(?:automat(?:e|ed|es|ing|ion)|scripts?|scripted|pipelines?|ci|ci\/cd|cron(?:\s?jobs?)?|github\s+actions|codemods?)\b/i],
  ['analysis', /\b(?:analy[sz](?:ed|is|e|ing)|reports?|investigat(?:ed|ion|ing)|dashboards?|quer(?:y|ies|ied)|sql|metrics|benchmark(?:ed|s)?|research(?:ed)?)\b/i],
  ['shipped-feature', /\b(?:ship(?:ped|s|ping)?|launch(?:ed)?|released|features?|built|implemented|deployed|rolled\s+out|delivered|prototyped)\b/i],
];

/** The category a win's text suggests; see the module comment for the priority. */
export function suggestCategory(text: string): Category {
  for (const [category, pattern] of KEYWORDS) if (pattern.test(text)) return category;
  return 'other';
}
