/**
 * CSV text → a table of strings (RFC 4180, via papaparse): the header row, then the data rows. The delimiter
 * is `,` or `;`, whichever the header row uses more (outside quotes); a leading BOM is dropped. Large files
 * are parsed in slices of whole records, so a caller can give the event loop a turn between slices.
 */
import Papa from 'papaparse';
import { runAll } from './steps';

/** A parsed CSV file. */
export interface CsvTable {
  header: string[];
  /** Data rows; `rows[i]` is row `i + 2` of the file, counting the header as row 1. */
  rows: string[][];
  delimiter: ',' | ';';
  /** The first syntax error papaparse reported (row counted as above), if any. */
  error?: { row: number; message: string };
}

/** How many characters one slice of records holds (well under 1 ms of parsing). */
const SLICE_CHARS = 32 * 1024;

/** Parses a whole CSV text at once. */
export function parseCsv(text: string): CsvTable {
  return runAll(csvSlices(text));
}

/** The parse as a generator: one step per slice of whole records; returns the table (see steps.ts). */
export function* csvSlices(source: string): Generator<void, CsvTable, void> {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const delimiter = guessDelimiter(text);
  const table: CsvTable = { header: [], rows: [], delimiter };
  let start = 0;
  let first = true;
  while (start < text.length) {
    const end = recordBoundary(text, start + SLICE_CHARS);
    const slice = text.slice(start, end);
    const parsed = Papa.parse<string[]>(slice, { delimiter, header: false, skipEmptyLines: false });
    const rowsBefore = table.rows.length + (first ? 0 : 1);
    if (!table.error && parsed.errors.length > 0) {
      const e = parsed.errors[0];
      table.error = { row: rowsBefore + (e.row ?? 0) + 1, message: e.message };
    }
    const data = parsed.data;
    if (first) table.header = (data.shift() ?? []).map((h) => h.trim());
    // A slice that ends with a line break gives a last, empty record that is not in the file.
    if (/[\r\n]$/.test(slice) && isBlank(data[data.length - 1])) data.pop();
    for (const row of data) table.rows.push(row);
    first = false;
    start = end;
    yield;
  }
  return table;
}

function isBlank(row: string[] | undefined): boolean {
  return !!row && row.length === 1 && row[0] === '';
}

/** True when a data row holds nothing at all (a blank line). */
export function isBlankRow(row: string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

/**
 * The end of the record that holds `from` (just after its line break), or the end of the text. A line break
 * ends a record only outside quotes: where the number of `"` since `start` is even (RFC 4180 doubles quotes
 * inside quoted fields, so the parity holds).
 */
function recordBoundary(text: string, from: number): number {
  if (from >= text.length) return text.length;
  let quotes = 0;
  let scanned = 0;
  let nl = text.indexOf('\n', from);
  const start = from - SLICE_CHARS;
  while (nl !== -1) {
    quotes += countQuotes(text, scanned === 0 ? start : scanned, nl);
    scanned = nl;
    if (quotes % 2 === 0) return nl + 1;
    nl = text.indexOf('\n', nl + 1);
  }
  return text.length;
}

function countQuotes(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('"', from); i !== -1 && i < to; i = text.indexOf('"', i + 1)) n++;
  return n;
}

/** `;` when the header row holds more semicolons than commas outside quotes, else `,`. */
function guessDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ',') commas++;
    else if (!quoted && c === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}
