/** CSV writing (RFC 4180) for exports. Pure. */

type Cell = string | number | null;

/** Quotes a cell when it needs it; a cell a spreadsheet would run as a formula is made inert. */
function cell(value: Cell): string {
  if (value === null) return '';
  let s = String(value);
  // NOTE: =, +, - and @ at the start make Excel and Sheets evaluate a cell (CSV injection).
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV document: the header, then one line per row, CRLF line ends as RFC 4180 says. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
