import { describe, expect, it } from 'vitest';
import type { Category } from '../../../src/core/types.js';
import { suggestCategory } from '../../../src/core/win-text/category.js';

describe('suggestCategory', () => {
  it.each<[string, Category]>([
    ['Fixed the login bug', 'bug-fix'],
    ['the flaky test is green', 'bug-fix'],
    ['stopped the crash on start', 'bug-fix'],
    ['Shipped the billing page', 'shipped-feature'],
    ['launched dark mode', 'shipped-feature'],
    ['Released 2.0', 'shipped-feature'],
    ['new export feature', 'shipped-feature'],
    ['built a Slack bot', 'shipped-feature'],
    ['Shipped the onboarding flow', 'shipped-feature'],
    ['Automated the release', 'automation'],
    ['wrote a script for backups', 'automation'],
    ['new deploy pipeline', 'automation'],
    ['CI is 2x faster', 'automation'],
    ['Updated the docs', 'docs'],
    ['documentation for the API', 'docs'],
    ['rewrote the README', 'docs'],
    ['drafted the API migration guide', 'docs'],
    ['new on-call runbook', 'docs'],
    ['Analysed churn', 'analysis'],
    ['analyzed churn', 'analysis'],
    ['weekly report', 'analysis'],
    ['investigated slow signups', 'analysis'],
    ['a dashboard for sales', 'analysis'],
    ['wrote the query for finance', 'analysis'],
    ['Reviewed 5 PRs', 'review'],
    ['did a code review', 'review'],
    ['PR review for Sam', 'review'],
    ['learned Rust', 'learning'],
    ['learnt how OAuth works', 'learning'],
    ['finally understood the cache', 'learning'],
    ['onboarding a new hire', 'learning'],
    ['it explained the legacy code', 'learning'],
    ['Refactored the module', 'other'],
    ['', 'other'],
    // Priority: review > learning > docs > bug-fix > automation > analysis > shipped-feature.
    ['Reviewed the PR that fixes the bug', 'review'],
    ['Learned how the CI pipeline works', 'learning'],
    ['Fixed typos in the README', 'docs'],
    ['Wrote docs for the new feature', 'docs'],
    ['Shipped a fix for the crash', 'bug-fix'],
    ['Fixed the flaky CI pipeline', 'bug-fix'],
    ['Investigated the crash', 'bug-fix'],
    ['Automated the weekly report', 'automation'],
    ['Built a dashboard', 'analysis'],
    // Word boundaries.
    ['prefix the names', 'other'],
    ['a debugger tutorial', 'other'],
    ['shipment tracking', 'other'],
    ['machine learning model', 'other'],
  ])('%j → %s', (text, category) => {
    expect(suggestCategory(text)).toBe(category);
  });
});
