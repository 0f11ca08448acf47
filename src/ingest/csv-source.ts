/**
 * Usage CSVs as a {@link UsageSource}: streamed through csv-parse with backpressure, so a
 * file of any size is read in constant memory and handed on in pages.
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import type { IsoDate } from '../core/types.js';
import { UsageSourceError, type CsvInput, type CsvReader, type UsageBatch, type UsageSource } from '../app/ports/index.js';
import { detectDialect } from './csv-dialect.js';
import { guardLines, type BrokenLine } from './csv-lines.js';
import { addDays, type CsvDialect, type DayLimits } from './csv-values.js';

/** Records and rejections per page handed to the runner. */
export const CSV_PAGE = 20_000;
/** No usage row comes near this; a longer one means a damaged file or an unclosed quote. */
export const MAX_ROW_BYTES = 1_048_576;
/** Raw text kept with a rejected row. */
const RAW_KEPT = 1_000;
/** Lines one quoted field may span; a usage row has no reason to span more. */
const MAX_RECORD_LINES = 50;

export interface CsvReaderOptions {
  /** Today as a UTC day; rows dated after tomorrow are rejected as in the future. */
  today: () => IsoDate;
  /** Rows per page; {@link CSV_PAGE} by default. */
  pageSize?: number;
}

/** Opens usage CSVs of either dialect. The file or stream is read only when pulled. */
export function csvReader(options: CsvReaderOptions): CsvReader {
  return (input) => csvSource(input, options);
}

/** A CSV has no date range of its own: it is read whole, whatever range is asked for. */
export function csvSource(input: CsvInput, options: CsvReaderOptions): UsageSource {
  const name = input.kind === 'path' ? basename(input.path) : input.name;
  return {
    name: 'csv',
    pull: () => readCsv(input, name, options),
  };
}

/** A CSV-level problem (bad quoting) the parser skipped, placed after the records before it. */
interface Skip {
  afterRecords: number;
  line: number;
  rejection: UsageBatch['rejected'][number];
}

async function* readCsv(input: CsvInput, name: string, options: CsvReaderOptions): AsyncGenerator<UsageBatch> {
  const today = options.today();
  const limits: DayLimits = { today, latest: addDays(today, 1) };
  const pageSize = options.pageSize ?? CSV_PAGE;
  const bytes = input.kind === 'path' ? createReadStream(input.path, { highWaterMark: 1 << 20 }) : Readable.from(input.stream, { objectMode: false });
  const broken: BrokenLine[] = [];
  const text = Readable.from(guardLines(bytes, {
    maxLineBytes: MAX_ROW_BYTES, maxRecordLines: MAX_RECORD_LINES, rawKept: RAW_KEPT,
    onBroken: (line) => broken.push(line), tooLong: (line) => tooLong(name, line),
  }));
  // NOTE: csv-parse's `info` and `skip_empty_lines` options triple its cost; lines are counted here instead.
  const parser = parse({ bom: true, relax_column_count: true, skip_records_with_error: true, max_record_size: MAX_ROW_BYTES });
  const skips: Skip[] = [];
  parser.on('skip', (error: CsvError) => {
    if (error.code === 'CSV_MAX_RECORD_SIZE') parser.destroy(tooLong(name, lineOf(error)));
    else skips.push({ afterRecords: parser.info.records, line: lineOf(error), rejection: { location: `line ${lineOf(error)}`, reason: csvProblem(error), raw: '' } });
  });
  text.on('error', (error: Error) => parser.destroy(error instanceof UsageSourceError ? error : unreadable(name, error)));
  text.pipe(parser);
  const state: ReadState = { dialect: null, line: 0, records: 0, page: { records: [], rejected: [] }, broken };
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      placeSkips(state, skips);
      readRecord(name, record, state, limits);
      if (state.page.records.length + state.page.rejected.length >= pageSize) {
        yield state.page;
        state.page = { records: [], rejected: [] };
      }
    }
  } catch (error) {
    throw error instanceof UsageSourceError ? error : unreadable(name, error);
  } finally {
    text.destroy();
    bytes.destroy();
  }
  placeSkips(state, skips, true);
  if (state.dialect === null) throw new UsageSourceError('SOURCE.BAD_INPUT', `${name} is empty: a usage CSV starts with a header row naming its columns (date, email, tool, input_tokens, output_tokens).`);
  if (state.page.records.length + state.page.rejected.length > 0) yield state.page;
}

