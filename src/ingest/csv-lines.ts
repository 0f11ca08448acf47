/**
 * A guard in front of csv-parse that decides where each record starts, line by line, so a
 * stray quote costs one row and not the rows after it. A quote that opens a field and is not
 * closed on its line is allowed to span lines (a quoted newline); when the closing never
 * comes, comes with junk after it, swallows a line that reads as a row of its own, or yields
 * a row of the wrong width, only the line that
 * opened it is rejected and reading resumes on the next line. A rejected line is handed on as
 * an empty line, so line numbers downstream stay true.
 */
import { StringDecoder } from 'node:string_decoder';

/** A line whose quoting broke: rejected with its own number, as a short excerpt. */
export interface BrokenLine {
  line: number;
  reason: string;
  raw: string;
}

export interface LineGuardOptions {
  /** A physical line longer than this ends the read with {@link tooLong}. */
  maxLineBytes: number;
  /** Lines a quoted field may span before its opening line is rejected. */
  maxRecordLines: number;
  /** Raw characters kept with a broken line. */
  rawKept: number;
  /** Called for each broken line, in line order, before the text that replaces it is yielded. */
  onBroken: (broken: BrokenLine) => void;
  /** Builds the error thrown for an over-long line. */
  tooLong: (line: number) => Error;
}

/** What each quoting fault means, in the admin's words. */
export const QUOTE_PROBLEMS = {
  unclosed: 'a quote opened in this row is never closed on it (quote the whole field and double inner quotes)',
  opening: 'a quote appears inside an unquoted field (quote the whole field and double inner quotes)',
  closing: 'a quoted field continues after its closing quote (double inner quotes)',
} as const;

type Fault = keyof typeof QUOTE_PROBLEMS;

/** Quote state carried across the lines of one record. */
interface Scan {
  quoted: boolean;
  fields: number;
}

const FLUSH_CHARS = 1 << 20;

/** Re-yields the CSV text with every broken line blanked; see the module comment. */
export async function* guardLines(bytes: AsyncIterable<Buffer | string>, options: LineGuardOptions): AsyncGenerator<string> {
  const guard = new Guard(options);
  const decoder = new StringDecoder('utf8');
  let partial = '';
  for await (const chunk of bytes) {
    const text = partial + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    let start = 0;
    for (let nl = text.indexOf('\n', start); nl >= 0; nl = text.indexOf('\n', start)) {
      guard.line(text.slice(start, nl), true);
      start = nl + 1;
    }
    partial = text.slice(start);
    if (partial.length > options.maxLineBytes) throw options.tooLong(guard.nextLine());
    if (guard.out.length >= FLUSH_CHARS) yield guard.take();
  }
  partial += decoder.end();
  if (partial !== '') guard.line(partial, false);
  guard.end();
  const rest = guard.take();
  if (rest !== '') yield rest;
}

interface Pending {
  first: number;
  lines: { text: string; newline: boolean }[];
  chars: number;
}

class Guard {
  out = '';
  private lineNo = 0;
  private width: number | null = null;
  private pending: Pending | null = null;
  private scan: Scan = { quoted: false, fields: 0 };

  constructor(private readonly options: LineGuardOptions) {}

  nextLine(): number {
    return this.lineNo + 1;
  }

  take(): string {
    const text = this.out;
    this.out = '';
    return text;
  }

  line(text: string, newline: boolean): void {
    this.lineNo++;
    this.feed(this.lineNo, text, newline);
  }

  end(): void {
    while (this.pending !== null) this.breakPending('unclosed');
  }

  private feed(lineNo: number, text: string, newline: boolean): void {
    if (this.pending === null) {
      // Most lines hold no quote at all: nothing to decide.
      if (this.width !== null && !text.includes('"')) {
        this.emit(text, newline);
        return;
      }
      this.scan = { quoted: false, fields: 0 };
      const fault = scanLine(text, lineNo === 1 && text.startsWith('\uFEFF') ? 1 : 0, this.scan);
      if (fault !== null) return this.reject(lineNo, text, newline, fault);
      if (!this.scan.quoted) return this.complete(text, newline);
      this.pending = { first: lineNo, lines: [{ text, newline }], chars: text.length };
      return;
    }
    const pending = this.pending;
    pending.lines.push({ text, newline });
    pending.chars += text.length;
    const fault = scanLine(text, 0, this.scan);
    if (fault !== null) return this.breakPending('unclosed');
    if (this.scan.quoted) {
      if (pending.lines.length >= this.options.maxRecordLines || pending.chars > this.options.maxLineBytes || this.looksLikeRow(text)) this.breakPending('unclosed');
      return;
    }
    if (this.width !== null && this.scan.fields !== this.width) return this.breakPending('unclosed');
    this.pending = null;
    for (const l of pending.lines) this.emit(l.text, l.newline);
    if (this.width === null) this.width = this.scan.fields;
  }

  /** A line swallowed by a quoted field that has a whole row's commas is a row, not field text. */
  private looksLikeRow(text: string): boolean {
    if (this.width === null) return false;
    let commas = 0;
    for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) commas++;
    return commas >= this.width - 1;
  }

  private complete(text: string, newline: boolean): void {
    // The first non-empty record is the header; its width judges records that span lines.
    if (this.width === null && text.replace('\uFEFF', '').trim() !== '') this.width = this.scan.fields;
    this.emit(text, newline);
  }

  /** Rejects the line that opened the pending record and reads the lines after it afresh. */
  private breakPending(fault: Fault): void {
    const pending = this.pending!;
    this.pending = null;
    const [first, ...rest] = pending.lines;
    this.reject(pending.first, first!.text, first!.newline, fault);
    rest.forEach((l, i) => this.feed(pending.first + 1 + i, l.text, l.newline));
  }

  private reject(lineNo: number, text: string, newline: boolean, fault: Fault): void {
    const raw = text.endsWith('\r') ? text.slice(0, -1) : text;
    this.options.onBroken({ line: lineNo, reason: QUOTE_PROBLEMS[fault], raw: raw.slice(0, this.options.rawKept) });
    // An empty line in its place keeps the numbering; the carriage return keeps CRLF files CRLF.
    this.emit(text.endsWith('\r') ? '\r' : '', newline);
  }

  private emit(text: string, newline: boolean): void {
    this.out += newline ? `${text}\n` : text;
  }
}

/**
 * Scans one physical line with RFC 4180 quoting, continuing a quoted field from the line
 * before when `scan.quoted`. Returns the fault, or null; `scan.quoted` tells whether the
 * record goes on to the next line.
 */
function scanLine(line: string, from: number, scan: Scan): Fault | null {
  const end = line.endsWith('\r') ? line.length - 1 : line.length;
  let i = from;
  for (;;) {
    if (!scan.quoted) {
      if (line[i] === '"') {
        scan.quoted = true;
        i++;
      } else {
        const comma = line.indexOf(',', i);
        const fieldEnd = comma < 0 || comma > end ? end : comma;
        const quote = line.indexOf('"', i);
        if (quote >= 0 && quote < fieldEnd) return 'opening';
        scan.fields++;
        if (fieldEnd === end) return null;
        i = fieldEnd + 1;
        continue;
      }
    }
    const quote = line.indexOf('"', i);
    if (quote < 0) return null; // the quoted field runs on to the next line
    if (line[quote + 1] === '"') {
      i = quote + 2;
      continue;
    }
    scan.quoted = false;
    scan.fields++;
    if (quote + 1 >= end) return null;
    if (line[quote + 1] !== ',') return 'closing';
    i = quote + 2;
  }
}
