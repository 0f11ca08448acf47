/** Schedule maths: due moments, weeks, work days, quiet hours, absence. */
export * from './absence.js';
export * from './calendar.js';
export * from './due.js';
export * from './due-items.js';
export * from './ingest-due.js';
export * from './arrival.js';