interface ReadState {
  dialect: CsvDialect | null;
  /** The last line of the latest record. */
  line: number;
  records: number;
  page: UsageBatch;
  /** Lines the guard rejected, each standing in the text as an empty line. */
  broken: BrokenLine[];
}

/** Skipped rows go into the page where they stood, and the line count resumes after them. */
function placeSkips(state: ReadState, skips: Skip[], all = false): void {
  while (skips.length > 0 && (all || skips[0]!.afterRecords <= state.records)) {
    const skip = skips.shift()!;
    state.page.rejected.push(skip.rejection);
    state.line = Math.max(state.line, skip.line);
  }
}

function readRecord(name: string, record: string[], state: ReadState, limits: DayLimits): void {
  state.records++;
  const first = state.line + 1;
  state.line += 1 + newlinesIn(record);
  if (record.length === 1 && record[0] === '') {
    // An empty line: blank in the file, or a line the guard rejected.
    if (state.broken[0]?.line === first) {
      const { line, reason, raw } = state.broken.shift()!;
      state.page.rejected.push({ location: `line ${line}`, reason, raw });
    }
    return;
  }
  if (state.dialect === null) {
    state.dialect = header(name, record, limits);
    return;
  }
  const dialect = state.dialect;
  const result = record.length === dialect.width ? dialect.read(record) : `the row has ${record.length} fields but the header has ${dialect.width}`;
  if (typeof result !== 'string') {
    state.page.records.push(result);
    return;
  }
  const location = first === state.line ? `line ${first}` : `lines ${first}-${state.line}`;
  state.page.rejected.push({ location, reason: result, raw: record.join(',').slice(0, RAW_KEPT) });
}

function newlinesIn(record: string[]): number {
  let count = 0;
  for (const field of record) {
    if (field.includes('\n')) count += field.split('\n').length - 1;
  }
  return count;
}

function header(name: string, fields: string[], limits: DayLimits): CsvDialect {
  const dialect = detectDialect(fields, limits);
  if ('reason' in dialect) throw new UsageSourceError('SOURCE.BAD_INPUT', `${name} is not a usage CSV shiplog can read: ${dialect.reason}.`);
  return dialect;
}

function lineOf(error: CsvError): number {
  const lines = (error as unknown as { lines?: unknown }).lines;
  return typeof lines === 'number' ? lines : 0;
}

/** The guard leaves csv-parse nothing to skip; should it still, the row is reported, not lost. */
function csvProblem(error: CsvError): string {
  return `the row is not valid CSV (${error.message.slice(0, 120)})`;
}

function tooLong(name: string, line: number): UsageSourceError {
  return new UsageSourceError('SOURCE.BAD_INPUT', `${name} has a row longer than 1 MB at line ${line}, which no usage row needs (an unclosed quote or a damaged file); nothing after it was read.`);
}

function unreadable(name: string, error: unknown): UsageSourceError {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return new UsageSourceError('SOURCE.BAD_INPUT', `${name} was not found; check the path.`);
  if (code === 'EISDIR') return new UsageSourceError('SOURCE.BAD_INPUT', `${name} is a folder, not a CSV file.`);
  if (code === 'EACCES' || code === 'EPERM') return new UsageSourceError('SOURCE.BAD_INPUT', `${name} cannot be read: permission denied.`);
  const detail = error instanceof Error ? error.message.slice(0, 160) : String(error);
  return new UsageSourceError('SOURCE.BAD_INPUT', `${name} could not be read as CSV: ${detail}`);
}
