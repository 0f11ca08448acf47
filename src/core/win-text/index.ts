/** Parsing the free text of a logged win into facts. Pure. */
export { parseWinText, type WinFacts } from './parse-win-text.js';
export { parseDuration, findTimeSaved } from './duration.js';
export { extractUrls, MAX_LINKS } from './urls.js';
export { findArtifacts, artifactFromUrl } from './artifacts.js';
export { PUBLIC_RECOGNITION, issueKeyPrefixes, type Recognition } from './recognition.js';
export { findTools } from './tools.js';
export { suggestCategory } from './category.js';
export { statesOutcome } from './outcome.js';
