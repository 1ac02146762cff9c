/**
 * A CSV table + the source's `column` and `date-column` → the metric's series, or why there is none.
 * Rows are counted as a spreadsheet shows them: the header is row 1.
 */
import { closestMatch } from '../didYouMean';
import { t } from '../l10n/translate';
import { didYouMeanText, quote } from '../problems';
import { isBlankRow, type CsvTable } from './csvTable';
import { dayNumber } from './dates';
import { runAll } from './steps';
import { cellNumber } from './numbers';
import type { MetricPoint } from './types';

/** Where in the source a failure is shown. */
export type SourceKey = 'file' | 'column' | 'date-column' | 'pointer' | 'source';

/** Why a source gave no series: a problem code, the key to flag, the message. */
export interface SourceFailure {
  code: 'data-column-missing' | 'data-not-a-number' | 'data-not-a-date' | 'data-pointer-missing' | 'data-file-invalid';
  at: SourceKey;
  message: string;
  suggestion?: string;
}

/** A series (oldest first), or a failure. */
export type SeriesResult = { points: MetricPoint[] } | { failure: SourceFailure };

/** Rows read between two steps of csvSeriesSteps. */
const ROWS_PER_STEP = 1000;

/** The series of `column`, ordered by `dateColumn` when given (else file order), at once. */
export function csvSeries(table: CsvTable, file: string, column: string, dateColumn: string | undefined): SeriesResult {
  return runAll(csvSeriesSteps(table, file, column, dateColumn));
}

/** csvSeries as steps of a few thousand rows (see steps.ts). */
export function* csvSeriesSteps(table: CsvTable, file: string, column: string, dateColumn: string | undefined): Generator<void, SeriesResult, void> {
  if (table.error) {
    return { failure: { code: 'data-file-invalid', at: 'file', message: t('{0} is not valid CSV: row {1}: {2}.', quote(file), table.error.row, table.error.message) } };
  }
  const valueIndex = columnIndex(table, file, column, 'column');
  if (typeof valueIndex !== 'number') return valueIndex;
  const dateIndex = dateColumn === undefined ? -1 : columnIndex(table, file, dateColumn, 'date-column');
  if (typeof dateIndex !== 'number') return dateIndex;
  const dated: { day: number; point: MetricPoint }[] = [];
  let ordered = true;
  for (let i = 0; i < table.rows.length; i++) {
    if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
    const row = table.rows[i];
    if (isBlankRow(row)) continue;
    const cell = row[valueIndex] ?? '';
    if (cell.trim() === '') continue; // not measured (yet) in this row
    const value = cellNumber(cell, table.delimiter === ';');
    if (value === null) return { failure: cellFailure('data-not-a-number', file, i + 2, column, cell) };
    if (dateIndex < 0) {
      dated.push({ day: i, point: { value } });
      continue;
    }
    const dateText = (row[dateIndex] ?? '').trim();
    const day = dayNumber(dateText);
    if (day === null) return { failure: cellFailure('data-not-a-date', file, i + 2, dateColumn!, dateText) };
    if (dated.length > 0 && dated[dated.length - 1].day > day) ordered = false;
    dated.push({ day, point: { date: dateText, value } });
  }
  if (dated.length === 0) {
    return { failure: { code: 'data-not-a-number', at: 'source', message: t('{0} has no number in column {1}.', quote(file), quote(column)) } };
  }
  if (!ordered) dated.sort((a, b) => a.day - b.day); // stable: rows of the same date keep file order
  return { points: dated.map((d) => d.point) };
}

function cellFailure(code: 'data-not-a-number' | 'data-not-a-date', file: string, row: number, column: string, cell: string): SourceFailure {
  const message = code === 'data-not-a-number'
    ? t('{0}, row {1}, column {2}: {3} is not a number.', quote(file), row, quote(column), quote(cell))
    : t('{0}, row {1}, column {2}: {3} is not a date (YYYY-MM-DD or YYYY-Www).', quote(file), row, quote(column), quote(cell));
  return { code, at: 'source', message };
}

function columnIndex(table: CsvTable, file: string, column: string, at: 'column' | 'date-column'): number | { failure: SourceFailure } {
  const index = table.header.indexOf(column.trim());
  if (index >= 0) return index;
  const suggestion = closestMatch(column, table.header.filter((h) => h !== ''));
  const columns = table.header.length ? table.header.map((h) => quote(h)).join(', ') : t('none (the file is empty)');
  return {
    failure: {
      code: 'data-column-missing', at, suggestion,
      message: t('{0} has no column {1}. Its columns: {2}.', quote(file), quote(column), columns) + didYouMeanText(suggestion),
    },
  };
}
